#include "core/mask/HierarchyMasker.h"

#include "core/mask/MaskText.h"

namespace steward {

MaskedCell HierarchyMasker::apply(std::string_view value, MaskCellContext &) const
{
    uint32_t code = m_hierarchy->find(value);
    if (code == StringDictionary::kNotFound)
        code = m_hierarchy->find(masktext::trim(value));
    if (code == StringDictionary::kNotFound)
        return MaskedCell::unreadable();
    for (int level = 0; level < m_level; ++level)
        code = m_hierarchy->parent(level, code);
    return MaskedCell::value(m_hierarchy->label(m_level, code));
}

} // namespace steward
