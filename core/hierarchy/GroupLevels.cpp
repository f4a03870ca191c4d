#include "core/hierarchy/GroupLevels.h"

#include "core/hierarchy/LevelText.h"

namespace steward {

namespace {

std::string utf8(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return std::string(bytes.constData(), size_t(bytes.size()));
}

} // namespace

GroupLevels::GroupLevels(const HierarchySpec &spec)
    : m_other(utf8(spec.otherLabel.isEmpty() ? HierarchySpec::tr("Other") : spec.otherLabel)),
      m_groups(int(spec.groups.size()))
{
    for (const HierarchySpec::Group &group : spec.groups) {
        const std::string label = utf8(group.label);
        for (const QString &value : group.values)
            m_groupOf.emplace(utf8(value), label);
    }
}

bool GroupLevels::label(std::string_view value, int level, std::string &out) const
{
    if (level != 1)
        return false;
    auto it = m_groupOf.find(std::string(value));
    if (it == m_groupOf.end())
        it = m_groupOf.find(std::string(leveltext::trim(value)));
    if (it != m_groupOf.end()) {
        out = it->second;
        return true;
    }
    if (leveltext::trim(value).empty())
        return false;
    out = m_other;
    return true;
}

QString GroupLevels::levelName(int level) const
{
    return level == 1 ? tr("group") : QString();
}

QString GroupLevels::describe(int level) const
{
    return level == 1 ? tr("%n group(s) defined by the steward", nullptr, m_groups) : QString();
}

} // namespace steward
