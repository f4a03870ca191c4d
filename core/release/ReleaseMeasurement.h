#pragma once

#include "core/classify/DatasetClassification.h"
#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/consent/ConsentRegister.h"
#include "core/mask/MaskRule.h"
#include "core/mask/ProjectSecret.h"
#include "core/mask/RecordSuppression.h"
#include "core/release/Release.h"
#include "core/risk/DatasetRiskAnalysis.h"
#include "core/store/DatasetInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace steward {

class ProjectStore;

// One dataset of a release as it would leave today: its classification (decisions, else
// suggestions), its masking rules and record suppression, and the risk of the masked data
// measured with the release policy's k (quasi-identifiers and sensitive attributes from the
// classification) with the stored data as baseline (withBaseline) for "before measures".
struct DatasetMeasurement {
    DatasetInfo dataset;
    DatasetClassification classification;
    QList<std::pair<QString, MaskRule>> rules; // every field with a rule (absent = keep)
    std::optional<RecordSuppression> recordSuppression;
    DatasetRiskResult risk;
    // Distinct subjects: distinct non-empty values of the first direct identifier whose concept
    // names a person (resident id, medical record / inpatient / outpatient / card number);
    // -1 when the dataset has no such field.
    qint64 subjects = -1;
    QString subjectField;
    // With a consent register attached: the records left out for want of valid consent for the
    // release's purpose, by reason. The risk above is measured on the records that remain.
    std::optional<ConsentExclusion> consent;

    // The rule that applies to a field (keep when none).
    MaskRule ruleFor(const QString &field) const;
};

// Datasets of the release that no longer exist are skipped (PolicyCheck reports them).
// Measures every dataset of a release — what both the policy check and the documents quote.
// Reads only; analyses a dataset's classification first when it never was (as `risk` does).
// The project secret comes from `secret` (the GUI's unlocked one) or else from `passphrase`, asked
// only when a rule needs it (Verification error "the project secret is locked" when both are
// empty and one is needed). Runs on any thread with its own
// connection (a secondary store off the UI thread). Progress counts rows over all datasets.
class ReleaseMeasurement final {
    Q_DECLARE_TR_FUNCTIONS(steward::ReleaseMeasurement)
public:
    static Result<QList<DatasetMeasurement>> run(ProjectStore &store, const Release &release,
                                                 const std::optional<ProjectSecret> &secret,
                                                 const std::function<Result<QString>()> &passphrase,
                                                 const ProgressCallback &progress = {},
                                                 const CancellationToken *cancel = nullptr);
};

} // namespace steward
