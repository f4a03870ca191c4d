#pragma once

#include "core/hierarchy/HierarchySpec.h"
#include "core/risk/AnonymizationService.h"
#include "core/store/DatasetInfo.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class QDoubleSpinBox;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QUndoStack;

namespace steward {
class ProjectStore;
struct Error;
}

namespace steward::ui {

class AnonymizeResultView;
class AnonymizeRunner;
class InlineMessage;
class PrivacyModelPanel;
class QuasiFieldTable;

// Automatic anonymization of one dataset. The steward starts from what the project says (the
// classification's quasi-identifiers and sensitive attributes, stored hierarchies and rules, a
// stored record suppression): per quasi-identifier the hierarchy the search will use (stored,
// else the one Steward suggests from the field's profile, or a CSV file) and the floor its
// stored rule sets; the privacy models (k, l-diversity or t-closeness per sensitive attribute,
// risk ceilings) and the suppression limit. Run searches the least-loss generalisation off the
// UI thread (progress, Cancel); the Result tab then shows what applying it would do — levels,
// what each field's stored rule becomes, loss per field, classes, suppression, risk, l and t —
// before Apply stores the rules plus the record suppression (one step) and closes the dialog.
// Changing an input discards a shown result, so what is applied is always what is shown; a
// problem of the inputs shows inline and keeps Run disabled.
class AnonymizeDialog final : public QDialog {
    Q_OBJECT
public:
    enum Tab { FieldsTab, ModelsTab, ResultTab };

    AnonymizeDialog(ProjectStore &store, const DatasetInfo &dataset, QWidget *parent = nullptr);
    ~AnonymizeDialog() override;

    // The request the inputs describe (quasi-identifiers in column order).
    AnonymizationRequest request() const;
    bool isRunning() const;
    // The result of the last search, until an input changes.
    const std::optional<AnonymizationOutcome> &outcome() const { return m_outcome; }

    void run();
    void cancel();
    // Stores the shown result (AnonymizationService::apply, or the handler when one is set, e.g.
    // to make it an undoable step); on success emits applied() and accepts the dialog.
    void apply();
    using ApplyHandler = std::function<Status(const AnonymizationOutcome &)>;
    void setApplyHandler(ApplyHandler handler) { m_applyHandler = std::move(handler); }
    // Opens the hierarchy editor for a field and takes what it stores.
    void editHierarchy(const QString &field);
    // The editor saves a hierarchy as a step of this stack (it must outlive the dialog), so that
    // Undo in the Masking tab takes it back; without one it writes directly.
    void setProjectUndoStack(QUndoStack *stack) { m_projectUndo = stack; }

    // Closing while a search runs cancels it first.
    void reject() override;

signals:
    // A search finished with a result (Apply is enabled).
    void resultReady();
    // A search ended without a result: failed (the message is shown inline) or cancelled.
    void runEnded();
    // The rules and the record suppression of the result were stored.
    void applied();

private:
    void preselect();
    // The hierarchy a field gets when nothing is stored for it: its rule's builder, else the
    // suggestion from its profile.
    void loadHierarchy(int row);
    void inputChanged();
    void clearResult();
    void showOutcome(const AnonymizationOutcome &outcome);
    void showError(const Error &error);
    void updateState();
    // "age 39 → 30–39": a value of the field and its label at `level`.
    QString exampleOf(const QString &field, int level) const;

    ProjectStore &m_store;
    ApplyHandler m_applyHandler;
    QUndoStack *m_projectUndo = nullptr;
    DatasetInfo m_dataset;
    std::optional<AnonymizationOutcome> m_outcome;
    AnonymizationRequest m_outcomeRequest; // the request m_outcome answers
    // Per field: the suggestion from the profile, the builder of its stored rule, and a few of
    // its values for the result's examples.
    QHash<QString, std::pair<HierarchySpec, QString>> m_suggested;
    QHash<QString, HierarchySpec> m_ruleBuilders;
    QHash<QString, QStringList> m_values;
    AnonymizeRunner *m_runner;
    QTabWidget *m_tabs;
    QuasiFieldTable *m_fieldTable;
    PrivacyModelPanel *m_models;
    AnonymizeResultView *m_resultView;
    QSpinBox *m_kSpin;
    QDoubleSpinBox *m_limitSpin;
    QPushButton *m_runButton;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    InlineMessage *m_message;
    QPushButton *m_applyButton;
    QPushButton *m_closeButton;
    bool m_noQuasiNotice = false; // the "no field classified" notice is shown
    bool m_problemShown = false;  // the message shows a problem of the inputs
};

} // namespace steward::ui
