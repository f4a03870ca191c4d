#pragma once

#include "core/mask/ValueMasker.h"
#include "core/hierarchy/Hierarchy.h"

#include <memory>

namespace steward {

// hierarchy:file=FILE[,level=N]: the value's label at level N (default 1) of a value hierarchy
// (`value;level1;level2;…;*`, see risk/Hierarchy.h; level 0 is the value itself). Values are
// looked up as written, then trimmed. A value the hierarchy does not list is unreadable
// (suppressed, counted).
class HierarchyMasker final : public ValueMasker {
public:
    HierarchyMasker(std::shared_ptr<const Hierarchy> hierarchy, int level)
        : m_hierarchy(std::move(hierarchy)), m_level(level)
    {
    }
    MaskedCell apply(std::string_view value, MaskCellContext &context) const override;

private:
    std::shared_ptr<const Hierarchy> m_hierarchy;
    int m_level;
};

} // namespace steward
