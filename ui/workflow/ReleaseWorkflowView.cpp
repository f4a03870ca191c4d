#include "ui/workflow/ReleaseWorkflowView.h"

#include "core/release/ReleaseService.h"
#include "core/store/ProjectStore.h"
#include "ui/widgets/ErrorText.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/workflow/ExportDialog.h"
#include "ui/workflow/GatesPanel.h"
#include "ui/workflow/ReviewPanel.h"
#include "ui/workflow/WorkflowText.h"

#include <QDir>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward::ui {

namespace {

enum RegisterColumn { TimeColumn, RecipientColumn, SignerColumn, EncryptionColumn, HashColumn };

// Every gate of the release now, from the figures just measured.
Result<QList<ReleaseGate>> gatesOf(ProjectStore &store, const Release &release,
                                   const QList<DatasetMeasurement> &measurements)
{
    return ReleaseStatus::gates(store, release, measurements);
}

} // namespace

ReleaseWorkflowView::ReleaseWorkflowView(QWidget *parent)
    : QWidget(parent),
      m_gates(new GatesPanel(this)),
      m_review(new ReviewPanel(this)),
      m_export(new QPushButton(tr("E&xport Package…"), this)),
      m_exportMessage(new InlineMessage(this)),
      m_register(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("releaseWorkflowView"));

    auto *exportBox = new QGroupBox(tr("Export and release register"), this);
    exportBox->setObjectName(QStringLiteral("exportBox"));
    m_export->setParent(exportBox);
    m_export->setObjectName(QStringLiteral("exportPackageButton"));
    m_export->setIcon(icon(IconId::Export));
    m_export->setToolTip(tr("A signed package of the approved release for its recipient"));
    connect(m_export, &QPushButton::clicked, this, [this] { openExport(); });
    auto *hint = new QLabel(tr("Only an approved release whose every gate holds can be exported. "
                               "Every export is recorded here."),
                            exportBox);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_exportMessage->setParent(exportBox);
    m_exportMessage->setObjectName(QStringLiteral("exportMessage"));
    m_register->setParent(exportBox);
    m_register->setObjectName(QStringLiteral("releaseRegister"));
    m_register->setRootIsDecorated(false);
    m_register->setUniformRowHeights(true);
    m_register->setHeaderLabels(
        {tr("Time"), tr("Recipient"), tr("Signed by"), tr("Encryption"), tr("SHA-256")});
    // The hash is long: it takes what is left, elided (the tooltip and a copy have it whole).
    m_register->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_register->header()->setStretchLastSection(true);
    m_register->setTextElideMode(Qt::ElideMiddle);
    m_register->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_register->setMinimumHeight(m_register->fontMetrics().height() * 3);
    auto *top = new QHBoxLayout;
    top->addWidget(hint, 1);
    top->addWidget(m_export, 0, Qt::AlignTop);
    auto *exportLayout = new QVBoxLayout(exportBox);
    exportLayout->addLayout(top);
    exportLayout->addWidget(m_exportMessage);
    exportLayout->addWidget(m_register, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *columns = new QHBoxLayout(page);
    columns->addWidget(m_gates, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_review, 3);
    right->addWidget(exportBox, 2);
    columns->addLayout(right, 1);
    m_gates->setParent(page);
    m_review->setParent(page);
    exportBox->setParent(page);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_review, &ReviewPanel::stateChanged, this, &ReleaseWorkflowView::reviewChanged);
    connect(m_review, &ReviewPanel::message, this, &ReleaseWorkflowView::message);
    clear();
}

ReleaseWorkflowView::~ReleaseWorkflowView()
{
    stop();
}

void ReleaseWorkflowView::setProject(ProjectStore *store)
{
    stop();
    m_store = store;
    m_review->setProject(store);
    clear();
}

void ReleaseWorkflowView::setSecretProvider(
    std::function<std::optional<ProjectSecret>()> provider)
{
    m_secretProvider = provider;
    m_review->setSecretProvider(std::move(provider));
}

void ReleaseWorkflowView::stop()
{
    if (m_exportDialog)
        delete m_exportDialog; // cancels and waits for its export
    m_review->stop();
}

void ReleaseWorkflowView::clear()
{
    m_loaded = false;
    m_release = Release();
    m_measurements.clear();
    m_measured = false;
    m_gates->setPending(QString());
    m_review->setRelease(QString());
    m_register->clear();
    m_exportMessage->clearMessage();
    m_export->setEnabled(false);
}

void ReleaseWorkflowView::setRelease(const Release &release)
{
    const bool other = !m_loaded || release.id != m_release.id;
    m_release = release;
    m_loaded = true;
    if (other) {
        if (m_exportDialog)
            delete m_exportDialog;
        m_measurements.clear();
        m_measured = false;
        m_gates->setPending(tr("Measuring the release's data…"));
        m_exportMessage->clearMessage();
    }
    m_review->setRelease(release.name);
    fillRegister();
    m_export->setEnabled(true);
}

void ReleaseWorkflowView::setMeasurements(const QList<DatasetMeasurement> &measurements)
{
    m_measurements = measurements;
    m_measured = true;
    refresh();
}

void ReleaseWorkflowView::setPending(const QString &text)
{
    m_measured = false;
    m_gates->setPending(text);
    m_review->setFailingGates({});
}

void ReleaseWorkflowView::refresh()
{
    if (!m_store || !m_loaded)
        return;
    if (Result<Release> fresh = ReleaseService(*m_store).load(m_release.name))
        m_release = *fresh;
    // The review state first: reading it reconciles, and the approvals gate reads it.
    m_review->refresh();
    if (Result<Release> fresh = ReleaseService(*m_store).load(m_release.name))
        m_release = *fresh;
    evaluateGates();
    fillRegister();
}

void ReleaseWorkflowView::evaluateGates()
{
    if (!m_store || !m_loaded || !m_measured)
        return;
    Result<QList<ReleaseGate>> gates = gatesOf(*m_store, m_release, m_measurements);
    if (!gates) {
        m_gates->setPending(
            tr("The gates cannot be evaluated: %1").arg(ErrorText::sentence(gates.error())));
        m_review->setFailingGates({});
        return;
    }
    m_gates->setGates(*gates);
    m_review->setFailingGates(m_gates->failing());
}

void ReleaseWorkflowView::reviewChanged()
{
    if (m_store && m_loaded) {
        if (Result<Release> fresh = ReleaseService(*m_store).load(m_release.name))
            m_release = *fresh;
    }
    evaluateGates();
    fillRegister();
    emit releaseChanged();
}

void ReleaseWorkflowView::fillRegister()
{
    m_register->clear();
    if (!m_loaded)
        return;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const ReleaseExport &e : std::as_const(m_release.exports)) {
        auto *item = new QTreeWidgetItem(m_register);
        item->setText(TimeColumn, WorkflowText::time(e.at));
        item->setText(RecipientColumn, e.recipient);
        item->setText(SignerColumn, e.signerFingerprint.isEmpty()
                                        ? e.signer
                                        : tr("%1 (%2)").arg(e.signer, e.signerFingerprint));
        item->setText(EncryptionColumn, WorkflowText::encryption(e.encryption));
        item->setText(HashColumn, e.sha256);
        item->setFont(HashColumn, fixed);
        const QString tip = tr("%1\nSHA-256 %2").arg(QDir::toNativeSeparators(e.file), e.sha256);
        for (int c = 0; c < m_register->columnCount(); ++c)
            item->setToolTip(c, tip);
    }
}

ExportDialog *ReleaseWorkflowView::exportDialog() const
{
    return m_exportDialog;
}

ExportDialog *ReleaseWorkflowView::openExport()
{
    if (!m_store || !m_loaded)
        return nullptr;
    if (m_exportDialog) {
        m_exportDialog->raise();
        m_exportDialog->activateWindow();
        return m_exportDialog;
    }
    QStringList failing;
    if (!m_gates->isKnown())
        failing << tr("The release has not been measured yet: wait for its figures.");
    else
        failing = m_gates->failingText();
    auto *dialog = new ExportDialog(m_store, m_release.name, failing, m_secretProvider, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_exportDialog = dialog;
    if (!failing.isEmpty())
        m_exportMessage->showMessage(InlineMessage::Kind::Error,
                                     tr("Export refused: %Ln gate(s) fail.", nullptr,
                                        int(m_gates->failing().size())));
    else
        m_exportMessage->clearMessage();
    connect(dialog, &ExportDialog::exported, this, [this](const ExportResult &result) {
        m_exportMessage->showMessage(InlineMessage::Kind::Notice,
                                     tr("Exported %1.").arg(QDir::toNativeSeparators(result.package)));
        emit message(tr("Exported the release “%1”.").arg(m_release.name));
        refresh();
        emit releaseChanged();
    });
    dialog->open();
    return dialog;
}

} // namespace steward::ui
