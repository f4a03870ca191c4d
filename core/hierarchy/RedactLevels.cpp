#include "core/hierarchy/RedactLevels.h"

#include "core/hierarchy/LevelText.h"

namespace steward {

bool RedactLevels::label(std::string_view value, int level, std::string &out) const
{
    value = leveltext::trim(value);
    if (value.empty() || level < 1 || level > int(m_keep.size()))
        return false;
    const size_t keep = size_t(m_keep[size_t(level - 1)]);
    const size_t length = valuetext::codePointCount(value);
    out.assign(value.substr(0, valuetext::codePointOffset(value, keep)));
    if (length > keep)
        out.append(length - keep, '*');
    return true;
}

QString RedactLevels::levelName(int level) const
{
    if (level < 1 || level > int(m_keep.size()))
        return {};
    return tr("%n character(s) kept", nullptr, m_keep[size_t(level - 1)]);
}

QString RedactLevels::describe(int level) const
{
    if (level < 1 || level > int(m_keep.size()))
        return {};
    return tr("first %n character(s) kept, the rest replaced by *", nullptr,
              m_keep[size_t(level - 1)]);
}

} // namespace steward
