#include "core/release/ReleaseMeasurement.h"

#include "core/classify/ClassificationService.h"
#include "core/consent/ConsentFilter.h"
#include "core/mask/MaskRuleService.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/RecordSuppressionStore.h"
#include "core/store/ProjectStore.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace steward {

namespace {

// The subject count's field (isPersonIdentifier, shared with the consent register).
bool namesPerson(const FieldClassification &f)
{
    return isPersonIdentifier(f);
}

Error secretLocked()
{
    Error e;
    e.code = ErrorCode::Verification;
    e.message = ReleaseMeasurement::tr("the project secret is locked");
    return e;
}

} // namespace

MaskRule DatasetMeasurement::ruleFor(const QString &field) const
{
    for (const auto &[name, rule] : rules) {
        if (name == field)
            return rule;
    }
    return MaskRule();
}

Result<QList<DatasetMeasurement>> ReleaseMeasurement::run(
    ProjectStore &store, const Release &release, const std::optional<ProjectSecret> &secret,
    const std::function<Result<QString>()> &passphrase, const ProgressCallback &progress,
    const CancellationToken *cancel)
{
    auto cancelled = [cancel] { return cancel && cancel->isCancelled(); };

    // The datasets that still exist, and their rows for the progress over all of them.
    QList<DatasetInfo> datasets;
    qint64 totalRows = 0;
    for (const QString &name : release.datasets) {
        if (!store.hasDataset(name))
            continue;
        auto info = store.dataset(name);
        if (!info)
            return info.error();
        totalRows += info->rowCount;
        datasets.append(std::move(*info));
    }

    QList<DatasetMeasurement> measurements;
    qint64 rowsBefore = 0;
    ClassificationService classifier(store);
    MaskRuleService rules(store);
    const QString projectFolder = QFileInfo(store.path()).absolutePath();
    for (const DatasetInfo &info : std::as_const(datasets)) {
        if (cancelled())
            return Error::cancelled();
        DatasetMeasurement m;
        m.dataset = info;

        // Analysed first when it never was, as `risk` does; the measurement itself runs outside
        // that transaction so that a long read holds no write lock.
        std::optional<DatasetClassification> classification;
        const Status classified = classifier.withClassification(
            info.name, ClassificationService::Analysis::IfNeeded,
            [&classification](const DatasetClassification &c) {
                classification = c;
                return Status();
            },
            {}, cancel);
        if (!classified)
            return classified.error();
        m.classification = std::move(*classification);

        // The figures depend only on the quasi-identifiers and sensitive attributes (and the
        // record suppression over them), so the project secret is needed only when one of THEIR
        // rules needs it (a date shift of an admission date); a keyed pseudonym of a direct
        // identifier does not change a single figure and is left out of the measurement. Most
        // releases are then measured without the passphrase's deliberately slow key derivation.
        QStringList measured;
        for (const FieldClassification &f : std::as_const(m.classification.fields)) {
            if (f.effectiveRole() == FieldRole::Quasi || f.effectiveRole() == FieldRole::Sensitive)
                measured.append(f.name);
        }
        auto planned = MaskRuleStore(store).planRules(info);
        if (!planned)
            return planned.error();
        bool measuredNeedsSecret = false;
        for (const auto &[field, rule] : std::as_const(*planned)) {
            if (rule.needsSecret() && measured.contains(field))
                measuredNeedsSecret = true;
        }
        MaskEnvironment environment;
        if (secret || !measuredNeedsSecret) {
            auto env = rules.environment(info);
            if (!env)
                return env.error();
            auto suppression = RecordSuppressionStore(store).load(info);
            if (!suppression)
                return suppression.error();
            environment = std::move(*env);
            if (secret)
                environment.secret = *secret;
            m.rules = std::move(*planned);
            m.recordSuppression = std::move(*suppression);
        } else {
            auto setup = rules.loadSetup(info, [&passphrase]() -> Result<QString> {
                if (!passphrase)
                    return secretLocked();
                return passphrase();
            });
            if (!setup)
                return setup.error();
            environment = std::move(setup->environment);
            m.rules = std::move(setup->rules);
            m.recordSuppression = std::move(setup->recordSuppression);
        }
        if (environment.baseDirectory.isEmpty())
            environment.baseDirectory = projectFolder;

        DatasetRiskOptions options;
        for (const FieldClassification &f : std::as_const(m.classification.fields)) {
            if (f.effectiveRole() == FieldRole::Quasi)
                options.quasi.append(f.name);
            else if (f.effectiveRole() == FieldRole::Sensitive)
                options.sensitive.append(f.name);
        }
        options.k = release.policy.minK;
        options.masked = true;
        for (const auto &[field, rule] : std::as_const(m.rules)) {
            if (environment.secret || !rule.needsSecret())
                options.rules.append({field, rule});
        }
        options.environment = environment;
        options.recordSuppression = m.recordSuppression;
        options.withBaseline = true;
        // Only the records with valid consent for the release's purpose leave, so only they are
        // measured; matched on the stored (unmasked) subject field.
        auto consent = ConsentFilter::load(store, info.id, release.consentPurpose);
        if (!consent)
            return consent.error();
        if (*consent) {
            int column = -1;
            for (const ColumnInfo &c : info.columns) {
                if (c.name == (*consent)->subjectField())
                    column = c.position;
            }
            ConsentFilter *filter = &**consent;
            // A register whose field a newer extract no longer has matches nobody: no record
            // leaves until it is attached again.
            options.recordFilterColumn = std::max(column, 0);
            options.keepRecord = [filter, column](std::string_view value) {
                if (column < 0)
                    return filter->keep(QString());
                return filter->keep(QString::fromUtf8(value.data(), qsizetype(value.size())));
            };
        }
        ProgressCallback rowProgress;
        if (progress) {
            rowProgress = [&progress, rowsBefore, totalRows, rows = info.rowCount](const Progress &p) {
                progress(Progress{rowsBefore + std::clamp<qint64>(p.done, 0, rows), totalRows});
            };
        }
        auto risk = DatasetRiskAnalysis::run(store, info, options, rowProgress, cancel);
        if (!risk)
            return risk.error();
        m.risk = std::move(*risk);
        if (*consent)
            m.consent = (*consent)->counts();

        for (const FieldClassification &f : std::as_const(m.classification.fields)) {
            if (!namesPerson(f))
                continue;
            qint64 distinct = 0;
            const Status counted = store.valueCounts(
                info.tableName, f.position, [&distinct, &cancelled](const QString &, qint64) {
                    ++distinct;
                    return !cancelled();
                });
            if (!counted)
                return counted.error();
            m.subjects = distinct;
            m.subjectField = f.name;
            break;
        }

        rowsBefore += info.rowCount;
        if (progress)
            progress(Progress{rowsBefore, totalRows});
        measurements.append(std::move(m));
    }
    return measurements;
}

} // namespace steward
