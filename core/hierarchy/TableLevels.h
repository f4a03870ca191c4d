#pragma once

#include "core/hierarchy/Hierarchy.h"
#include "core/hierarchy/LevelFunction.h"

#include <QCoreApplication>

#include <memory>

namespace steward {

// An imported hierarchy stored in the project: each listed value's row (looked up as written,
// then trimmed), its own labels up to the top; values the table does not list are unreadable.
class TableLevels final : public LevelFunction {
    Q_DECLARE_TR_FUNCTIONS(steward::TableLevels)
public:
    explicit TableLevels(std::shared_ptr<const Hierarchy> hierarchy)
        : m_hierarchy(std::move(hierarchy))
    {
    }
    int height() const override { return m_hierarchy->height(); }
    bool label(std::string_view value, int level, std::string &out) const override;
    bool topLabel(std::string_view value, std::string &out) const override;
    bool readable(std::string_view value) const override;
    QString levelName(int level) const override;
    QString describe(int level) const override;

private:
    std::shared_ptr<const Hierarchy> m_hierarchy;
};

} // namespace steward
