#include "ui/review/PackageVerifyWindow.h"

#include "core/age/AgeFile.h"
#include "core/common/Error.h"
#include "core/packaging/BagReader.h"
#include "ui/review/ReviewText.h"
#include "ui/widgets/BackgroundJob.h"
#include "ui/widgets/ErrorText.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/InlineMessage.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace steward::ui {

struct PackageVerifyWindow::Outcome {
    VerificationReport report;
    QStringList files; // every file of the bag, when it could be listed
};

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

// A failing row: error icon in its first cell, bold text.
void markFailing(QTableWidget *table, int row)
{
    for (int column = 0; column < table->columnCount(); ++column) {
        QTableWidgetItem *item = table->item(row, column);
        if (!item)
            continue;
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        if (column == 0)
            item->setIcon(icon(IconId::Error));
    }
}

} // namespace

PackageVerifyWindow::PackageVerifyWindow(QWidget *parent)
    : QMainWindow(parent),
      m_pathLabel(new QLabel(this)),
      m_statusIcon(new QLabel(this)),
      m_status(new QLabel(this)),
      m_keyBox(new QGroupBox(tr("This package is encrypted"), this)),
      m_usePassphrase(new QRadioButton(tr("With a &passphrase:"), m_keyBox)),
      m_useIdentity(new QRadioButton(tr("With an age &identity file:"), m_keyBox)),
      m_passphrase(new QLineEdit(m_keyBox)),
      m_identity(new QLineEdit(m_keyBox)),
      m_verifyButton(new QPushButton(tr("&Decrypt and Verify"), m_keyBox)),
      m_keyProblem(new InlineMessage(m_keyBox)),
      m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_facts(new QLabel(this)),
      m_trustedLabel(new QLabel(this)),
      m_signatures(makeTable({tr("Signature"), tr("Signer"), tr("Role"), tr("Fingerprint"),
                              tr("Result")},
                             QStringLiteral("signaturesTable"), this)),
      m_files(makeTable({tr("File"), tr("Result")}, QStringLiteral("filesTable"), this))
{
    setObjectName(QStringLiteral("packageVerifyWindow"));
    setWindowTitle(tr("Verify Package — Steward"));
    m_pathLabel->setObjectName(QStringLiteral("verifyPath"));
    m_pathLabel->setWordWrap(true);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("verifyStatus"));
    m_status->setWordWrap(true);
    QFont big = m_status->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_status->setFont(big);
    m_facts->setObjectName(QStringLiteral("verifyFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_keyBox->setObjectName(QStringLiteral("verifyKeyBox"));
    m_passphrase->setObjectName(QStringLiteral("verifyPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_identity->setObjectName(QStringLiteral("verifyIdentity"));
    m_identity->setPlaceholderText(tr("A file with an AGE-SECRET-KEY-1… line"));
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    auto *browse = new QPushButton(tr("&Browse…"), m_keyBox);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose an Age Identity File"),
                                                          m_identity->text());
        if (!path.isEmpty())
            setIdentityFile(path);
    });
    m_usePassphrase->setChecked(true);
    connect(m_passphrase, &QLineEdit::textEdited, this, [this] { m_usePassphrase->setChecked(true); });
    connect(m_identity, &QLineEdit::textEdited, this, [this] { m_useIdentity->setChecked(true); });
    connect(m_verifyButton, &QPushButton::clicked, this, &PackageVerifyWindow::verify);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &PackageVerifyWindow::verify);
    connect(m_identity, &QLineEdit::returnPressed, this, &PackageVerifyWindow::verify);
    auto *keyLayout = new QGridLayout(m_keyBox);
    keyLayout->addWidget(m_usePassphrase, 0, 0);
    keyLayout->addWidget(m_passphrase, 0, 1, 1, 2);
    keyLayout->addWidget(m_useIdentity, 1, 0);
    keyLayout->addWidget(m_identity, 1, 1);
    keyLayout->addWidget(browse, 1, 2);
    keyLayout->addWidget(m_keyProblem, 2, 0, 1, 3);
    keyLayout->addWidget(m_verifyButton, 3, 2);
    keyLayout->setColumnStretch(1, 1);

    m_progress->setRange(0, 0);
    m_cancel->setObjectName(QStringLiteral("verifyCancelButton"));
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_job->cancel(); });

    m_trustedLabel->setObjectName(QStringLiteral("verifyTrustedLabel"));
    m_trustedLabel->setWordWrap(true);
    auto *trust = new QPushButton(tr("&Trusted Keys…"), this);
    trust->setObjectName(QStringLiteral("verifyTrustButton"));
    trust->setToolTip(tr("Choose the public keys (.pub) of the steward and the reviewers you "
                         "expect: a valid signature by another key then counts as a problem."));
    connect(trust, &QPushButton::clicked, this, &PackageVerifyWindow::chooseTrustedKeys);
    auto *trustRow = new QHBoxLayout;
    trustRow->addWidget(m_trustedLabel, 1);
    trustRow->addWidget(trust);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto *signaturesBox = new QWidget(this);
    auto *signaturesLayout = new QVBoxLayout(signaturesBox);
    signaturesLayout->setContentsMargins(0, 0, 0, 0);
    signaturesLayout->addWidget(new QLabel(tr("Signatures"), signaturesBox));
    signaturesLayout->addWidget(m_signatures);
    auto *filesBox = new QWidget(this);
    auto *filesLayout = new QVBoxLayout(filesBox);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addWidget(new QLabel(tr("Files"), filesBox));
    filesLayout->addWidget(m_files);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(signaturesBox);
    splitter->addWidget(filesBox);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_pathLabel);
    layout->addLayout(statusRow);
    layout->addWidget(m_keyBox);
    layout->addLayout(progressRow);
    layout->addWidget(m_facts);
    layout->addLayout(trustRow);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    createMenus();

    m_job = std::make_unique<BackgroundJob<std::shared_ptr<Outcome>>>(
        this, BackgroundJob<std::shared_ptr<Outcome>>::Callbacks{
                  [this](qint64 done, qint64 total) {
                      if (total > 0) {
                          m_progress->setRange(0, 1000);
                          m_progress->setValue(int(1000.0 * double(done) / double(total)));
                      }
                  },
                  [this](const std::shared_ptr<Outcome> &outcome) { showReport(outcome); },
                  [this](const Error &error) {
                      const QString message = ErrorText::located(error);
                      const bool keyProblem = error.code == ErrorCode::Verification && needsKey();
                      if (keyProblem) {
                          m_keyProblem->showMessage(InlineMessage::Kind::Error, message);
                          m_keyBox->setVisible(true);
                      }
                      showStatus(false, keyProblem ? tr("The package could not be decrypted.")
                                                   : tr("The package cannot be read: %1").arg(message));
                      emit verificationFailed(message);
                  },
                  [this] { showStatus(false, tr("Verification was cancelled.")); },
                  [this] { setRunning(false); }});
    m_keyBox->setVisible(false);
    setTrustedKeys({});
    setRunning(false);
    m_status->setText(tr("Open an export package with File → Verify Package…"));
    resize(1100, 760);
}

PackageVerifyWindow::~PackageVerifyWindow()
{
    m_job->discard();
}

PackageVerifyWindow *PackageVerifyWindow::openInNewWindow(const QString &path)
{
    auto *window = new PackageVerifyWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->openPackage(path);
    return window;
}

void PackageVerifyWindow::chooseAndOpen(QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Verify Package"), QString(),
        tr("Export packages (*.zip *.zip.age *.age);;All files (*)"));
    if (!path.isEmpty())
        openInNewWindow(path);
}

void PackageVerifyWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto *open = new QAction(tr("&Verify Package…"), this);
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] { chooseAndOpen(this); });
    auto *close = new QAction(tr("&Close"), this);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    file->addAction(open);
    file->addSeparator();
    file->addAction(close);
}

bool PackageVerifyWindow::isRunning() const
{
    return m_job->isRunning();
}

bool PackageVerifyWindow::needsKey() const
{
    return !m_path.isEmpty() && AgeFile::looksEncrypted(m_path);
}

QString PackageVerifyWindow::statusText() const
{
    return m_status->text();
}

void PackageVerifyWindow::setPassphrase(const QString &passphrase)
{
    m_passphrase->setText(passphrase);
    m_usePassphrase->setChecked(true);
}

void PackageVerifyWindow::setIdentityFile(const QString &path)
{
    m_identity->setText(QDir::toNativeSeparators(path));
    m_useIdentity->setChecked(true);
}

void PackageVerifyWindow::setTrustedKeys(const QList<PublicKey> &keys)
{
    m_trusted = keys;
    m_trustedLabel->setText(
        keys.isEmpty() ? tr("Signatures are checked against the keys in the package; no trusted "
                            "keys are chosen.")
                       : tr("Signers must be among %n trusted key(s).", nullptr, int(keys.size())));
}

void PackageVerifyWindow::chooseTrustedKeys()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Choose Trusted Public Keys"), QString(), tr("Public keys (*.pub);;All files (*)"));
    if (paths.isEmpty())
        return;
    QList<PublicKey> keys;
    for (const QString &path : paths) {
        Result<PublicKey> key = PublicKey::load(path);
        if (!key) {
            showStatus(false, ErrorText::located(key.error()));
            return;
        }
        keys << *key;
    }
    setTrustedKeys(keys);
    if (!m_path.isEmpty() && (!needsKey() || m_report))
        verify();
}

void PackageVerifyWindow::openPackage(const QString &path)
{
    m_job->discard();
    m_path = path;
    m_report.reset();
    m_signatures->setRowCount(0);
    m_files->setRowCount(0);
    m_facts->clear();
    m_keyProblem->clearMessage();
    m_pathLabel->setText(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    setWindowTitle(tr("%1 — Verify Package").arg(QFileInfo(path).fileName()));
    if (needsKey()) {
        m_keyBox->setVisible(true);
        m_statusIcon->clear();
        m_status->setText(tr("Enter the passphrase or choose the identity file this package was "
                             "encrypted for."));
        m_passphrase->setFocus();
        return;
    }
    m_keyBox->setVisible(false);
    verify();
}

void PackageVerifyWindow::verify()
{
    if (m_path.isEmpty() || m_job->isRunning())
        return;
    AgeDecryptionKey key;
    if (needsKey()) {
        if (m_useIdentity->isChecked()) {
            Result<QList<AgeIdentity>> identities =
                AgeIdentity::load(QDir::fromNativeSeparators(m_identity->text().trimmed()));
            if (!identities) {
                m_keyProblem->showMessage(InlineMessage::Kind::Error,
                                          ErrorText::located(identities.error()));
                return;
            }
            key.identities = *identities;
        } else {
            if (m_passphrase->text().isEmpty()) {
                m_keyProblem->showMessage(InlineMessage::Kind::Error, tr("Enter the passphrase."));
                return;
            }
            key.passphrase = m_passphrase->text();
        }
    }
    m_keyProblem->clearMessage();
    m_report.reset();
    m_signatures->setRowCount(0);
    m_files->setRowCount(0);
    m_statusIcon->clear();
    m_status->setText(tr("Checking every file and signature…"));
    setRunning(true);
    const QString path = m_path;
    const QList<PublicKey> trusted = m_trusted;
    m_job->start(
        [path, key, trusted](const ProgressCallback &progress,
                             const CancellationToken *cancel) -> Result<std::shared_ptr<Outcome>> {
            Result<VerificationReport> report =
                PackageVerifier::verify(path, key, trusted, progress, cancel);
            if (!report)
                return report.error();
            auto outcome = std::make_shared<Outcome>();
            outcome->report = *report;
            // The file list beside the findings (a failure names its file; the rest passed).
            BagReader reader;
            if (reader.open(path, key))
                outcome->files = reader.files();
            return outcome;
        },
        0);
}

void PackageVerifyWindow::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_verifyButton->setEnabled(!running);
    if (running)
        m_progress->setRange(0, 0);
}

void PackageVerifyWindow::showStatus(bool ok, const QString &text)
{
    m_statusIcon->setPixmap(icon(ok ? IconId::Confirmed : IconId::Error).pixmap(32, 32));
    m_status->setText(text);
}

void PackageVerifyWindow::showReport(const std::shared_ptr<Outcome> &outcome)
{
    const VerificationReport &report = outcome->report;
    m_report = report;
    m_keyBox->setVisible(false);
    const QLocale locale;
    if (report.ok) {
        showStatus(true, tr("The package is intact and every signature is valid."));
    } else {
        showStatus(false, tr("Verification failed: %n problem(s) found. Do not use this package "
                             "before you know why.",
                             nullptr, int(report.failures.size()
                                          + std::count_if(report.signatures.begin(),
                                                          report.signatures.end(),
                                                          [](const auto &s) { return !s.ok; }))));
    }
    QStringList facts;
    facts << tr("Release: %1").arg(report.release.isEmpty() ? QStringLiteral("—") : report.release);
    facts << tr("Files: %1").arg(locale.toString(report.files));
    facts << (report.encrypted ? tr("Encrypted (age)") : tr("Not encrypted"));
    facts << tr("Content fingerprint: %1").arg(report.contentHash.isEmpty() ? QStringLiteral("—")
                                                                            : report.contentHash);
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    m_signatures->setRowCount(int(report.signatures.size()));
    int row = 0;
    // Failing signatures first, each in the order the report gives.
    QList<VerificationReport::Signature> signatures;
    for (const auto &s : report.signatures)
        if (!s.ok)
            signatures << s;
    for (const auto &s : report.signatures)
        if (s.ok)
            signatures << s;
    for (const VerificationReport::Signature &s : signatures) {
        QString result = s.ok ? (s.detail.isEmpty() ? tr("Valid") : tr("Valid: %1").arg(s.detail))
                              : tr("Fails: %1").arg(s.detail);
        if (s.ok && !m_trusted.isEmpty())
            result += QLatin1Char(' ') + (s.trusted ? tr("(trusted key)") : tr("(not a trusted key)"));
        m_signatures->setItem(row, 0, new QTableWidgetItem(s.file));
        m_signatures->setItem(row, 1, new QTableWidgetItem(s.signer));
        m_signatures->setItem(row, 2, new QTableWidgetItem(ReviewText::role(s.role)));
        m_signatures->setItem(row, 3, new QTableWidgetItem(s.fingerprint));
        m_signatures->setItem(row, 4, new QTableWidgetItem(result));
        if (!s.ok || (!m_trusted.isEmpty() && !s.trusted))
            markFailing(m_signatures, row);
        else
            m_signatures->item(row, 0)->setIcon(icon(IconId::Confirmed));
        ++row;
    }
    m_signatures->resizeColumnsToContents();
    m_signatures->horizontalHeader()->setStretchLastSection(true);

    // Every failure (files first as the report lists them), then every other file as passing.
    QSet<QString> failed;
    m_files->setRowCount(0);
    for (const VerificationReport::Failure &failure : report.failures) {
        const int r = m_files->rowCount();
        m_files->insertRow(r);
        m_files->setItem(r, 0, new QTableWidgetItem(failure.file.isEmpty() ? tr("(the package)")
                                                                           : failure.file));
        m_files->setItem(r, 1, new QTableWidgetItem(failure.reason));
        markFailing(m_files, r);
        failed.insert(failure.file);
    }
    for (const QString &file : outcome->files) {
        if (failed.contains(file))
            continue;
        const int r = m_files->rowCount();
        m_files->insertRow(r);
        auto *item = new QTableWidgetItem(file);
        item->setIcon(icon(IconId::Confirmed));
        m_files->setItem(r, 0, item);
        m_files->setItem(r, 1, new QTableWidgetItem(tr("No problem found")));
    }
    m_files->resizeColumnToContents(0);
    m_files->horizontalHeader()->setStretchLastSection(true);
    emit verified(report.ok);
}

void PackageVerifyWindow::closeEvent(QCloseEvent *event)
{
    m_job->discard();
    event->accept();
}

} // namespace steward::ui
