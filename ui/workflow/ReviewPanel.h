#pragma once

#include "core/common/Error.h"
#include "core/mask/ProjectSecret.h"
#include "core/workflow/WorkflowService.h"

#include <QGroupBox>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace steward {
class ProjectStore;
class SigningIdentity;
}

namespace steward::ui {

template <typename Value>
class BackgroundJob;
class InlineMessage;

// The review of a release (WorkflowService): its state (draft, submitted, approved) and what it
// still needs, Submit for Review, Save Review Package (off the UI thread), Import Decision (a
// reviewer's signed file), Decide with a Key (a reviewer on this machine: the key is unlocked off
// the UI thread), the decisions recorded (signer, role, time, whether it still counts), the
// rejections with their comments, and a banner when a change invalidated the approvals.
class ReviewPanel final : public QGroupBox {
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget *parent = nullptr);
    ~ReviewPanel() override;

    void setProject(ProjectStore *store);
    void setSecretProvider(std::function<std::optional<ProjectSecret>()> provider);
    void setRelease(const QString &name);
    // The gates failing now (submitting needs all but "approvals" to hold).
    void setFailingGates(const QStringList &failing);
    // Reads the state again (it may reconcile: a change since the submission invalidates it).
    void refresh();

    const ReviewState &state() const { return m_state; }
    bool isBusy() const;

    // The actions, also for tests (the buttons open dialogs, then call these).
    bool submit();
    void saveReviewPackage(const QString &path);
    bool importDecision(const QString &path);
    // Unlocks the key off the UI thread, then signs and records; decisionFinished() follows.
    void decideWithKey(const QString &keyFile, const QString &passphrase, bool approve,
                       const QString &comment);
    // Stops background work (the project closes).
    void stop();

signals:
    // The release's review state changed (submitted, decided, invalidated): the view reloads.
    void stateChanged();
    void message(const QString &text);
    void decisionFinished(bool recorded);
    void reviewPackageFinished(bool written);

private:
    void buildUi();
    void update();
    void showError(const QString &what, const Error &error);
    void showNotice(const QString &text);
    void askImport();
    void askDecide();
    void askPackagePath();
    void recordDecision(const SigningIdentity &identity);

    ProjectStore *m_store = nullptr;
    std::function<std::optional<ProjectSecret>()> m_secretProvider;
    QString m_release;
    QStringList m_failing;
    ReviewState m_state;
    bool m_known = false;
    QString m_lastInvalidation;

    struct PendingDecision {
        bool approve = false;
        QString comment;
    };
    PendingDecision m_pending;
    std::unique_ptr<BackgroundJob<std::shared_ptr<SigningIdentity>>> m_keyJob;
    std::unique_ptr<BackgroundJob<QString>> m_packageJob;

    QLabel *m_stateLabel = nullptr;
    QLabel *m_needs = nullptr;
    InlineMessage *m_banner = nullptr;
    InlineMessage *m_rejections = nullptr;
    InlineMessage *m_result = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_package = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_decide = nullptr;
    QWidget *m_progressRow = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QTreeWidget *m_decisions = nullptr;
};

} // namespace steward::ui
