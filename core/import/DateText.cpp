#include "core/import/DateText.h"


namespace steward {

namespace {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

inline bool isCalendarDate(int y, int m, int d)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    return d <= ((m == 2 && isLeapYear(y)) ? 29 : kDays[m - 1]);
}

// 1-2 digits; `digits` receives how many.
bool readSmall(const char *&p, const char *end, int *value, int *digits)
{
    int v = 0;
    int n = 0;
    while (p < end && isDigit(*p) && n < 2) {
        v = v * 10 + (*p - '0');
        ++p;
        ++n;
    }
    if (n == 0 || (p < end && isDigit(*p)))
        return false;
    *value = v;
    *digits = n;
    return true;
}

bool skip(const char *&p, const char *end, std::string_view bytes)
{
    if (size_t(end - p) < bytes.size() || std::string_view(p, bytes.size()) != bytes)
        return false;
    p += bytes.size();
    return true;
}

bool twoDigits(const char *&p, const char *end, int max)
{
    if (end - p < 2 || !isDigit(p[0]) || !isDigit(p[1]))
        return false;
    const int v = (p[0] - '0') * 10 + (p[1] - '0');
    p += 2;
    return v <= max;
}

// H:MM[:SS[.fraction]][Z|±HH[[:]MM]] exactly up to end (as the importer's datetime type).
bool isTime(const char *p, const char *end)
{
    int hour = 0;
    int digits = 0;
    if (!readSmall(p, end, &hour, &digits) || hour > 23 || p == end || *p != ':')
        return false;
    ++p;
    if (!twoDigits(p, end, 59))
        return false;
    if (p < end && *p == ':') {
        ++p;
        if (!twoDigits(p, end, 59))
            return false;
        if (p < end && *p == '.') {
            ++p;
            const char *start = p;
            while (p < end && isDigit(*p))
                ++p;
            if (p == start || p - start > 9)
                return false;
        }
    }
    if (p == end)
        return true;
    if (*p == 'Z')
        return p + 1 == end;
    if (*p != '+' && *p != '-')
        return false;
    ++p;
    if (!twoDigits(p, end, 14))
        return false;
    if (p == end)
        return true;
    if (*p == ':')
        ++p;
    return twoDigits(p, end, 59) && p == end;
}

void appendDigits(std::string &out, int value, int width)
{
    char buffer[8];
    int n = 0;
    do {
        buffer[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    while (n < width)
        buffer[n++] = '0';
    while (n > 0)
        out += buffer[--n];
}

} // namespace

std::optional<DateText> DateText::parse(std::string_view value)
{
    const char *p = value.data();
    const char *end = p + value.size();
    if (end - p < 8)
        return std::nullopt;
    for (int i = 0; i < 4; ++i) {
        if (!isDigit(p[i]))
            return std::nullopt;
    }
    DateText date;
    date.m_year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
    const char *q = p + 4;
    int monthDigits = 2;
    int dayDigits = 2;
    if (isDigit(*q)) {
        for (int i = 4; i < 8; ++i) {
            if (!isDigit(p[i]))
                return std::nullopt;
        }
        if (p + 8 < end && isDigit(p[8]))
            return std::nullopt;
        date.m_month = (p[4] - '0') * 10 + (p[5] - '0');
        date.m_day = (p[6] - '0') * 10 + (p[7] - '0');
        if (date.m_year < 1900 || date.m_year > 2100)
            return std::nullopt;
        date.m_style = Style::Compact;
        q = p + 8;
    } else if (*q == '-' || *q == '/' || *q == '.') {
        const char sep = *q++;
        if (!readSmall(q, end, &date.m_month, &monthDigits) || q == end || *q != sep)
            return std::nullopt;
        ++q;
        if (!readSmall(q, end, &date.m_day, &dayDigits))
            return std::nullopt;
        date.m_style = sep == '-' ? Style::Dash : sep == '/' ? Style::Slash : Style::Dot;
    } else if (skip(q, end, "\xE5\xB9\xB4")) { // 年
        if (!readSmall(q, end, &date.m_month, &monthDigits) || !skip(q, end, "\xE6\x9C\x88")) // 月
            return std::nullopt;
        if (!readSmall(q, end, &date.m_day, &dayDigits) || !skip(q, end, "\xE6\x97\xA5")) // 日
            return std::nullopt;
        date.m_style = Style::Chinese;
    } else {
        return std::nullopt;
    }
    if (!isCalendarDate(date.m_year, date.m_month, date.m_day))
        return std::nullopt;
    if (q != end) {
        if ((*q != ' ' && *q != 'T') || !isTime(q + 1, end))
            return std::nullopt;
        date.m_time = std::string_view(q, size_t(end - q));
    }
    date.m_padMonth = monthDigits == 2;
    date.m_padDay = dayDigits == 2;
    return date;
}

qint64 DateText::dayNumber() const
{
    return daysFromCivil(m_year, m_month, m_day);
}

// Howard Hinnant's days_from_civil / civil_from_days.
qint64 DateText::daysFromCivil(int year, int month, int day)
{
    const qint64 y = qint64(year) - (month <= 2);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void DateText::civilFromDays(qint64 days, int *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    *year = int(yoe + era * 400 + (m <= 2));
    *month = int(m);
    *day = int(d);
}

bool DateText::appendShifted(std::string &out, qint64 days) const
{
    int y = 0;
    int m = 0;
    int d = 0;
    civilFromDays(dayNumber() + days, &y, &m, &d);
    if (y < 1 || y > 9999 || (m_style == Style::Compact && (y < 1900 || y > 2100)))
        return false;
    appendDigits(out, y, 4);
    switch (m_style) {
    case Style::Compact:
        appendDigits(out, m, 2);
        appendDigits(out, d, 2);
        break;
    case Style::Chinese:
        out += "\xE5\xB9\xB4"; // 年
        appendDigits(out, m, m_padMonth ? 2 : 1);
        out += "\xE6\x9C\x88"; // 月
        appendDigits(out, d, m_padDay ? 2 : 1);
        out += "\xE6\x97\xA5"; // 日
        break;
    default: {
        const char sep = m_style == Style::Dash ? '-' : m_style == Style::Slash ? '/' : '.';
        out += sep;
        appendDigits(out, m, m_padMonth ? 2 : 1);
        out += sep;
        appendDigits(out, d, m_padDay ? 2 : 1);
        break;
    }
    }
    out += m_time;
    return true;
}

} // namespace steward
