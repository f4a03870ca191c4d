#include "core/hierarchy/TableLevels.h"

#include "core/hierarchy/LevelText.h"

namespace steward {

bool TableLevels::readable(std::string_view value) const
{
    return m_hierarchy->find(value) != StringDictionary::kNotFound
        || m_hierarchy->find(leveltext::trim(value)) != StringDictionary::kNotFound;
}

bool TableLevels::label(std::string_view value, int level, std::string &out) const
{
    uint32_t code = m_hierarchy->find(value);
    if (code == StringDictionary::kNotFound)
        code = m_hierarchy->find(leveltext::trim(value));
    if (code == StringDictionary::kNotFound || level < 0 || level > m_hierarchy->height())
        return false;
    for (int l = 0; l < level; ++l)
        code = m_hierarchy->parent(l, code);
    out.assign(m_hierarchy->label(level, code));
    return true;
}

bool TableLevels::topLabel(std::string_view value, std::string &out) const
{
    return label(value, m_hierarchy->height(), out);
}

QString TableLevels::levelName(int level) const
{
    return tr("level %1").arg(level);
}

QString TableLevels::describe(int level) const
{
    return tr("level %1 of the imported hierarchy").arg(level);
}

} // namespace steward
