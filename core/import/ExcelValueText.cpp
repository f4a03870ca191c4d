#include "core/import/ExcelValueText.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace steward {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "-12", "12", "-1.50", "0.001": true, with the count of significant digits.
bool isPlainNumber(std::string_view s, bool *integer, int *significant)
{
    size_t i = 0;
    if (i < s.size() && s[i] == '-')
        ++i;
    const size_t digitsStart = i;
    int sig = 0;
    bool leading = true;
    while (i < s.size() && isDigit(s[i])) {
        if (s[i] != '0')
            leading = false;
        if (!leading)
            ++sig;
        ++i;
    }
    if (i == digitsStart)
        return false;
    *integer = i == s.size();
    if (!*integer) {
        if (s[i] != '.' || i + 1 == s.size())
            return false;
        ++i;
        const size_t fractionStart = i;
        while (i < s.size() && isDigit(s[i])) {
            if (s[i] != '0')
                leading = false;
            if (!leading)
                ++sig;
            ++i;
        }
        if (i != s.size() || i == fractionStart)
            return false;
    }
    *significant = sig;
    return true;
}

void appendTwoDigits(std::string &out, long long value)
{
    out.push_back(char('0' + value / 10 % 10));
    out.push_back(char('0' + value % 10));
}

// Days since 1970-01-01 to a civil date (proleptic Gregorian; H. Hinnant's algorithm).
void civilFromDays(long long z, long long *year, int *month, int *day)
{
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = yoe + era * 400 + (*month <= 2 ? 1 : 0);
}

void appendDate(std::string &out, long long year, int month, int day)
{
    char buffer[16];
    const int n = std::snprintf(buffer, sizeof buffer, "%04lld-%02d-%02d", year, month, day);
    out.append(buffer, size_t(n));
}

void appendTime(std::string &out, long long hours, long long secondsOfHour)
{
    if (hours < 100) {
        appendTwoDigits(out, hours);
    } else {
        char buffer[24];
        const int n = std::snprintf(buffer, sizeof buffer, "%lld", hours);
        out.append(buffer, size_t(n));
    }
    out.push_back(':');
    appendTwoDigits(out, secondsOfHour / 60);
    out.push_back(':');
    appendTwoDigits(out, secondsOfHour % 60);
}

constexpr long long kSecondsPerDay = 86400;
constexpr long long kDaysFrom1899_12_30To1970 = 25569; // 1899-12-30 is serial 0 after Excel's bug
constexpr long long kDaysFrom1904To1970 = 24107;
constexpr long long kMaxSerial1900 = 2958465; // 9999-12-31

} // namespace

void formatExcelDouble(double value, std::string &out)
{
    out.clear();
    if (!std::isfinite(value)) {
        out = std::isnan(value) ? "#NUM!" : (value > 0 ? "#NUM!" : "-#NUM!");
        return;
    }
    if (value == 0) {
        out = "0";
        return;
    }
    char buffer[40];
    // d.dddddddddddddde±XX: 15 significant digits, correctly rounded.
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value,
                                      std::chars_format::scientific, 14);
    const std::string_view text(buffer, size_t(result.ptr - buffer));
    const size_t ePos = text.find('e');
    const bool negative = text.front() == '-';
    std::string digits;
    for (size_t i = negative ? 1 : 0; i < ePos; ++i) {
        if (text[i] != '.')
            digits.push_back(text[i]);
    }
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    int exponent = 0;
    std::from_chars(text.data() + ePos + (text[ePos + 1] == '+' ? 2 : 1), text.data() + text.size(),
                    exponent);

    if (negative)
        out.push_back('-');
    const int count = int(digits.size());
    if (exponent >= 21 || exponent < -15) {
        out.push_back(digits[0]);
        if (count > 1) {
            out.push_back('.');
            out.append(digits, 1);
        }
        char expText[8];
        const int n = std::snprintf(expText, sizeof expText, "E%c%02d", exponent < 0 ? '-' : '+',
                                    exponent < 0 ? -exponent : exponent);
        out.append(expText, size_t(n));
    } else if (exponent >= 0) {
        if (count <= exponent + 1) {
            out.append(digits);
            out.append(size_t(exponent + 1 - count), '0');
        } else {
            out.append(digits, 0, size_t(exponent + 1));
            out.push_back('.');
            out.append(digits, size_t(exponent + 1));
        }
    } else {
        out.append("0.");
        out.append(size_t(-exponent - 1), '0');
        out.append(digits);
    }
}

void excelNumberText(std::string_view stored, std::string &out)
{
    bool integer = false;
    int significant = 0;
    if (isPlainNumber(stored, &integer, &significant) && (integer || significant <= 15)) {
        out.assign(stored);
        return;
    }
    // Exponent forms and more digits than Excel keeps: render the value.
    std::string_view text = stored;
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), value);
    if (parsed.ec != std::errc() || parsed.ptr != text.data() + text.size()) {
        out.assign(stored); // not a number at all: keep the text
        return;
    }
    formatExcelDouble(value, out);
}

bool excelSerialText(double serial, ExcelDateKind kind, bool date1904, std::string &out)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= double(kMaxSerial1900 + 1))
        return false;
    const long long totalSeconds = std::llround(serial * double(kSecondsPerDay));
    const long long days = totalSeconds / kSecondsPerDay;
    const long long seconds = totalSeconds % kSecondsPerDay;
    out.clear();

    if (kind == ExcelDateKind::Elapsed) {
        appendTime(out, totalSeconds / 3600, totalSeconds % 3600);
        return true;
    }
    const bool noDay = days == 0 && !date1904; // Excel's "1900-01-00"
    if ((kind == ExcelDateKind::Time || kind == ExcelDateKind::DateTime) && noDay) {
        appendTime(out, seconds / 3600, seconds % 3600);
        return true;
    }
    if (kind == ExcelDateKind::Time && days == 0) {
        appendTime(out, seconds / 3600, seconds % 3600);
        return true;
    }

    long long year = 0;
    int month = 0;
    int day = 0;
    if (date1904) {
        civilFromDays(days - kDaysFrom1904To1970, &year, &month, &day);
    } else if (days == 60) {
        year = 1900; // the day Excel believes 1900 had
        month = 2;
        day = 29;
    } else if (days == 0) {
        year = 1900;
        month = 1;
        day = 0;
    } else {
        // Serials 1-59 are counted from 1899-12-31, later ones (after the fictitious 29th) from
        // 1899-12-30.
        civilFromDays(days - kDaysFrom1899_12_30To1970 + (days < 60 ? 1 : 0), &year, &month, &day);
    }
    if (year > 9999)
        return false;
    appendDate(out, year, month, day);
    if (kind != ExcelDateKind::Date || seconds != 0) {
        out.push_back(' ');
        appendTime(out, seconds / 3600, seconds % 3600);
    }
    return true;
}

void excelIsoDateText(std::string_view stored, std::string &out)
{
    // 2024-01-02, 2024-01-02T13:45:00, 2024-01-02T13:45:00.000Z, 13:45:00
    const size_t t = stored.find('T');
    if (t == std::string_view::npos) {
        out.assign(stored);
        return;
    }
    std::string_view date = stored.substr(0, t);
    std::string_view time = stored.substr(t + 1);
    const size_t zone = time.find_first_of("Z+-");
    if (zone != std::string_view::npos)
        time = time.substr(0, zone);
    const size_t fraction = time.find('.');
    if (fraction != std::string_view::npos)
        time = time.substr(0, fraction);
    if (time.size() == 5) { // hh:mm
        out.assign(date);
        if (time != "00:00") {
            out.push_back(' ');
            out.append(time);
            out.append(":00");
        }
        return;
    }
    out.assign(date);
    if (time != "00:00:00" && !time.empty()) {
        out.push_back(' ');
        out.append(time);
    }
}

} // namespace steward
