#pragma once

#include "ui/hierarchy/HierarchyFieldValues.h"
#include "core/hierarchy/HierarchySpec.h"
#include "core/store/DatasetInfo.h"

#include <QDialog>
#include <QString>

#include <optional>

class QAction;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QUndoStack;

namespace steward {
class ProjectStore;
}

namespace steward::ui {

class HierarchyBuilderForm;
class HierarchyLevelsModel;
class HierarchyValueLoader;
class InlineMessage;

// The generalisation hierarchy of one field, to inspect and edit before anonymizing: the builder
// and its parameters above, the levels below as a table (one row per distinct value, one column
// per level, each label with the records it covers), read from the field's values in the
// background. Opens on the hierarchy stored for the field, else on the one suggested from the
// field's profile. Every edit is a step of the dialog's own undo history (Ctrl+Z,
// Ctrl+Shift+Z); Import CSV makes the levels a table read from a file (`value;level1;…;*`),
// Export CSV writes the levels shown. Save stores the hierarchy through HierarchyService (one
// audited transaction) — as a step of the project undo stack given with setProjectUndoStack(),
// so that Undo in the Masking tab takes the saved hierarchy back; then spec() is what was saved.
class HierarchyEditorDialog final : public QDialog {
    Q_OBJECT
public:
    HierarchyEditorDialog(ProjectStore &store, const DatasetInfo &dataset, const QString &field,
                          QWidget *parent = nullptr);
    ~HierarchyEditorDialog() override;

    // Opens the editor modally; the saved hierarchy, or nullopt when the steward cancelled.
    static std::optional<HierarchySpec> edit(ProjectStore &store, const DatasetInfo &dataset,
                                             const QString &field, QWidget *parent = nullptr,
                                             QUndoStack *projectUndoStack = nullptr);

    // Save pushes its write on this stack (it must outlive the dialog); without one it writes
    // directly.
    void setProjectUndoStack(QUndoStack *stack) { m_projectUndo = stack; }

    // What Save stored; before a save, the hierarchy the dialog opened on.
    const HierarchySpec &spec() const { return m_saved; }
    // The hierarchy shown (edited, not necessarily saved).
    const HierarchySpec &currentSpec() const { return m_spec; }
    // The hierarchy suggested from the field's profile and type.
    const HierarchySpec &suggestedSpec() const { return m_suggested; }
    bool wasStored() const { return m_stored.has_value(); }
    bool valuesLoaded() const { return m_valuesLoaded; }
    QString field() const { return m_field; }

    // The operations behind the buttons, without file dialogs (also for tests). Each returns
    // false when nothing changed (the reason is shown inline).
    bool setSpec(const HierarchySpec &spec, const QString &undoText);
    bool importFile(const QString &path);
    bool exportFile(const QString &path);
    bool save();

    QUndoStack *undoStack() const { return m_undo; }
    HierarchyBuilderForm *form() const { return m_form; }
    HierarchyLevelsModel *levelsModel() const { return m_levels; }
    QTableView *levelsView() const { return m_levelsView; }
    QString errorText() const;
    QString summaryText() const;

public slots:
    void accept() override; // Save
    void reject() override; // asks before dropping unsaved edits

private:
    void showSpec(const HierarchySpec &spec);
    void fitParameters();
    void rebuild();
    void takeValues(const HierarchyFieldValues &values);
    void showError(const QString &text);
    void chooseImportFile();
    void chooseExportFile();
    void updateButtons();

    ProjectStore &m_store;
    DatasetInfo m_dataset;
    QString m_field;
    int m_position = -1;
    HierarchySpec m_spec;
    HierarchySpec m_saved;
    HierarchySpec m_suggested;
    std::optional<HierarchySpec> m_stored;
    HierarchyFieldValues m_values;
    bool m_valuesLoaded = false;
    bool m_buildOk = false;
    QUndoStack *m_projectUndo = nullptr;

    QUndoStack *m_undo;
    HierarchyValueLoader *m_loader;
    HierarchyLevelsModel *m_levels;
    HierarchyBuilderForm *m_form = nullptr;
    InlineMessage *m_origin = nullptr;
    InlineMessage *m_error = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_levelsView = nullptr;
    QSplitter *m_splitter = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_suggestedButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace steward::ui
