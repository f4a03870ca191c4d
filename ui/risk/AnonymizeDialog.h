#pragma once

#include "core/risk/AnonymizationService.h"
#include "core/store/DatasetInfo.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <optional>

class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace steward {
class ProjectStore;
struct Error;
}

namespace steward::ui {

class AnonymizeRunner;
class InlineMessage;

// Automatic k-anonymity for one dataset: the steward picks the quasi-identifiers (pre-checked
// from the classification), their value hierarchies, weights and level caps, the target k and
// the suppression limit; Run searches the least-loss generalisation off the UI thread (progress,
// Cancel); the result (level per field, smallest class, suppressed records, information loss)
// can then be applied as the fields' rules plus the record suppression, which closes the dialog.
// Each level of the result is explained with an example value of its hierarchy, and once a
// result shows Apply is the default button.
// Changing an input discards a shown result, so what is applied is always what is shown.
class AnonymizeDialog final : public QDialog {
    Q_OBJECT
public:
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
    struct FieldRow {
        QString name;
        QLineEdit *file = nullptr;
        QPushButton *browse = nullptr;
        QDoubleSpinBox *weight = nullptr;
        QSpinBox *maxLevel = nullptr;
    };

    void buildFieldTable();
    void preselect();
    bool isQuasi(int row) const;
    void browseHierarchy(int row);
    void clearResult();
    void showOutcome(const AnonymizationOutcome &outcome);
    void showError(const Error &error);
    void updateState();
    void fitLevelTable();
    // "age 39 → 30–39": a value of the field's hierarchy and its label at `level`.
    static QString exampleOf(const QString &field, const QString &hierarchyFile, int level);

    ProjectStore &m_store;
    ApplyHandler m_applyHandler;
    DatasetInfo m_dataset;
    QList<FieldRow> m_rows;
    std::optional<AnonymizationOutcome> m_outcome;
    AnonymizeRunner *m_runner;
    QTableWidget *m_fieldTable;
    QSpinBox *m_kSpin;
    QDoubleSpinBox *m_limitSpin;
    QPushButton *m_runButton;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    InlineMessage *m_message;
    QGroupBox *m_resultBox;
    QTableWidget *m_levelTable;
    QLabel *m_summary;
    QLabel *m_suppressionNote;
    QPushButton *m_applyButton;
    QPushButton *m_closeButton;
    bool m_noQuasiNotice = false; // the "no field classified" notice is shown
};

} // namespace steward::ui
