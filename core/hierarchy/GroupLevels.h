#pragma once

#include "core/hierarchy/HierarchySpec.h"
#include "core/hierarchy/LevelFunction.h"

#include <QCoreApplication>

#include <string>
#include <unordered_map>

namespace steward {

// groups:LABEL=V|V;…[;other=LABEL]: the value → its group's label → *. Values are matched as
// written, then trimmed; a non-empty value in no group goes to the `other` label.
class GroupLevels final : public LevelFunction {
    Q_DECLARE_TR_FUNCTIONS(steward::GroupLevels)
public:
    explicit GroupLevels(const HierarchySpec &spec);
    int height() const override { return 2; }
    bool label(std::string_view value, int level, std::string &out) const override;
    QString levelName(int level) const override;
    QString describe(int level) const override;

private:
    std::unordered_map<std::string, std::string> m_groupOf;
    std::string m_other;
    int m_groups = 0;
};

} // namespace steward
