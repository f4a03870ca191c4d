#pragma once

#include "core/documents/DocumentCompleteness.h"
#include "core/documents/DocumentExporter.h"
#include "core/documents/DocumentFacts.h"
#include "core/documents/DocumentKind.h"
#include "core/release/Release.h"

#include <QWidget>

class QUndoStack;

namespace steward {
class ProjectStore;
}

namespace steward::ui {

// The Agreement or the Assessment tab of a release: structured editors on the left (one per
// section: clauses with "restore standard text", fields, the measures catalogue, the risk register,
// the action plan; generated blocks read-only), the live rendered preview on the right, an
// out-of-date banner listing what changed with Refresh, the version history (view, restore), undo
// and redo of edits (a QUndoStack; saving makes a new version), and Export PDF/HTML/JSON (off the
// UI thread, with progress and cancel). Everything that changes the project goes through
// DocumentService.
class DocumentEditor final : public QWidget {
    Q_OBJECT
public:
    explicit DocumentEditor(DocumentKind kind, QWidget *parent = nullptr);
    ~DocumentEditor() override;

    void setProject(ProjectStore *store); // nullptr: shows nothing
    // Shows the release's document quoting `facts` (the release view measures once for the
    // overview and both documents; empty facts while measuring: the editor says so and keeps the
    // last ones). Calling it again with new facts updates the out-of-date banner, not the text.
    void setRelease(const Release &release, const DocumentFacts &facts);
    void clear();

    DocumentKind kind() const { return m_kind; }
    Completeness completeness() const;
    bool isOutOfDate() const;

    // Edits not saved as a version yet (kept while the release stays the same; the release view
    // asks before it shows another release or closes).
    bool hasUnsavedChanges() const;
    // Saves the edits as a new version (Ctrl+S); false with the error shown when it fails.
    bool save();
    // Drops the unsaved edits (back to the latest version).
    void discardChanges();
    QUndoStack *undoStack() const;

    // Writes the document (the latest saved version, in `language`) off the UI thread; false when
    // an export runs already or nothing is shown. The Export menu asks for the file and language.
    bool startExport(DocumentFormat format, const QString &path, const QString &language);
    // Reads the exchange JSON back as a new version; false with the error (file, line, column)
    // shown when it is refused (nothing changes then).
    bool importJsonFile(const QString &path);
    // The versions dialog (view an old version, restore it).
    void showHistory();

signals:
    // After every load, edit, save, refresh, restore or import.
    void completenessChanged(const steward::Completeness &completeness);
    void outOfDateChanged(bool outOfDate);
    // A new version was saved (the release view refreshes its overview and the navigator).
    void documentSaved();
    void unsavedChangesChanged(bool unsaved);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class Private;
    DocumentKind m_kind;
    Private *d = nullptr;
};

} // namespace steward::ui
