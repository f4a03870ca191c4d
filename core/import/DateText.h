#pragma once

#include <QtGlobal>

#include <optional>
#include <string>
#include <string_view>

namespace steward {

// A date (or date-time) cell as the importer recognises it (import/TypeInference.cpp), kept with
// its written form so that a shifted date is written the same way:
//   2024-01-02, 2024/1/2, 2024.1.2 (year 0001-9999, 1-2 digit month and day, one separator),
//   2024年1月2日, 20240102 (compact, year 1900-2100),
// each optionally followed by ' ' or 'T' and a time of day H:MM[:SS[.fraction]] with an optional
// 'Z' or ±HH[[:]MM] offset, exactly (callers trim what they want trimmed). Works on UTF-8 bytes.
// The one date grammar of Steward: type inference (TypeInference) and the date operators use it.
class DateText final {
public:
    static std::optional<DateText> parse(std::string_view value);

    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    // Days since 1970-01-01 (proleptic Gregorian calendar).
    qint64 dayNumber() const;
    // The time part as written, with its leading ' ' or 'T' (empty for a plain date).
    std::string_view timePart() const { return m_time; }

    // Appends the date `days` later (earlier when negative) in this value's form, time part
    // unchanged. Returns false (appending nothing) when the result leaves the years 1-9999, or
    // 1900-2100 for the compact form.
    bool appendShifted(std::string &out, qint64 days) const;

    // Civil date of a day number.
    static void civilFromDays(qint64 days, int *year, int *month, int *day);
    static qint64 daysFromCivil(int year, int month, int day);

private:
    enum class Style : unsigned char { Dash, Slash, Dot, Chinese, Compact };

    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    Style m_style = Style::Dash;
    bool m_padMonth = true;
    bool m_padDay = true;
    std::string_view m_time;
};

} // namespace steward
