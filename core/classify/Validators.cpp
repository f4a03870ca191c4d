#include "core/classify/Validators.h"

#include "core/classify/SensitiveDiagnoses.h"

#include <array>

namespace steward {

namespace {

struct NamedKind {
    const char *name;
    ValidatorKind kind;
};

constexpr NamedKind kKinds[] = {
    {"none", ValidatorKind::None},
    {"gb11643", ValidatorKind::ResidentId},
    {"gb32100", ValidatorKind::Uscc},
    {"luhn", ValidatorKind::Luhn},
    {"date", ValidatorKind::Date},
    {"datetime", ValidatorKind::DateTime},
    {"ipv4", ValidatorKind::Ipv4},
    {"ipv6", ValidatorKind::Ipv6},
    {"age", ValidatorKind::Age},
    {"icd10_sensitive", ValidatorKind::IcdSensitive},
    {"cn_name", ValidatorKind::ChineseName},
    {"cn_masked_name", ValidatorKind::ChineseMaskedName},
    {"latin_name", ValidatorKind::LatinName},
    {"in_list", ValidatorKind::InList},
};

inline bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

inline int digitValue(QChar c)
{
    return c.unicode() - '0';
}

inline bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

inline bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

// Parses "HH:MM[:SS[.fff]][Z|±HH[:MM]]" into seconds of the day.
std::optional<int> parseTimeOfDay(QStringView t)
{
    // 12-hour clock: "8:30 PM"
    int meridiem = 0; // 1 AM, 2 PM
    if (t.size() > 2 && (t.endsWith(QLatin1String("AM"), Qt::CaseInsensitive)
                         || t.endsWith(QLatin1String("PM"), Qt::CaseInsensitive))) {
        meridiem = t[t.size() - 2].toUpper() == QLatin1Char('A') ? 1 : 2;
        t = t.chopped(2).trimmed();
    }
    int fields[3] = {0, 0, 0};
    int count = 0;
    qsizetype i = 0;
    while (count < 3) {
        int digits = 0;
        int value = 0;
        while (i < t.size() && isDigit(t[i]) && digits < 2) {
            value = value * 10 + digitValue(t[i]);
            ++digits;
            ++i;
        }
        if (digits == 0)
            return std::nullopt;
        fields[count++] = value;
        if (i < t.size() && t[i] == QLatin1Char(':'))
            ++i;
        else
            break;
    }
    if (count < 2 || fields[0] > 23 || fields[1] > 59 || fields[2] > 60)
        return std::nullopt;
    if (meridiem != 0) {
        if (fields[0] < 1 || fields[0] > 12)
            return std::nullopt;
        fields[0] = fields[0] % 12 + (meridiem == 2 ? 12 : 0);
    }
    if (i < t.size() && (t[i] == QLatin1Char('.') || t[i] == QLatin1Char(','))) {
        ++i;
        const qsizetype start = i;
        while (i < t.size() && isDigit(t[i]))
            ++i;
        if (i == start)
            return std::nullopt;
    }
    QStringView zone = t.mid(i).trimmed();
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        if (zone[0] != QLatin1Char('+') && zone[0] != QLatin1Char('-'))
            return std::nullopt;
        for (qsizetype k = 1; k < zone.size(); ++k) {
            if (!isDigit(zone[k]) && zone[k] != QLatin1Char(':'))
                return std::nullopt;
        }
    }
    return fields[0] * 3600 + fields[1] * 60 + fields[2];
}

bool ipv4(QStringView v)
{
    int parts = 0;
    qsizetype i = 0;
    while (i <= v.size()) {
        const qsizetype start = i;
        int value = 0;
        while (i < v.size() && isDigit(v[i])) {
            value = value * 10 + digitValue(v[i]);
            ++i;
        }
        const qsizetype len = i - start;
        if (len == 0 || len > 3 || value > 255 || (len > 1 && v[start] == QLatin1Char('0')))
            return false;
        ++parts;
        if (i == v.size())
            break;
        if (v[i] != QLatin1Char('.') || parts == 4)
            return false;
        ++i;
    }
    return parts == 4;
}

// Counts the 16-bit groups of one side of an IPv6 address; -1 when malformed.
int ipv6Groups(QStringView side, bool mayEndInIpv4)
{
    if (side.isEmpty())
        return 0;
    int groups = 0;
    const QList<QStringView> parts = side.split(QLatin1Char(':'));
    for (qsizetype k = 0; k < parts.size(); ++k) {
        const QStringView part = parts[k];
        if (mayEndInIpv4 && k == parts.size() - 1 && part.contains(QLatin1Char('.'))) {
            if (!ipv4(part))
                return -1;
            groups += 2;
            continue;
        }
        if (part.isEmpty() || part.size() > 4)
            return -1;
        for (QChar c : part) {
            if (!isHex(c))
                return -1;
        }
        ++groups;
    }
    return groups;
}

bool ipv6(QStringView v)
{
    if (v.size() < 2 || v.size() > 45)
        return false;
    const qsizetype gap = v.indexOf(QLatin1String("::"));
    if (gap < 0)
        return ipv6Groups(v, true) == 8;
    if (v.indexOf(QLatin1String("::"), gap + 1) >= 0)
        return false;
    const int left = ipv6Groups(v.left(gap), false);
    const int right = ipv6Groups(v.mid(gap + 2), true);
    return left >= 0 && right >= 0 && left + right <= 7;
}

bool luhn(QStringView v)
{
    int sum = 0;
    int count = 0;
    for (qsizetype i = v.size() - 1; i >= 0; --i) {
        const QChar c = v[i];
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        if (!isDigit(c))
            return false;
        int d = digitValue(c);
        if (count % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        ++count;
    }
    return count >= 12 && count <= 19 && sum % 10 == 0;
}

bool uscc(QStringView v)
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    static constexpr int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    if (v.size() != 18)
        return false;
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const qsizetype index = alphabet.indexOf(v[i].toUpper());
        if (index < 0)
            return false;
        sum += int(index) * weights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return v[17].toUpper() == alphabet[check];
}

bool isProvinceCode(int code)
{
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37)
        || (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65)
        || code == 71 || code == 81 || code == 82 || code == 83;
}

bool residentId(QStringView v, const QDate &today)
{
    if (!residentIdChecksumOk(v))
        return false;
    if (!isProvinceCode(digitValue(v[0]) * 10 + digitValue(v[1])))
        return false;
    const int year = v.mid(6, 4).toInt();
    const int month = v.mid(10, 2).toInt();
    const int day = v.mid(12, 2).toInt();
    const QDate birth(year, month, day);
    return year >= 1900 && birth.isValid() && birth <= today;
}

} // namespace

std::optional<ValidatorKind> validatorKindFromName(QStringView name)
{
    if (name.isEmpty())
        return ValidatorKind::None;
    for (const NamedKind &k : kKinds) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QString validatorKindName(ValidatorKind kind)
{
    for (const NamedKind &k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return QStringLiteral("none");
}

QStringList validatorKindNames()
{
    QStringList names;
    for (const NamedKind &k : kKinds)
        names.append(QLatin1String(k.name));
    return names;
}

bool validatorNeedsList(ValidatorKind kind)
{
    return kind == ValidatorKind::InList;
}

std::optional<QDate> parseDateValue(QStringView v)
{
    v = v.trimmed();
    int groups[3] = {0, 0, 0};
    int lengths[3] = {0, 0, 0};
    int count = 0;
    qsizetype i = 0;
    while (i < v.size()) {
        if (isDigit(v[i])) {
            if (count == 3)
                return std::nullopt;
            int value = 0;
            int len = 0;
            while (i < v.size() && isDigit(v[i])) {
                if (++len > 8)
                    return std::nullopt;
                value = value * 10 + digitValue(v[i]);
                ++i;
            }
            groups[count] = value;
            lengths[count] = len;
            ++count;
            continue;
        }
        const char16_t u = v[i].unicode();
        if (u != '-' && u != '/' && u != '.' && u != u'年' && u != u'月' && u != u'日')
            return std::nullopt;
        ++i;
    }
    int y = 0;
    int m = 0;
    int d = 0;
    if (count == 1 && lengths[0] == 8) {
        y = groups[0] / 10000;
        m = groups[0] / 100 % 100;
        d = groups[0] % 100;
    } else if (count == 3 && lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2) {
        y = groups[0];
        m = groups[1];
        d = groups[2];
    } else if (count == 3 && lengths[2] == 4 && lengths[0] <= 2 && lengths[1] <= 2) {
        y = groups[2];
        m = groups[0]; // month first (US); day first when that is the only valid reading
        d = groups[1];
        if (!QDate(y, m, d).isValid())
            std::swap(m, d);
    } else {
        return std::nullopt;
    }
    const QDate date(y, m, d);
    if (y < 1900 || y > 2100 || !date.isValid())
        return std::nullopt;
    return date;
}

std::optional<qint64> parseDateTimeValue(QStringView v)
{
    v = v.trimmed();
    qsizetype split = v.indexOf(QLatin1Char('T'));
    if (split < 0)
        split = v.indexOf(QLatin1Char(' '));
    const std::optional<QDate> date = parseDateValue(split < 0 ? v : v.left(split));
    if (!date)
        return std::nullopt;
    int seconds = 0;
    if (split >= 0) {
        const std::optional<int> time = parseTimeOfDay(v.mid(split + 1).trimmed());
        if (!time)
            return std::nullopt;
        seconds = *time;
    }
    return (date->toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400 + seconds;
}

bool residentIdChecksumOk(QStringView v)
{
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char checks[] = "10X98765432";
    if (v.size() != 18)
        return false;
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!isDigit(v[i]))
            return false;
        sum += digitValue(v[i]) * weights[i];
    }
    return v[17].toUpper() == QLatin1Char(checks[sum % 11]);
}

int ageValue(QStringView v)
{
    v = v.trimmed();
    int value = 0;
    qsizetype i = 0;
    while (i < v.size() && isDigit(v[i]) && i < 3) {
        value = value * 10 + digitValue(v[i]);
        ++i;
    }
    if (i == 0 || (i < v.size() && isDigit(v[i])) || value > 120)
        return -1;
    return value;
}

ValidatorContext::ValidatorContext(const QHash<QString, QStringList> &lists, const SensitiveDiagnoses *sensitive)
    : m_today(QDate::currentDate()), m_sensitive(sensitive) // currentDate() costs microseconds: once
{
    for (const QString &s : lists.value(QStringLiteral("cn_surnames"))) {
        if (s.size() == 1)
            m_surnames.insert(s[0]);
        else
            m_doubleSurnames.insert(s);
    }
    for (const QString &s : lists.value(QStringLiteral("cn_double_surnames")))
        m_doubleSurnames.insert(s);
    for (const QString &s : lists.value(QStringLiteral("cn_name_excluded_chars"))) {
        for (QChar c : s)
            m_excludedGivenChars.insert(c);
    }
    for (const QString &s : lists.value(QStringLiteral("latin_first_names")))
        m_latinFirstNames.insert(s.toLower());
    for (const QString &s : lists.value(QStringLiteral("latin_surnames")))
        m_latinSurnames.insert(s.toLower());
    for (const QString &s : lists.value(QStringLiteral("latin_name_stopwords")))
        m_latinStopwords.insert(s.toLower());
    for (auto it = lists.begin(); it != lists.end(); ++it) {
        QSet<QString> entries;
        for (const QString &e : it.value())
            entries.insert(e.toLower());
        m_listNames.append(it.key());
        m_lists.append(entries);
    }
}

int ValidatorContext::listIndex(const QString &name) const
{
    return int(m_listNames.indexOf(name));
}

bool ValidatorContext::validate(ValidatorKind kind, QStringView v, int listIndex) const
{
    switch (kind) {
    case ValidatorKind::None: return true;
    case ValidatorKind::ResidentId: return residentId(v, m_today);
    case ValidatorKind::Uscc: return uscc(v);
    case ValidatorKind::Luhn: return luhn(v);
    case ValidatorKind::Date: return parseDateValue(v).has_value();
    case ValidatorKind::DateTime: return parseDateTimeValue(v).has_value();
    case ValidatorKind::Ipv4: return ipv4(v);
    case ValidatorKind::Ipv6: return ipv6(v);
    case ValidatorKind::Age: return ageValue(v) >= 0;
    case ValidatorKind::IcdSensitive: return m_sensitive && m_sensitive->codeGroup(v) >= 0;
    case ValidatorKind::ChineseName: return chineseName(v);
    case ValidatorKind::ChineseMaskedName: return chineseMaskedName(v);
    case ValidatorKind::LatinName: return latinName(v);
    case ValidatorKind::InList: return inList(v, listIndex);
    }
    return false;
}

int ValidatorContext::surnameLength(QStringView v) const
{
    if (v.size() >= 2 && m_doubleSurnames.contains(v.left(2).toString()))
        return 2;
    if (!v.isEmpty() && m_surnames.contains(v[0]))
        return 1;
    return 0;
}

bool ValidatorContext::chineseName(QStringView v) const
{
    const qsizetype dot = v.indexOf(QChar(0x00B7)); // 买买提·艾力: transliterated minority names
    if (dot > 0 && dot < v.size() - 1) {
        for (QChar c : v) {
            if (!isCjk(c) && c != QChar(0x00B7))
                return false;
        }
        return v.size() <= 16;
    }
    const int surname = surnameLength(v);
    const qsizetype given = v.size() - surname;
    if (surname == 0 || given < 1 || given > 2)
        return false;
    for (qsizetype i = surname; i < v.size(); ++i) {
        if (!isCjk(v[i]) || m_excludedGivenChars.contains(v[i]))
            return false;
    }
    return true;
}

bool ValidatorContext::chineseMaskedName(QStringView v) const
{
    const int surname = surnameLength(v);
    const qsizetype rest = v.size() - surname;
    if (surname == 0 || rest < 1 || rest > 3)
        return false;
    for (qsizetype i = surname; i < v.size(); ++i) {
        const char16_t u = v[i].unicode();
        if (u != '*' && u != u'＊' && u != u'某' && u != u'×' && u != u'○' && u != 'x' && u != 'X')
            return false;
    }
    return true;
}

bool ValidatorContext::latinName(QStringView v) const
{
    QStringList words; // lower case, without middle initials
    bool commaForm = false;
    bool mixedCase = true; // every word "Capitalised" (not ALL CAPS)
    QString current;
    auto flush = [&]() {
        if (current.size() > 1) {
            bool lower = false;
            for (qsizetype i = 1; i < current.size(); ++i)
                lower = lower || current[i].isLower();
            mixedCase = mixedCase && lower;
            words.append(current.toLower());
        }
        current.clear();
    };
    for (QChar c : v) {
        if (c == QLatin1Char(' ') || c == QLatin1Char(',')) {
            commaForm = commaForm || c == QLatin1Char(',');
            flush();
        } else if (c != QLatin1Char('.')) {
            current += c;
        }
    }
    flush();
    static const QStringList titles = {QStringLiteral("mr"), QStringLiteral("mrs"), QStringLiteral("ms"),
                                       QStringLiteral("miss"), QStringLiteral("mx"), QStringLiteral("dr"),
                                       QStringLiteral("prof")};
    if (!words.isEmpty() && titles.contains(words.first()))
        words.removeFirst();
    if (words.size() < 2 || words.size() > 3)
        return false;
    for (const QString &w : std::as_const(words)) {
        if (m_latinStopwords.contains(w) || w.size() > 20)
            return false;
    }
    if (commaForm) // "Smith, John"
        std::swap(words.first(), words.last());
    auto known = [](const QSet<QString> &set, const QString &word) {
        return set.contains(word) || set.contains(word.section(QLatin1Char('-'), 0, 0));
    };
    // A known first name or surname; otherwise the shape alone ("Brielle Okafor"), but not for
    // ALL-CAPS text, which is common for non-name labels ("CHEST PAIN").
    return known(m_latinFirstNames, words.first()) || known(m_latinSurnames, words.last()) || mixedCase;
}

bool ValidatorContext::inList(QStringView v, int listIndex) const
{
    if (listIndex < 0 || listIndex >= m_lists.size())
        return false;
    return m_lists[listIndex].contains(v.toString().toLower());
}

} // namespace steward
