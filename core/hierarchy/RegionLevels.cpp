#include "core/hierarchy/RegionLevels.h"

#include "core/hierarchy/LevelText.h"

#include <algorithm>
#include <iterator>

namespace steward {

namespace {

// Province-level codes of GB/T 2260 (the first two digits of every county code).
constexpr int kProvinces[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                              43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};

} // namespace

bool RegionLevels::label(std::string_view value, int level, std::string &out) const
{
    value = leveltext::trim(value);
    if (value.size() < 6 || level < 1 || level > 3)
        return false;
    for (size_t i = 0; i < 6; ++i) {
        if (value[i] < '0' || value[i] > '9')
            return false;
    }
    const int province = (value[0] - '0') * 10 + (value[1] - '0');
    if (std::find(std::begin(kProvinces), std::end(kProvinces), province) == std::end(kProvinces))
        return false;
    const size_t kept = level == 1 ? 6 : level == 2 ? 4 : 2;
    out.assign(value.substr(0, kept));
    out.append(6 - kept, '0');
    return true;
}

QString RegionLevels::levelName(int level) const
{
    switch (level) {
    case 1:
        return tr("county");
    case 2:
        return tr("city");
    case 3:
        return tr("province");
    default:
        return {};
    }
}

QString RegionLevels::describe(int level) const
{
    switch (level) {
    case 1:
        return tr("county code (6 digits)");
    case 2:
        return tr("city code (first 4 digits, then 00)");
    case 3:
        return tr("province code (first 2 digits, then 0000)");
    default:
        return {};
    }
}

} // namespace steward
