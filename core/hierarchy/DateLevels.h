#pragma once

#include "core/hierarchy/LevelFunction.h"

#include <QCoreApplication>

namespace steward {

// date[:decade]: the date (or date-time) → month "1969-01" → quarter "1969-Q1" → year "1969" →
// 5-year band "1965-1969" [→ decade "1960-1969"] → *. Reads every date form the importer
// recognises (DateText).
class DateLevels final : public LevelFunction {
    Q_DECLARE_TR_FUNCTIONS(steward::DateLevels)
public:
    explicit DateLevels(bool decade) : m_decade(decade) {}
    int height() const override { return m_decade ? 6 : 5; }
    bool label(std::string_view value, int level, std::string &out) const override;
    QString levelName(int level) const override;
    QString describe(int level) const override;

private:
    bool m_decade;
};

} // namespace steward
