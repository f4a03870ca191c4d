#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace steward::ui {

// The distinct values of one field with the records holding each, as the hierarchy editor builds
// and counts its levels from them. The empty value (missing data) is one of them when records
// lack the field, so that every record is counted somewhere.
struct HierarchyFieldValues {
    std::vector<std::string> values;
    std::vector<qint64> records; // per value
    qint64 totalRecords = 0;

    std::vector<std::string_view> views() const;
    bool empty() const { return values.empty(); }
};

} // namespace steward::ui
