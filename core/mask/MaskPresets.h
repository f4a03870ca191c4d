#pragma once

#include "core/classify/DatasetClassification.h"
#include "core/mask/MaskRule.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <utility>

namespace steward {

// Ready-made rule sets for a kind of release, computed from a dataset's classification like
// RuleSuggester (the confirmed role of a field, else the suggested one, and the recognised
// concept). What each does is in core/mask/README.md ("Rule templates and presets"); both are
// starting points the steward reviews, not a legal determination.
enum class MaskPreset {
    // HIPAA Safe Harbor (45 CFR 164.514(b)(2)): the 18 identifier kinds removed.
    HipaaSafeHarbor,
    // A GB/T 39725-2020-style controlled release: identifiers removed or pseudonymised,
    // quasi-identifiers generalised, sensitive attributes kept (diagnosis codes coarsened).
    Gbt39725Controlled,
};

struct MaskPresetOptions {
    // HIPAA only. Safe Harbor allows a re-identification code only when it is not derived from
    // information about the person — unless it is keyed with a secret that is never disclosed
    // (§164.514(c)). Steward's pseudonym is an HMAC of the subject's ID with the project secret,
    // so it is derived from the ID: by default the preset drops the subject key (strict); with
    // this option the subject key becomes the keyed pseudonym, which the steward then has to
    // justify as a §164.514(c) code (the secret stays in the project and is never released).
    bool subjectPseudonym = false;
};

class MaskPresets final {
    Q_DECLARE_TR_FUNCTIONS(steward::MaskPresets)

public:
    static QString name(MaskPreset preset); // "hipaa-safe-harbor", "gbt39725-controlled"
    static std::optional<MaskPreset> fromName(QStringView name); // case-insensitive
    static QStringList names();
    static QString label(MaskPreset preset);       // translated, for menus
    static QString description(MaskPreset preset); // translated, one paragraph

    // Every column gets a rule (keep included), in column order.
    static QList<std::pair<QString, MaskRule>> rules(MaskPreset preset,
                                                     const DatasetClassification &classification,
                                                     const MaskPresetOptions &options = {});
    // One field's rule given the dataset's subject key (RuleSuggester::subjectKey()).
    static MaskRule ruleFor(MaskPreset preset, const FieldClassification &field,
                            const QString &subjectKey, const MaskPresetOptions &options = {});

    // Whether the field holds ICD-10 codes: a diagnosis code whose values the ICD-10 detectors
    // recognise (most of them when profiled), so that recoding to the category suppresses few.
    static bool isIcd10Field(const FieldClassification &field);
    // Whether the field holds mainland resident ID numbers (detector `resident_id`).
    static bool isResidentIdField(const FieldClassification &field);
};

} // namespace steward
