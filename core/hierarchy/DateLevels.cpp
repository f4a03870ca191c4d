#include "core/hierarchy/DateLevels.h"

#include "core/hierarchy/LevelText.h"
#include "core/import/DateText.h"

#include <cstdio>

namespace steward {

namespace {

void appendYear(std::string &out, int year)
{
    char buffer[8];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d", year);
    out.append(buffer, size_t(n));
}

void appendRange(std::string &out, int first, int last)
{
    appendYear(out, first);
    out.push_back('-');
    appendYear(out, last);
}

} // namespace

bool DateLevels::label(std::string_view value, int level, std::string &out) const
{
    const std::optional<DateText> date = DateText::parse(leveltext::trim(value));
    if (!date)
        return false;
    const int year = date->year();
    out.clear();
    switch (level) {
    case 1: {
        appendYear(out, year);
        out.push_back('-');
        out.push_back(char('0' + date->month() / 10));
        out.push_back(char('0' + date->month() % 10));
        return true;
    }
    case 2:
        appendYear(out, year);
        out.append("-Q");
        out.push_back(char('1' + (date->month() - 1) / 3));
        return true;
    case 3:
        appendYear(out, year);
        return true;
    case 4:
        appendRange(out, year - year % 5, year - year % 5 + 4);
        return true;
    case 5:
        appendRange(out, year - year % 10, year - year % 10 + 9);
        return true;
    default:
        return false;
    }
}

QString DateLevels::levelName(int level) const
{
    switch (level) {
    case 1:
        return tr("month");
    case 2:
        return tr("quarter");
    case 3:
        return tr("year");
    case 4:
        return tr("5-year band");
    case 5:
        return tr("decade");
    default:
        return {};
    }
}

QString DateLevels::describe(int level) const
{
    switch (level) {
    case 1:
        return tr("month of the date");
    case 2:
        return tr("quarter of the date");
    case 3:
        return tr("year of the date");
    case 4:
        return tr("5-year band of the date (1965-1969)");
    case 5:
        return tr("decade of the date (1960-1969)");
    default:
        return {};
    }
}

} // namespace steward
