#pragma once

#include "core/hierarchy/LevelFunction.h"

#include <QCoreApplication>

namespace steward {

// icd10: a code → its 3-character category "I21" → block "I20-I25" → chapter "I00-I99" → * (WHO
// ICD-10 2019; national extensions such as "I21.900x001" read as their category). A category in no
// block keeps its own name at the block level.
class Icd10Levels final : public LevelFunction {
    Q_DECLARE_TR_FUNCTIONS(steward::Icd10Levels)
public:
    int height() const override { return 4; }
    bool label(std::string_view value, int level, std::string &out) const override;
    QString levelName(int level) const override;
    QString describe(int level) const override;
};

} // namespace steward
