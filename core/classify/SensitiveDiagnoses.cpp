#include "core/classify/SensitiveDiagnoses.h"

namespace steward {

namespace {

inline bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

inline bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || (c.unicode() >= '0' && c.unicode() <= '9');
}

inline char16_t asciiLower(char16_t u)
{
    return (u >= 'A' && u <= 'Z') ? char16_t(u + 32) : u;
}

int categoryFromCode(const QString &code)
{
    return (code[0].unicode() - 'A') * 100 + (code[1].unicode() - '0') * 10 + (code[2].unicode() - '0');
}

} // namespace

SensitiveDiagnoses::SensitiveDiagnoses(const QList<SensitiveGroupRule> &groups)
    : m_groups(groups), m_codeGroup(2600, -1), m_bucketOf(65536, 0)
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const SensitiveGroupRule &group = m_groups[g];
        if (!group.enabled)
            continue;
        for (const QString &range : group.codes) {
            const QStringList ends = range.split(QLatin1Char('-'));
            const int from = categoryFromCode(ends.first());
            const int to = categoryFromCode(ends.last());
            for (int c = from; c <= to && c < 2600; ++c) {
                const int current = m_codeGroup[c];
                if (current < 0 || m_groups[current].grade < group.grade)
                    m_codeGroup[c] = qint16(g);
            }
        }
        for (const QString &text : group.keywords) {
            Keyword k;
            k.text = text;
            k.group = g;
            k.ascii = true;
            bool hasLower = false;
            for (QChar c : text) {
                k.ascii = k.ascii && c.unicode() < 128;
                hasLower = hasLower || (c.unicode() >= 'a' && c.unicode() <= 'z');
            }
            k.caseSensitive = k.ascii && !hasLower;
            const char16_t first = k.ascii && !k.caseSensitive ? asciiLower(text[0].unicode())
                                                                : text[0].unicode();
            if (m_bucketOf[first] == 0) {
                m_buckets.emplace_back();
                m_bucketOf[first] = quint16(m_buckets.size());
            }
            m_buckets[m_bucketOf[first] - 1].push_back(int(m_keywords.size()));
            m_keywords.append(k);
        }
    }
}

int SensitiveDiagnoses::groupIndex(QStringView id) const
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups[i].id == id)
            return i;
    }
    return -1;
}

int SensitiveDiagnoses::icdCategory(QStringView v)
{
    v = v.trimmed();
    if (v.size() < 3)
        return -1;
    const char16_t letter = v[0].unicode();
    if (letter < 'A' || letter > 'Z' || !v[1].isDigit() || !v[2].isDigit() || v[1].unicode() > '9'
        || v[2].unicode() > '9')
        return -1;
    if (v.size() > 3) {
        const char16_t next = v[3].unicode();
        const bool separator = next == '.' || next == u'†' || next == '*' || next == '+' || next == ' '
            || next == 'x' || next == 'X';
        // Undotted codes (US claims: "F329", "S72001A") are short and alphanumeric.
        bool compact = v.size() <= 7;
        for (qsizetype i = 3; compact && i < v.size(); ++i) {
            const char16_t u = v[i].unicode();
            compact = (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z');
        }
        if (!separator && !compact)
            return -1;
    }
    return (letter - 'A') * 100 + (v[1].unicode() - '0') * 10 + (v[2].unicode() - '0');
}

int SensitiveDiagnoses::codeGroup(QStringView value) const
{
    if (m_codeGroup.empty())
        return -1;
    const int category = icdCategory(value);
    return category < 0 ? -1 : m_codeGroup[category];
}

bool SensitiveDiagnoses::keywordAt(const Keyword &k, QStringView text, qsizetype at) const
{
    const qsizetype end = at + k.text.size();
    if (end > text.size())
        return false;
    const QStringView here = text.mid(at, k.text.size());
    if (!k.ascii)
        return here == k.text;
    if (!k.caseSensitive)
        return !(at > 0 && isAsciiLetter(text[at - 1])) && here.compare(k.text, Qt::CaseInsensitive) == 0;
    // Acronyms stand alone: "TB" is not in "TBIL" nor in "TB123456".
    return here == k.text && !(at > 0 && isAsciiAlnum(text[at - 1]))
        && (end == text.size() || !isAsciiAlnum(text[end]));
}

int SensitiveDiagnoses::keywordGroup(QStringView text) const
{
    if (m_keywords.isEmpty())
        return -1;
    int best = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        const char16_t lower = asciiLower(u);
        const char16_t keys[2] = {u, lower};
        for (int j = 0; j < (lower == u ? 1 : 2); ++j) {
            const quint16 bucket = m_bucketOf[keys[j]];
            if (bucket == 0)
                continue;
            for (int index : m_buckets[bucket - 1]) {
                const Keyword &k = m_keywords[index];
                if ((best < 0 || m_groups[k.group].grade > m_groups[best].grade) && keywordAt(k, text, i)) {
                    best = k.group;
                    if (m_groups[best].grade >= 5)
                        return best;
                }
            }
        }
    }
    return best;
}

} // namespace steward
