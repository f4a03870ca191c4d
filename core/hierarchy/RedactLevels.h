#pragma once

#include "core/hierarchy/LevelFunction.h"

#include <QCoreApplication>

#include <vector>

namespace steward {

// redact:N,N,…: codes redacted from the right, the length kept ("310115" → "3101**" → "310***"),
// then *. A value no longer than N characters is kept whole at that level.
class RedactLevels final : public LevelFunction {
    Q_DECLARE_TR_FUNCTIONS(steward::RedactLevels)
public:
    explicit RedactLevels(std::vector<int> keep) : m_keep(std::move(keep)) {}
    int height() const override { return int(m_keep.size()) + 1; }
    bool label(std::string_view value, int level, std::string &out) const override;
    QString levelName(int level) const override;
    QString describe(int level) const override;

private:
    std::vector<int> m_keep;
};

} // namespace steward
