#include "core/import/TypeInference.h"

#include "core/import/DateText.h"

#include <algorithm>

// Type inference runs on every cell of every row, so it works on UTF-8 bytes with hand-written
// scanners: no QString, no regular expressions, no allocation.
//
// Value forms (strict: the cell text as stored, no surrounding white space):
//  - integer: optional sign and 1 to 15 digits, without a leading zero ("0" and "-0" are
//    integers, "007" is not). Digit strings with a leading zero are codes (postal codes, IDs)
//    and longer ones are identifiers (resident ID, card numbers) beyond the integers a double
//    holds exactly: both stay text.
//  - decimal: an integer, or optional sign, digits (no leading zero), '.', digits (".5" is
//    accepted, "5." is not), optionally an exponent (e/E, optional sign, 1-3 digits): 1.5e-3, 2E10.
//  - date: a real calendar date (leap years included) in one of 2024-01-02, 2024/1/2, 2024.1.2
//    (4-digit year 0001-9999, 1-2 digit month and day, the same separator twice),
//    2024年1月2日, or the compact 20240102 (exactly 8 digits, year 1900-2100).
//  - datetime: a date, ' ' or 'T', then H:MM[:SS[.fraction]] (hour 0-23, 1-9 fraction digits)
//    and optionally 'Z' or an offset +HH, +HHMM or +HH:MM.
//  - boolean: true/false, yes/no, t/f, y/n (ASCII case-insensitive), 是/否. 0 and 1 are integers.
// A column's type is the most specific one all its non-missing values satisfy: date when every
// value is a date (even when compact dates are also integers), else integer, decimal (integers
// and decimals mixed), datetime (dates and datetimes mixed), boolean, else text. A column with
// only missing values is text.

namespace steward {

namespace {

enum Candidate : unsigned {
    kInteger = 1u << 0,
    kDecimal = 1u << 1,
    kDate = 1u << 2,
    kDateTime = 1u << 3, // also set by plain dates, so that a mix of both is datetime
    kBoolean = 1u << 4,
    kAll = kInteger | kDecimal | kDate | kDateTime | kBoolean,
};

constexpr int kMaxIntegerDigits = 15;

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

enum class Number { None, Integer, Decimal };

Number scanNumber(const char *p, const char *end)
{
    if (p < end && (*p == '+' || *p == '-'))
        ++p;
    const char *intStart = p;
    while (p < end && isDigit(*p))
        ++p;
    const qsizetype intDigits = p - intStart;
    if (intDigits > 1 && *intStart == '0')
        return Number::None;
    if (p == end)
        return intDigits >= 1 && intDigits <= kMaxIntegerDigits ? Number::Integer : Number::None;
    qsizetype fracDigits = 0;
    if (*p == '.') {
        ++p;
        const char *fracStart = p;
        while (p < end && isDigit(*p))
            ++p;
        fracDigits = p - fracStart;
        if (fracDigits == 0)
            return Number::None;
    }
    if (intDigits == 0 && fracDigits == 0)
        return Number::None;
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        const char *expStart = p;
        while (p < end && isDigit(*p))
            ++p;
        if (p == expStart || p - expStart > 3)
            return Number::None;
    }
    return p == end ? Number::Decimal : Number::None;
}

enum class When { None, Date, DateTime };

When scanDateTime(const char *p, const char *end)
{
    const std::optional<DateText> date = DateText::parse(std::string_view(p, size_t(end - p)));
    if (!date)
        return When::None;
    return date->timePart().empty() ? When::Date : When::DateTime;
}

bool scanBoolean(const char *p, const char *end)
{
    const qsizetype n = end - p;
    if (n == 0 || n > 5)
        return false;
    if (n == 3 && static_cast<unsigned char>(p[0]) >= 0x80)
        return std::equal(p, end, "\xE6\x98\xAF") || std::equal(p, end, "\xE5\x90\xA6"); // 是 否
    char lower[5];
    for (qsizetype i = 0; i < n; ++i)
        lower[i] = asciiLower(p[i]);
    const std::string_view v(lower, size_t(n));
    return v == "true" || v == "false" || v == "yes" || v == "no" || v == "y" || v == "n"
        || v == "t" || v == "f";
}

// The candidates in `mask` that value s satisfies.
inline unsigned classify(std::string_view s, unsigned mask)
{
    const char *p = s.data();
    const char *end = p + s.size();
    unsigned result = 0;
    if (mask & (kInteger | kDecimal)) {
        const Number n = scanNumber(p, end);
        if (n == Number::Integer)
            result |= kInteger | kDecimal;
        else if (n == Number::Decimal)
            result |= kDecimal;
    }
    if (mask & (kDate | kDateTime)) {
        const When w = scanDateTime(p, end);
        if (w == When::Date)
            result |= kDate | kDateTime;
        else if (w == When::DateTime)
            result |= kDateTime;
    }
    if ((mask & kBoolean) && scanBoolean(p, end))
        result |= kBoolean;
    return result & mask;
}

// White space trimmed for the missing-value test: ASCII white space, U+00A0 and U+3000.
inline qsizetype leadingSpace(const char *p, const char *end)
{
    const char *q = p;
    for (;;) {
        if (q < end && (*q == ' ' || (*q >= '\t' && *q <= '\r'))) {
            ++q;
        } else if (end - q >= 2 && q[0] == '\xC2' && q[1] == '\xA0') {
            q += 2;
        } else if (end - q >= 3 && q[0] == '\xE3' && q[1] == '\x80' && q[2] == '\x80') {
            q += 3;
        } else {
            return q - p;
        }
    }
}

inline qsizetype trailingSpace(const char *p, const char *end)
{
    const char *q = end;
    for (;;) {
        if (q > p && (q[-1] == ' ' || (q[-1] >= '\t' && q[-1] <= '\r'))) {
            --q;
        } else if (q - p >= 2 && q[-2] == '\xC2' && q[-1] == '\xA0') {
            q -= 2;
        } else if (q - p >= 3 && q[-3] == '\xE3' && q[-2] == '\x80' && q[-1] == '\x80') {
            q -= 3;
        } else {
            return end - q;
        }
    }
}

inline bool startsWithSpace(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xC2 || c == 0xE3;
}

inline bool endsWithSpace(const char *p, const char *end)
{
    const auto c = static_cast<unsigned char>(end[-1]);
    if (c == ' ' || (c >= '\t' && c <= '\r'))
        return true;
    return (c == 0xA0 || c == 0x80) && trailingSpace(p, end) > 0; // U+00A0, U+3000
}

template <class Column>
inline void observeValue(Column &c, std::string_view utf8, const MissingValues *missing)
{
    const bool isMissing = missing
        ? missing->isMissing(utf8)
        : leadingSpace(utf8.data(), utf8.data() + utf8.size()) == qsizetype(utf8.size());
    if (isMissing) {
        ++c.missing;
        return;
    }
    ++c.nonMissing;
    if (c.candidates)
        c.candidates &= classify(utf8, c.candidates);
}

} // namespace

MissingValues::MissingValues(const QStringList &markers)
{
    for (const QString &marker : markers) {
        const QByteArray utf8 = marker.toUtf8();
        const char *p = utf8.constData();
        const char *end = p + utf8.size();
        p += leadingSpace(p, end);
        end -= trailingSpace(p, end);
        if (p == end)
            continue; // the empty marker is implicit
        std::string lower(p, end);
        for (char &c : lower)
            c = asciiLower(c);
        if (std::find(m_markers.begin(), m_markers.end(), lower) != m_markers.end())
            continue;
        m_maxLength = std::max(m_maxLength, lower.size());
        const char f = lower.front();
        m_firstByte[static_cast<unsigned char>(f)] = true;
        if (f >= 'a' && f <= 'z')
            m_firstByte[static_cast<unsigned char>(f - ('a' - 'A'))] = true;
        m_markers.push_back(std::move(lower));
    }
}

bool MissingValues::isMissing(std::string_view utf8) const
{
    const size_t n = utf8.size();
    if (n == 0)
        return true;
    const char *p = utf8.data();
    const char *end = p + n;
    const auto first = static_cast<unsigned char>(*p);
    const auto last = static_cast<unsigned char>(end[-1]);
    // Values that cannot have white space around them (by their first and last bytes) and are
    // longer than every marker are the common case.
    const bool maybeSpace = startsWithSpace(first) || last <= ' ' || last == 0xA0 || last == 0x80;
    if (n > m_maxLength && !maybeSpace)
        return false;
    if (!maybeSpace || (!startsWithSpace(first) && !endsWithSpace(p, end))) {
        if (!m_firstByte[first])
            return false;
        return matchesMarker(p, n);
    }
    p += leadingSpace(p, end);
    end -= trailingSpace(p, end);
    return p == end || matchesMarker(p, size_t(end - p));
}

bool MissingValues::matchesMarker(const char *p, size_t n) const
{
    for (const std::string &m : m_markers) {
        if (m.size() != n)
            continue;
        size_t i = 0;
        while (i < n && asciiLower(p[i]) == m[i])
            ++i;
        if (i == n)
            return true;
    }
    return false;
}

TypeInference::TypeInference(int columnCount, const MissingValues *missing)
    : m_columns(size_t(std::max(columnCount, 0)), Column{kAll, 0, 0}),
      m_missing(missing)
{
}

void TypeInference::observe(int column, std::string_view utf8)
{
    if (column >= 0 && size_t(column) < m_columns.size())
        observeValue(m_columns[size_t(column)], utf8, m_missing);
}

void TypeInference::observeRow(const std::vector<std::string_view> &cells)
{
    const size_t n = std::min(cells.size(), m_columns.size());
    for (size_t i = 0; i < n; ++i)
        observeValue(m_columns[i], cells[i], m_missing);
}

ColumnType TypeInference::type(int column) const
{
    if (column < 0 || size_t(column) >= m_columns.size())
        return ColumnType::Text;
    const Column &c = m_columns[size_t(column)];
    if (c.nonMissing == 0)
        return ColumnType::Text;
    if (c.candidates & kDate)
        return ColumnType::Date;
    if (c.candidates & kInteger)
        return ColumnType::Integer;
    if (c.candidates & kDecimal)
        return ColumnType::Decimal;
    if (c.candidates & kDateTime)
        return ColumnType::DateTime;
    if (c.candidates & kBoolean)
        return ColumnType::Boolean;
    return ColumnType::Text;
}

qint64 TypeInference::missingCount(int column) const
{
    if (column < 0 || size_t(column) >= m_columns.size())
        return 0;
    return m_columns[size_t(column)].missing;
}

int TypeInference::columnCount() const
{
    return int(m_columns.size());
}

bool TypeInference::isInteger(std::string_view s)
{
    return scanNumber(s.data(), s.data() + s.size()) == Number::Integer;
}

bool TypeInference::isDecimal(std::string_view s)
{
    return scanNumber(s.data(), s.data() + s.size()) != Number::None;
}

bool TypeInference::isDate(std::string_view s)
{
    return scanDateTime(s.data(), s.data() + s.size()) == When::Date;
}

bool TypeInference::isDateTime(std::string_view s)
{
    return scanDateTime(s.data(), s.data() + s.size()) == When::DateTime;
}

bool TypeInference::isBoolean(std::string_view s)
{
    return scanBoolean(s.data(), s.data() + s.size());
}

} // namespace steward
