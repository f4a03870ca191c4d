#pragma once

#include "core/mask/ProjectSecret.h"

#include <QWidget>

#include <functional>
#include <optional>

class QTabWidget;

namespace steward {
class ProjectStore;
}

namespace steward::ui {

class DocumentEditor;
class ReleaseWorkflowView;

// A release, opened from the navigator: Overview (datasets, recipient, purpose, legal basis, mode,
// dates, the policy with tighten/loosen-with-reason, the live policy check, the completeness of
// both documents as progress), Agreement and Assessment (DocumentEditor), Review and Export
// (ReleaseWorkflowView: gates, review, export, release register). Measures the release
// (ReleaseMeasurement) off the UI thread when shown and whenever the project changes, and hands
// the facts to both editors.
class ReleaseView final : public QWidget {
    Q_OBJECT
public:
    explicit ReleaseView(QWidget *parent = nullptr);
    ~ReleaseView() override;

    void setProject(ProjectStore *store);
    // The unlocked project secret, if any (the masking tab's), for rules that need it.
    void setSecretProvider(std::function<std::optional<ProjectSecret>()> provider);
    void showRelease(const QString &name);
    QString releaseName() const;
    // Measures again (rules, decisions or datasets changed elsewhere).
    void projectChanged();

    QTabWidget *tabs() const;
    DocumentEditor *agreementEditor() const;
    DocumentEditor *assessmentEditor() const;
    // Review and Export: gates, review, export and the release register.
    ReleaseWorkflowView *workflowView() const;
    // Asks to save or discard document edits not saved yet (Save, Discard and, when `mayStay`,
    // Cancel: false). True when nothing is left unsaved. Before closing the project.
    bool confirmLeave(bool mayStay = true);
    // A measurement is running (tests wait for it to finish).
    bool isMeasuring() const;

public slots:
    // Asks for confirmation, then deletes the shown release (drafts only) with its documents.
    void deleteRelease();

signals:
    // The release was renamed or deleted, or its state changed: the navigator lists again.
    void releasesChanged(const QString &select);
    // A rule of the release needs the locked project secret: the window unlocks it (the Masking
    // tab's passphrase dialog) and calls projectChanged().
    void unlockRequested();
    // A short sentence for the status bar.
    void message(const QString &text);

private:
    class Private;
    Private *d = nullptr;
};

} // namespace steward::ui
