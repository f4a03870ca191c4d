#pragma once

#include "ui/datasets/DatasetUndoStacks.h"
#include "core/classify/DatasetClassification.h"
#include "core/classify/DecisionBatch.h"
#include "core/classify/DecisionRequest.h"
#include "core/common/Result.h"
#include "core/store/DatasetInfo.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QLineEdit;
class QSplitter;
class QTableView;
class QToolBar;
class QUndoGroup;
class QUndoStack;

namespace steward {
class ClassificationService;
class ProjectStore;
struct DatasetAnalysis;
} // namespace steward

namespace steward::ui {

class ClassificationFilterModel;
class ClassificationHeader;
class ClassificationModel;
class ClassificationOverviewChart;
class ClassificationRunner;
class ClassificationTable;
class ClassificationTemplateActions;
class DataDictionaryExport;
class FieldProfilePanel;
class InlineMessage;

// The classification of one dataset: a table with one row per field (suggestion, evidence,
// confidence, decision; tinted by grade), the field's profile and charts on the side, the
// dataset's grade and "N of M fields need a decision" above with an overview chart. Profiling
// runs in the background with progress and Cancel; decisions are written at once (one
// transaction and audit entry each) and can be undone (one QUndoStack per dataset, in
// undoGroup()). Keyboard: arrows move, Space or Ctrl+Return confirms the selected fields and
// moves to the next field that needs a decision, Ctrl+E overrides (or a double click),
// Ctrl+Backspace reopens, F8 jumps to the next field that needs a decision, F5 profiles again.
// Composed of ClassificationHeader (grade, counts, progress, overview), a tool bar with the
// decisions, ClassificationTemplateActions and DataDictionaryExport, the filter beside it, the
// ClassificationTable and the FieldProfilePanel; the view owns the decisions and profiling.
class ClassificationView final : public QWidget {
    Q_OBJECT
public:
    explicit ClassificationView(QWidget *parent = nullptr);
    ~ClassificationView() override;

    // The project whose datasets are classified (nullptr when none: stops profiling and drops
    // the undo history). The store must stay open until setProject(nullptr).
    void setProject(ProjectStore *store);
    // The project's datasets: sources for "Apply from Dataset"; the undo history of a dataset
    // that is gone or was replaced by a new version is dropped.
    void setDatasets(const QList<DatasetInfo> &datasets);
    // Shows a dataset (reads its stored classification; profiles it when it never was and the
    // view is active and auto-profiling is on).
    void showDataset(const DatasetInfo &dataset);
    void clearDataset();
    // Whether the view is on screen: its undo stack is active in undoGroup() only then, and a
    // dataset that was never profiled is profiled when the view becomes active.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setAutoProfile(bool autoProfile) { m_autoProfile = autoProfile; }

    bool hasDataset() const { return m_dataset.id != 0; }
    const DatasetInfo &dataset() const { return m_dataset; }
    const DatasetClassification &classification() const;
    bool isProfiling() const;
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QUndoStack *undoStack() const; // of the shown dataset, nullptr when none

    // Widgets and actions, for the main window and tests.
    QTableView *tableView() const;
    ClassificationModel *model() const { return m_model; }
    ClassificationFilterModel *filterModel() const { return m_filter; }
    FieldProfilePanel *profilePanel() const { return m_panel; }
    ClassificationOverviewChart *overviewChart() const;
    ClassificationRunner *runner() const { return m_runner; }
    QAction *profileAction() const { return m_profileAction; }
    QAction *confirmAction() const { return m_confirmAction; }
    QAction *overrideAction() const { return m_overrideAction; }
    QAction *reopenAction() const { return m_reopenAction; }
    QAction *nextAction() const { return m_nextAction; }
    QAction *needsDecisionFilterAction() const { return m_filterAction; }
    // Apply from Dataset and the templates; Export Dictionary.
    ClassificationTemplateActions *templateActions() const { return m_templateActions; }
    DataDictionaryExport *dictionaryExport() const { return m_dictionaryExport; }
    QString headerText() const;   // "Dataset grade 4 · 3 of 18 fields need a decision"
    QString messageText() const;  // the inline message shown, "" when none

    // Selected fields (by name, in table order); the current field when nothing is selected.
    QStringList selectedFields() const;
    QString currentField() const;
    bool selectField(const QString &name);

    // The operations behind the actions, without their dialogs (also for tests).
    bool startProfiling(bool refresh);
    void cancelProfiling();
    bool confirmSelected();
    bool overrideFields(const QStringList &fields, FieldRole role, int grade,
                        std::optional<DataCategory> category, const QString &reason);
    bool reopenSelected();
    bool goToNextNeedingDecision();

    // For the template actions and the dictionary export: the project's classification service
    // (nullptr without a project) and datasets, an error shown above the table, and a batch the
    // service applied (from another dataset or a template) recorded as one undo step, after
    // which only the fields still open are shown.
    ClassificationService *service() const { return m_service.get(); }
    const QList<DatasetInfo> &datasets() const { return m_datasets; }
    void showError(const QString &what, const Error &error);
    void recordApplied(const DecisionBatch &batch, const QString &undoText, const QString &source);

public slots:
    // The override dialog (window-modal).
    void overrideSelectedWithDialog();

signals:
    // A short sentence for the status bar.
    void message(const QString &text);
    // The classification shown was (re)loaded: counts, grade or decisions may have changed.
    void classificationChanged();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createLayout();
    void fitToolBar();
    void reload();
    void updateHeader();
    void updateActions();
    void updatePanel();
    void showNotice(const QString &text);
    void clearMessage();

    // Writes the batch's requests and records the step for undo; then selects `next`.
    bool decide(const QList<DecisionRequest> &requests, const QString &undoText,
                const QString &next);
    void pushBatch(const DecisionBatch &batch, const QString &undoText);
    void batchWritten(const DecisionBatch &batch, const Status &status);
    QList<FieldClassification> fieldsNamed(const QStringList &names) const;

    void profilingStarted();
    void profilingProgress(qint64 done, qint64 total);
    void profilingSucceeded(const DatasetAnalysis &analysis);
    void profilingFinished();

    ProjectStore *m_store = nullptr;
    std::shared_ptr<ClassificationService> m_service;
    QList<DatasetInfo> m_datasets;
    DatasetInfo m_dataset;
    bool m_active = false;
    bool m_autoProfile = true;
    std::optional<Error> m_rulesError; // a user/project rule file that failed to load
    bool m_autoProfiled = false; // this dataset version was profiled automatically once

    ClassificationModel *m_model;
    ClassificationFilterModel *m_filter;
    ClassificationRunner *m_runner;
    DatasetUndoStacks *m_undoGroup;

    ClassificationHeader *m_header = nullptr;
    InlineMessage *m_message = nullptr;
    QToolBar *m_toolBar = nullptr;
    QWidget *m_filterBar = nullptr;
    QCheckBox *m_filterCheck = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    ClassificationTable *m_table = nullptr;
    FieldProfilePanel *m_panel = nullptr;
    QSplitter *m_splitter = nullptr;
    ClassificationTemplateActions *m_templateActions = nullptr;
    DataDictionaryExport *m_dictionaryExport = nullptr;

    QAction *m_profileAction = nullptr;
    QAction *m_confirmAction = nullptr;
    QAction *m_confirmSpaceAction = nullptr;
    QAction *m_overrideAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_searchAction = nullptr;
};

} // namespace steward::ui
