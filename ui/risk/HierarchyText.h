#pragma once

#include "core/hierarchy/HierarchySpec.h"
#include "core/mask/MaskRule.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace steward::ui {

// Hierarchies and rules in the words of the anonymize dialog.
class HierarchyText final {
    Q_DECLARE_TR_FUNCTIONS(steward::ui::HierarchyText)
public:
    // The builder and its levels: "date: day → month → quarter → year → 5-year → *".
    static QString levels(const HierarchySpec &spec);
    // The name of one level of a spec ("year"), or "level N" when the spec cannot say.
    static QString levelName(const HierarchySpec &spec, int level);
    // How far a stored rule already generalises its field, for the "at least" column: the level
    // of a hierarchy rule ("year", "level 2"), else the rule as the Masking tab shows it; empty
    // for no rule or keep (no floor).
    static QString floorOf(const std::optional<MaskRule> &rule,
                           const std::optional<HierarchySpec> &storedHierarchy);
};

} // namespace steward::ui
