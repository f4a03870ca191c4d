#include "ui/hierarchy/HierarchyFieldValues.h"

namespace steward::ui {

std::vector<std::string_view> HierarchyFieldValues::views() const
{
    return {values.begin(), values.end()};
}

} // namespace steward::ui
