#include "ui/workflow/ReviewPanel.h"

#include "core/packaging/ReviewPackageWriter.h"
#include "core/signing/SigningIdentity.h"
#include "core/store/ProjectStore.h"
#include "ui/release/ReleaseText.h"
#include "ui/widgets/BackgroundJob.h"
#include "ui/widgets/ErrorText.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/PassphraseDialog.h"
#include "ui/workflow/DecideDialog.h"
#include "ui/workflow/WorkflowText.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace steward::ui {

namespace {

using KeyJob = BackgroundJob<std::shared_ptr<SigningIdentity>>;
using PackageJob = BackgroundJob<QString>;

enum DecisionColumn { SignerColumn, RoleColumn, DecisionColumn_, TimeColumn, CountsColumn };

Error lockedSecret()
{
    Error error;
    error.code = ErrorCode::Verification;
    error.message = ReviewPanel::tr(
        "A masking rule of this release needs the project secret, which is locked. Unlock it on "
        "the Masking tab first.");
    return error;
}

} // namespace

ReviewPanel::ReviewPanel(QWidget *parent) : QGroupBox(tr("Review"), parent)
{
    setObjectName(QStringLiteral("reviewPanel"));
    m_keyJob = std::make_unique<KeyJob>(
        this, KeyJob::Callbacks{
                  {},
                  [this](const std::shared_ptr<SigningIdentity> &identity) {
                      recordDecision(*identity);
                  },
                  [this](const Error &error) {
                      showError(tr("The key was not unlocked: %1"), error);
                      emit decisionFinished(false);
                  },
                  [this] { emit decisionFinished(false); },
                  [this] {
                      m_progressRow->hide();
                      update();
                  }});
    m_packageJob = std::make_unique<PackageJob>(
        this, PackageJob::Callbacks{
                  [this](qint64 done, qint64 total) {
                      if (total <= 0) {
                          m_progress->setRange(0, 0);
                          return;
                      }
                      m_progress->setRange(0, 1000);
                      m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
                  },
                  [this](const QString &path) {
                      showNotice(tr("Saved the review package %1. Give it to the reviewers.")
                                     .arg(QDir::toNativeSeparators(path)));
                      emit message(tr("Saved the review package of “%1”.").arg(m_release));
                      emit reviewPackageFinished(true);
                  },
                  [this](const Error &error) {
                      showError(tr("The review package was not saved: %1"), error);
                      emit reviewPackageFinished(false);
                  },
                  [this] {
                      showNotice(tr("Saving the review package was cancelled; nothing was left "
                                    "behind."));
                      emit reviewPackageFinished(false);
                  },
                  [this] {
                      m_progressRow->hide();
                      update();
                  }});
    buildUi();
    update();
}

ReviewPanel::~ReviewPanel()
{
    stop();
}

void ReviewPanel::buildUi()
{
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("reviewStateLabel"));
    QFont bold = m_stateLabel->font();
    bold.setBold(true);
    m_stateLabel->setFont(bold);
    m_stateLabel->setWordWrap(true);
    m_needs = new QLabel(this);
    m_needs->setObjectName(QStringLiteral("reviewNeeds"));
    m_needs->setWordWrap(true);

    m_banner = new InlineMessage(this);
    m_banner->setObjectName(QStringLiteral("invalidationBanner"));
    m_rejections = new InlineMessage(this);
    m_rejections->setObjectName(QStringLiteral("rejectionMessage"));
    m_result = new InlineMessage(this);
    m_result->setObjectName(QStringLiteral("reviewMessage"));

    m_submit = new QPushButton(tr("&Submit for Review"), this);
    m_submit->setObjectName(QStringLiteral("submitReviewButton"));
    m_submit->setToolTip(tr("Freeze the current content for the reviewers"));
    m_package = new QPushButton(tr("Save Review &Package…"), this);
    m_package->setObjectName(QStringLiteral("saveReviewPackageButton"));
    m_package->setToolTip(
        tr("The masked data, documents, risk and gates in one file for reviewers without the "
           "project"));
    m_import = new QPushButton(tr("&Import Decision…"), this);
    m_import->setObjectName(QStringLiteral("importDecisionButton"));
    m_import->setToolTip(tr("A decision file a reviewer signed on their own machine"));
    m_decide = new QPushButton(tr("&Decide with a Key…"), this);
    m_decide->setObjectName(QStringLiteral("decideButton"));
    m_decide->setToolTip(tr("A reviewer signs their decision here with their own key"));
    connect(m_submit, &QPushButton::clicked, this, [this] { submit(); });
    connect(m_package, &QPushButton::clicked, this, &ReviewPanel::askPackagePath);
    connect(m_import, &QPushButton::clicked, this, &ReviewPanel::askImport);
    connect(m_decide, &QPushButton::clicked, this, &ReviewPanel::askDecide);
    // Two rows of two: the panel stays narrow enough for half a 1280-pixel window in any
    // language.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_submit, 0, 0);
    buttons->addWidget(m_package, 0, 1);
    buttons->addWidget(m_import, 1, 0);
    buttons->addWidget(m_decide, 1, 1);

    m_progressRow = new QWidget(this);
    m_progressLabel = new QLabel(m_progressRow);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), m_progressRow);
    m_cancel->setObjectName(QStringLiteral("reviewCancelButton"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_keyJob->cancel();
        m_packageJob->cancel();
    });
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();

    auto *decisionsTitle = new QLabel(tr("Decisions"), this);
    decisionsTitle->setFont(bold);
    m_decisions = new QTreeWidget(this);
    m_decisions->setObjectName(QStringLiteral("decisionsList"));
    m_decisions->setRootIsDecorated(false);
    m_decisions->setUniformRowHeights(true);
    m_decisions->setHeaderLabels(
        {tr("Signer"), tr("Role"), tr("Decision"), tr("Time"), tr("Signed over")});
    // The signer's name takes what the other columns leave (elided, the tooltip has it all):
    // no sideways scrolling in half a 1280-pixel window.
    m_decisions->header()->setStretchLastSection(false);
    m_decisions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_decisions->header()->setSectionResizeMode(SignerColumn, QHeaderView::Stretch);
    m_decisions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_decisions->setMinimumHeight(m_decisions->fontMetrics().height() * 4);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_needs);
    layout->addWidget(m_banner);
    layout->addWidget(m_rejections);
    layout->addLayout(buttons);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_result);
    layout->addWidget(decisionsTitle);
    layout->addWidget(m_decisions, 1);
}

void ReviewPanel::setProject(ProjectStore *store)
{
    stop();
    m_store = store;
    m_release.clear();
    m_state = {};
    m_known = false;
    m_result->clearMessage();
    update();
}

void ReviewPanel::setSecretProvider(std::function<std::optional<ProjectSecret>()> provider)
{
    m_secretProvider = std::move(provider);
}

void ReviewPanel::setRelease(const QString &name)
{
    if (name != m_release) {
        stop();
        m_result->clearMessage();
    }
    m_release = name;
    refresh();
}

void ReviewPanel::setFailingGates(const QStringList &failing)
{
    m_failing = failing;
}

void ReviewPanel::refresh()
{
    const bool wasKnown = m_known;
    const QString before = m_state.state;
    m_known = false;
    if (m_store && !m_release.isEmpty()) {
        Result<ReviewState> state = WorkflowService(*m_store).state(m_release);
        if (state) {
            // Reading may reconcile (a change since the submission returns it to draft).
            const bool changed = wasKnown && state->state != before;
            m_state = *state;
            m_known = true;
            if (changed)
                emit stateChanged();
        } else {
            m_state = {};
            showError(tr("The review state cannot be read: %1"), state.error());
        }
    }
    update();
}

bool ReviewPanel::isBusy() const
{
    return m_keyJob->isRunning() || m_packageJob->isRunning();
}

void ReviewPanel::stop()
{
    m_keyJob->discard();
    m_packageJob->discard();
    if (m_progressRow)
        m_progressRow->hide();
}

void ReviewPanel::update()
{
    const bool ready = m_store && !m_release.isEmpty() && m_known;
    const bool busy = isBusy();
    const QLocale locale;
    if (!ready) {
        m_stateLabel->setText(m_release.isEmpty() ? QString() : tr("Review state unknown."));
        m_needs->clear();
        m_banner->clearMessage();
        m_rejections->clearMessage();
        m_decisions->clear();
    } else {
        const QString &s = m_state.state;
        if (s == QLatin1String("submitted"))
            m_stateLabel->setText(tr("State: %1 — submitted on %2 by %3")
                                      .arg(ReleaseText::state(s),
                                           WorkflowText::time(m_state.submittedAt),
                                           m_state.submittedBy));
        else
            m_stateLabel->setText(tr("State: %1").arg(ReleaseText::state(s)));
        const QString counts =
            tr("Approvals on the current content: compliance %1 of %2, ethics %3 of %4.")
                .arg(locale.toString(m_state.currentCompliance),
                     locale.toString(m_state.requiredCompliance),
                     locale.toString(m_state.currentEthics),
                     locale.toString(m_state.requiredEthics));
        if (s == QLatin1String("draft"))
            m_needs->setText(tr("Submit the release when its gates hold; the reviewers then "
                                "decide on exactly that content."));
        else
            m_needs->setText(counts);

        if (!m_state.invalidatedBy.isEmpty())
            m_banner->showMessage(
                InlineMessage::Kind::Error,
                tr("The approvals no longer count: %1 changed since the submission. Submit the "
                   "release again for review.")
                    .arg(m_state.invalidatedBy.join(tr(", "))));
        else
            m_banner->clearMessage();

        QStringList rejected;
        const QList<ReviewDecision> rejections = m_state.rejections();
        for (const ReviewDecision &r : rejections) {
            QString line = tr("Rejected by %1 (%2): %3")
                               .arg(r.signerName, WorkflowText::role(r.signerRole),
                                    r.comment.isEmpty() ? tr("no comment") : r.comment);
            for (const SectionMark &mark : r.sections) {
                if (mark.mark == QLatin1String("acceptable"))
                    continue;
                line += QLatin1Char('\n')
                    + tr("· %1, section %2: %3 — %4")
                          .arg(mark.document.toUpper(), mark.section,
                               mark.mark == QLatin1String("to_correct") ? tr("to correct")
                                                                        : tr("improvable"),
                               mark.comment);
            }
            rejected << line;
        }
        if (rejected.isEmpty())
            m_rejections->clearMessage();
        else
            m_rejections->showMessage(InlineMessage::Kind::Error,
                                      rejected.join(QLatin1Char('\n')));

        m_decisions->clear();
        for (const Approval &a : std::as_const(m_state.decisions)) {
            const ReviewDecision &d = a.signedDecision.decision;
            auto *item = new QTreeWidgetItem(m_decisions);
            item->setText(SignerColumn, d.signerName);
            item->setText(RoleColumn, WorkflowText::role(d.signerRole));
            item->setText(DecisionColumn_, d.approve ? tr("Approved") : tr("Rejected"));
            item->setText(TimeColumn, WorkflowText::time(d.decidedAt.isValid() ? d.decidedAt
                                                                               : a.recordedAt));
            item->setText(CountsColumn, a.current ? tr("Current content") : tr("Earlier content"));
            item->setData(0, Qt::UserRole, d.signerFingerprint);
            item->setData(CountsColumn, Qt::UserRole, a.current);
            QString tip = tr("Fingerprint %1").arg(d.signerFingerprint);
            if (!d.comment.isEmpty())
                tip += QLatin1Char('\n') + d.comment;
            for (int c = 0; c < m_decisions->columnCount(); ++c)
                item->setToolTip(c, tip);
            if (!a.current)
                for (int c = 0; c < m_decisions->columnCount(); ++c)
                    item->setForeground(c, palette().brush(QPalette::PlaceholderText));
        }
    }
    const QString s = ready ? m_state.state : QString();
    m_submit->setEnabled(ready && !busy && s != QLatin1String("approved"));
    m_submit->setText(s == QLatin1String("submitted") ? tr("Re&submit for Review")
                                                      : tr("&Submit for Review"));
    m_package->setEnabled(ready && !busy && s != QLatin1String("draft"));
    m_import->setEnabled(ready && !busy && s == QLatin1String("submitted"));
    m_decide->setEnabled(ready && !busy && s == QLatin1String("submitted"));
}

void ReviewPanel::showError(const QString &what, const Error &error)
{
    m_result->showMessage(InlineMessage::Kind::Error, what.arg(ErrorText::sentence(error)));
}

void ReviewPanel::showNotice(const QString &text)
{
    m_result->showMessage(InlineMessage::Kind::Notice, text);
}

bool ReviewPanel::submit()
{
    if (!m_store || m_release.isEmpty())
        return false;
    QStringList failing = m_failing;
    failing.removeAll(QStringLiteral("approvals"));
    WorkflowService workflow(*m_store);
    // A masking rule needing the project secret the project does not have yet: it is created
    // now, before the content is frozen, so the export uses the pseudonyms the reviewers saw.
    std::function<Result<QString>()> passphrase;
    auto newSecret = workflow.needsNewSecret(m_release);
    if (!newSecret) {
        showError(tr("Not submitted: %1"), newSecret.error());
        return false;
    }
    if (*newSecret) {
        PassphraseDialog dialog(PassphraseDialog::Mode::Create, this);
        if (dialog.exec() != QDialog::Accepted || dialog.passphrase().isEmpty())
            return false;
        const QString given = dialog.passphrase();
        passphrase = [given]() -> Result<QString> { return given; };
    }
    Result<ReviewState> state = workflow.submit(m_release, failing, {}, passphrase);
    if (!state) {
        showError(tr("Not submitted: %1"), state.error());
        return false;
    }
    m_state = *state;
    m_known = true;
    showNotice(tr("Submitted for review. Save the review package for reviewers who decide on "
                  "their own machine, or let them decide here with their key."));
    emit message(tr("Submitted “%1” for review.").arg(m_release));
    update();
    emit stateChanged();
    return true;
}

void ReviewPanel::askPackagePath()
{
    if (!m_store)
        return;
    const QString dir = QFileInfo(m_store->path()).absolutePath();
    auto *dialog = new QFileDialog(this, tr("Save Review Package"),
                                   dir + QLatin1Char('/') + m_release
                                       + QStringLiteral(".review.zip"),
                                   tr("Review packages (*.review.zip);;All files (*)"));
    dialog->setObjectName(QStringLiteral("reviewPackageFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("zip"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { saveReviewPackage(path); });
    dialog->open();
}

void ReviewPanel::saveReviewPackage(const QString &path)
{
    if (!m_store || m_release.isEmpty() || isBusy())
        return;
    auto secondary = m_store->openSecondary();
    if (!secondary) {
        showError(tr("The review package was not saved: %1"), secondary.error());
        emit reviewPackageFinished(false);
        return;
    }
    auto connection = std::make_shared<std::unique_ptr<ProjectStore>>(std::move(*secondary));
    const std::optional<ProjectSecret> secret =
        m_secretProvider ? m_secretProvider() : std::optional<ProjectSecret>();
    const QString release = m_release;
    m_result->clearMessage();
    m_progressLabel->setText(tr("Saving the review package…"));
    m_progress->setRange(0, 0);
    m_progressRow->show();
    m_packageJob->start(
        [connection, release, path, secret](const ProgressCallback &progress,
                                            const CancellationToken *cancel) -> Result<QString> {
            const std::unique_ptr<ProjectStore> own = std::move(*connection);
            // No passphrase from a worker: a locked secret is reported, the Masking tab unlocks.
            const std::function<Result<QString>()> passphrase = [] {
                return Result<QString>(lockedSecret());
            };
            if (Status written = ReviewPackageWriter::write(*own, release, path, secret,
                                                            passphrase, progress, cancel);
                !written)
                return written.error();
            return QFileInfo(path).absoluteFilePath();
        },
        0);
    update();
}

void ReviewPanel::askImport()
{
    if (!m_store)
        return;
    auto *dialog = new QFileDialog(this, tr("Import Decision"),
                                   QFileInfo(m_store->path()).absolutePath(),
                                   tr("Decision files (*.decision.zip);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importDecisionFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { importDecision(path); });
    dialog->open();
}

bool ReviewPanel::importDecision(const QString &path)
{
    if (!m_store || m_release.isEmpty())
        return false;
    const QString file = QFileInfo(path).fileName();
    Result<SignedDecision> decision = SignedDecision::readFile(path);
    if (!decision) {
        m_result->showMessage(InlineMessage::Kind::Error,
                              tr("The decision %1 was not imported: %2")
                                  .arg(file, ErrorText::sentence(decision.error())));
        return false;
    }
    Result<ReviewState> state = WorkflowService(*m_store).record(m_release, *decision);
    if (!state) {
        const Error error = state.error();
        refresh();
        m_result->showMessage(InlineMessage::Kind::Error,
                              tr("The decision %1 was not imported: %2")
                                  .arg(file, ErrorText::sentence(error)));
        return false;
    }
    m_state = *state;
    m_known = true;
    const ReviewDecision &d = decision->decision;
    showNotice(tr("Imported the decision of %1 (%2): %3.")
                   .arg(d.signerName, WorkflowText::role(d.signerRole),
                        d.approve ? tr("approved") : tr("rejected")));
    emit message(tr("Imported a review decision for “%1”.").arg(m_release));
    update();
    emit stateChanged();
    return true;
}

void ReviewPanel::askDecide()
{
    auto *dialog = new DecideDialog(m_release, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString key = dialog->keyFile();
        const bool approve = dialog->approve();
        const QString comment = dialog->comment();
        auto *ask = new PassphraseDialog(PassphraseDialog::Mode::Unlock, this);
        ask->setTexts(tr("Unlock Signing Key"),
                      tr("Enter the passphrase of the key %1 to sign the decision.")
                          .arg(QFileInfo(key).fileName()),
                      tr("&Sign"));
        ask->setAttribute(Qt::WA_DeleteOnClose);
        connect(ask, &QDialog::accepted, this, [this, ask, key, approve, comment] {
            decideWithKey(key, ask->passphrase(), approve, comment);
        });
        ask->open();
    });
    dialog->open();
}

void ReviewPanel::decideWithKey(const QString &keyFile, const QString &passphrase, bool approve,
                                const QString &comment)
{
    if (!m_store || m_release.isEmpty() || isBusy()) {
        emit decisionFinished(false);
        return;
    }
    m_pending = {approve, comment};
    m_result->clearMessage();
    m_progressLabel->setText(tr("Unlocking the key…"));
    m_progress->setRange(0, 0);
    m_progressRow->show();
    // The key's scrypt takes a noticeable moment: off the UI thread.
    m_keyJob->start(
        [keyFile, passphrase](const ProgressCallback &,
                              const CancellationToken *) -> Result<std::shared_ptr<SigningIdentity>> {
            Result<SigningIdentity> identity = SigningIdentity::load(keyFile, passphrase);
            if (!identity)
                return identity.error();
            return std::make_shared<SigningIdentity>(std::move(identity).value());
        },
        0);
    update();
}

void ReviewPanel::recordDecision(const SigningIdentity &identity)
{
    Result<ReviewState> state = WorkflowService(*m_store).decide(m_release, identity,
                                                                 m_pending.approve,
                                                                 m_pending.comment);
    if (!state) {
        showError(tr("The decision was not recorded: %1"), state.error());
        emit decisionFinished(false);
        return;
    }
    m_state = *state;
    m_known = true;
    showNotice(tr("Recorded the decision of %1 (%2): %3.")
                   .arg(identity.name(), SignerRoles::label(identity.role()),
                        m_pending.approve ? tr("approved") : tr("rejected")));
    emit message(tr("Recorded a review decision for “%1”.").arg(m_release));
    update();
    emit stateChanged();
    emit decisionFinished(true);
}

} // namespace steward::ui
