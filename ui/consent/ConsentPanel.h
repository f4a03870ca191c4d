#pragma once

#include "core/consent/ConsentRegister.h"
#include "core/store/DatasetInfo.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QProgressDialog;
class QToolButton;

namespace steward {
class ProjectStore;
struct Error;
}

namespace steward::ui {

class ConsentAttachRunner;

// One line about the shown dataset's consent register ("Consent: 1,204 persons — 1,180
// granted, 16 withdrawn, 8 refused") with the actions to attach (or replace) and detach it.
// Attaching runs off the UI thread with a progress dialog that can cancel; the counts are read
// again when it ends. A failure (a malformed register: its line and column) is shown in a
// warning box and in message().
class ConsentPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ConsentPanel(QWidget *parent = nullptr);
    ~ConsentPanel() override;

    // "Attach Consent Register…" and "Detach Consent Register", for the Dataset menu as well.
    QAction *attachAction() const { return m_attachAction; }
    QAction *detachAction() const { return m_detachAction; }
    ConsentAttachRunner *runner() const { return m_runner; }
    // The line as shown (for tests and accessibility).
    QString summaryText() const;

    // nullptr when the project closes (stops a running attachment first).
    void setProject(ProjectStore *store);
    void showDataset(const std::optional<DatasetInfo> &dataset);
    // Reads the register of the shown dataset again.
    void refresh();

public slots:
    // Attaches `file` to the shown dataset (what the action does after asking for the file and
    // the field); an empty `subjectField` lets the classification choose it.
    bool attachFile(const QString &file, const QString &subjectField = {});
    void detach();

signals:
    // A register was attached, replaced or detached: the release gates read it.
    void registerChanged(const QString &dataset);
    // A short outcome for the status bar.
    void message(const QString &text);

private:
    void chooseAndAttach();
    void attachFinished();
    void showError(const Error &error);
    void updateActions();

    ProjectStore *m_store = nullptr;
    std::optional<DatasetInfo> m_dataset;
    std::optional<ConsentRegisterInfo> m_register;
    QLabel *m_label;
    QToolButton *m_button;
    QAction *m_attachAction;
    QAction *m_detachAction;
    ConsentAttachRunner *m_runner;
    QPointer<QProgressDialog> m_progress;
    QString m_attaching; // dataset being attached to
};

} // namespace steward::ui
