#pragma once

#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"
#include "core/documents/DocumentVersion.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace steward::ui {

// The versions of a release's document, newest first (version, what was done, who, when); the
// selected one is shown read-only as it was rendered then (its text and the facts it quoted), and
// Restore asks the editor to bring its content back as a new version.
class DocumentHistoryDialog final : public QDialog {
    Q_OBJECT
public:
    // `state` is the document now (release, kind); `versions` newest first.
    DocumentHistoryDialog(const DocumentState &state, const DocumentTemplate &tmpl,
                          const QList<DocumentVersion> &versions, QWidget *parent = nullptr);

    QTreeWidget *versionList() const { return m_list; }
    QTextBrowser *preview() const { return m_preview; }
    QPushButton *restoreButton() const { return m_restore; }
    int selectedVersion() const;
    void selectVersion(int version);

    // A version's action in words ("Edited", "Refreshed", "Restored version 2").
    static QString actionText(const DocumentVersion &version);

signals:
    void restoreRequested(int version);

private:
    void showSelected();

    DocumentState m_state;
    DocumentTemplate m_tmpl;
    QList<DocumentVersion> m_versions;
    QTreeWidget *m_list;
    QTextBrowser *m_preview;
    QPushButton *m_restore;
};

} // namespace steward::ui
