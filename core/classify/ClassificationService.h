#pragma once

#include "core/classify/ClassificationTemplate.h"
#include "core/classify/DataDictionary.h"
#include "core/classify/DatasetAnalysis.h"
#include "core/classify/DatasetClassification.h"
#include "core/classify/DatasetProfiler.h"
#include "core/classify/DecisionBatch.h"
#include "core/classify/DecisionRequest.h"
#include "core/classify/DetectorSet.h"
#include "core/common/Cancellation.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace steward {

class ProjectStore;

// Field profiling, classification and the steward's decisions for the datasets of a project:
// what the classification view and the `profile`/`classify`/`dictionary` commands use.
//
// Threading: a service works on the ProjectStore's main connection and belongs to the thread
// that owns the store (the GUI thread). Only the static analyze() is meant for a worker thread.
// Every method that writes is ONE transaction including its audit entry; on failure nothing
// changes. Datasets are named by their current name.
class ClassificationService final {
    Q_DECLARE_TR_FUNCTIONS(steward::ClassificationService)
public:
    explicit ClassificationService(ProjectStore &store,
                                   std::shared_ptr<const DetectorSet> detectors = DetectorSet::builtin(),
                                   const QLocale &locale = QLocale());

    const std::shared_ptr<const DetectorSet> &detectors() const { return m_detectors; }

    // --- Reading --------------------------------------------------------------------------
    // Profiles (cached), suggestions and decisions of every field of the dataset's current
    // version, in column order. `analyzed` is false when the dataset was never profiled or was
    // replaced since: then run analyze() + store() (or analyzeNow()).
    Result<DatasetClassification> load(const QString &dataset);

    // --- Profiling and classification ----------------------------------------------------
    // Thread-safe and read-only: profiles the dataset on secondary connections of `store`
    // (DatasetProfiler: progress = fields done of total, cancel interrupts sqlite) and classifies
    // each field. Uses the cached profiles of the dataset's version unless `refresh`; reading the
    // cache opens its own connection too. Typical GUI use:
    //   auto future = QtConcurrent::run([&store, info, dets, token] {
    //       return ClassificationService::analyze(store, info, dets, progressCb, token.get()); });
    //   // on QFutureWatcher::finished, on the GUI thread: service.storeAnalysis(future.result().value())
    static Result<DatasetAnalysis> analyze(const ProjectStore &store, const DatasetInfo &dataset,
                                           const std::shared_ptr<const DetectorSet> &detectors,
                                           const ProgressCallback &progress = {},
                                           const CancellationToken *cancel = nullptr,
                                           bool refresh = false,
                                           const DatasetProfilerOptions &options = {},
                                           const QLocale &locale = QLocale());
    // Writes an analysis (profile cache + suggestions, audit "classification.analyze") in one
    // transaction. Refuses (BadInput) an analysis of a version that is no longer current.
    // Decisions are kept; a confirmed field whose suggestion or type changed becomes stale.
    Status storeAnalysis(const DatasetAnalysis &analysis);
    // analyze() + store() on the calling thread, for the CLI and tests.
    Result<DatasetClassification> analyzeNow(const QString &dataset, const ProgressCallback &progress = {},
                                             const CancellationToken *cancel = nullptr,
                                             bool refresh = false);

    // Runs the classifier again over the cached profiles (profiling when the cache is incomplete) and
    // stores the suggestions, e.g. after the rule files changed.
    Result<DatasetClassification> reclassify(const QString &dataset,
                                             const ProgressCallback &progress = {},
                                             const CancellationToken *cancel = nullptr);

    // --- Decisions (each call one transaction with one audit entry) ------------------------
    // Confirms, overrides or reopens one or several fields. Errors, with nothing written:
    // Usage for an override that differs from the suggestion without a reason, or a grade outside
    // 1-5; BadInput for an unknown field, a field without a current suggestion (not analyzed),
    // or the same field twice. Audit "classification.decide" lists field, kind, role, category,
    // grade and reason of each request.
    Result<DecisionBatch> decide(const QString &dataset, const QList<DecisionRequest> &requests);
    // For QUndoStack: writes batch.before (undo) or batch.after (redo) back exactly, audit
    // "classification.undo"/"classification.redo". Works by dataset id (survives a rename).
    Status undo(const DecisionBatch &batch);
    Status redo(const DecisionBatch &batch);

    // --- Reuse ----------------------------------------------------------------------------
    // Applies the confirmed decisions of dataset `source` to `target` (fields matched by name).
    // A matched field whose type and suggestion equal the ones the source decision was made
    // against gets that decision, confirmed (origin "dataset:SOURCE"); a matched field that
    // changed gets it as an unconfirmed previous decision; fields without a match stay as they
    // are. So afterwards needsDecision lists only what is new or changed. `target` must be
    // analyzed (BadInput otherwise). Audit "classification.apply".
    Result<DecisionBatch> applyFromDataset(const QString &target, const QString &source);
    Result<DecisionBatch> applyTemplate(const QString &target, const ClassificationTemplate &tmpl);

    // The confirmed decisions of a dataset as a template (not stored anywhere yet).
    Result<ClassificationTemplate> makeTemplate(const QString &dataset, const QString &name);
    // Templates stored in the project (audit "template.save" / "template.delete").
    Status saveTemplate(const ClassificationTemplate &tmpl);
    Result<QStringList> templateNames();
    Result<ClassificationTemplate> loadTemplate(const QString &name);
    Status deleteTemplate(const QString &name);

    // --- Export ---------------------------------------------------------------------------
    // Writes the data dictionary (QSaveFile) and appends audit "dictionary.export" (file name,
    // format, field count). Returns the number of fields written.
    Result<int> exportDictionary(const QString &dataset, const QString &path,
                                 DataDictionary::Format format);

    // --- Analysis and what follows it, at once -------------------------------------------
    enum class Analysis {
        LoadOnly,   // never profile or classify
        IfNeeded,   // profile and classify only when the current version has not been
        Reclassify, // classify again (from the cached profiles when there are any)
        Reprofile,  // profile again, ignoring the cache
    };
    // Analyses the dataset as `mode` asks (progress and cancel as analyzeNow; *ran says whether
    // anything was profiled or classified), then runs `work` with its classification, all of it
    // ONE transaction: when the analysis or `work` fails nothing is kept, not even the profile
    // cache, so that a command built on it changes nothing when it fails.
    Status withClassification(const QString &dataset, Analysis mode,
                              const std::function<Status(const DatasetClassification &)> &work,
                              const ProgressCallback &progress = {},
                              const CancellationToken *cancel = nullptr, bool *ran = nullptr);

private:
    ProjectStore &m_store;
    std::shared_ptr<const DetectorSet> m_detectors;
    QLocale m_locale;
};

} // namespace steward
