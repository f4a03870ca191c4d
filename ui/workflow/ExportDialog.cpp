#include "ui/workflow/ExportDialog.h"

#include "core/age/AgeRecipient.h"
#include "core/signing/SigningIdentity.h"
#include "core/store/ProjectStore.h"
#include "ui/widgets/BackgroundJob.h"
#include "ui/widgets/ErrorText.h"
#include "ui/widgets/InlineMessage.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace steward::ui {

namespace {

using ExportJob = BackgroundJob<ExportResult>;

const QString kAge = QStringLiteral(".age");

QLineEdit *passwordEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

ExportDialog::ExportDialog(ProjectStore *store, const QString &release, const QStringList &failing,
                           std::function<std::optional<ProjectSecret>()> secretProvider,
                           QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_release(release),
      m_failing(failing),
      m_secretProvider(std::move(secretProvider))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Package of “%1”").arg(release));

    m_job = std::make_unique<ExportJob>(
        this,
        ExportJob::Callbacks{
            [this](qint64 done, qint64 total) {
                if (total <= 0) {
                    m_progress->setRange(0, 0);
                    return;
                }
                m_progress->setRange(0, 1000);
                m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
                m_progressLabel->setText(tr("Exporting: %1 of %2 rows…")
                                             .arg(QLocale().toString(done),
                                                  QLocale().toString(total)));
            },
            [this](const ExportResult &result) {
                m_result = result;
                m_outcome->showMessage(
                    InlineMessage::Kind::Notice,
                    tr("Exported %1 (%Ln file(s)). SHA-256: %2", nullptr, result.files)
                        .arg(QDir::toNativeSeparators(result.package), result.sha256));
                emit exported(result);
                emit exportFinished(true);
            },
            [this](const Error &error) {
                m_outcome->showMessage(InlineMessage::Kind::Error,
                                       tr("Not exported: %1").arg(ErrorText::sentence(error)));
                emit exportFinished(false);
            },
            [this] {
                m_outcome->showMessage(InlineMessage::Kind::Notice,
                                       tr("Export cancelled; nothing was left behind."));
                emit exportFinished(false);
            },
            [this] { setRunning(false); }});

    m_refusal = new InlineMessage(this);
    m_refusal->setObjectName(QStringLiteral("exportRefusal"));
    if (!m_failing.isEmpty())
        m_refusal->showMessage(
            InlineMessage::Kind::Error,
            tr("The release cannot be exported while these gates fail:") + QLatin1Char('\n')
                + QStringLiteral("· ") + m_failing.join(QStringLiteral("\n· ")));

    m_form = new QWidget(this);
    m_key = new QLineEdit(m_form);
    m_key->setObjectName(QStringLiteral("exportKeyEdit"));
    m_key->setPlaceholderText(tr("The data steward's signing key"));
    auto *browseKey = new QPushButton(tr("B&rowse…"), m_form);
    connect(browseKey, &QPushButton::clicked, this, &ExportDialog::browseKey);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(browseKey);
    m_keyPassphrase = passwordEdit(m_form, "exportKeyPassphraseEdit");

    m_output = new QLineEdit(m_form);
    m_output->setObjectName(QStringLiteral("exportOutputEdit"));
    auto *browseOutput = new QPushButton(tr("Bro&wse…"), m_form);
    connect(browseOutput, &QPushButton::clicked, this, &ExportDialog::browseOutput);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browseOutput);
    if (m_store)
        m_output->setText(QDir::toNativeSeparators(
            QFileInfo(m_store->path()).absolutePath() + QLatin1Char('/') + release
            + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate)
            + QStringLiteral(".zip")));

    auto *form = new QFormLayout;
    // Rows holding a field and its button name the field as the label's buddy (the mnemonic).
    auto *keyLabel = new QLabel(tr("Steward &key:"), m_form);
    keyLabel->setBuddy(m_key);
    auto *outputLabel = new QLabel(tr("&Save as:"), m_form);
    outputLabel->setBuddy(m_output);
    form->addRow(keyLabel, keyRow);
    form->addRow(tr("Key &passphrase:"), m_keyPassphrase);
    form->addRow(outputLabel, outputRow);

    auto *encryption = new QGroupBox(tr("Encryption for the recipient"), m_form);
    m_none = new QRadioButton(tr("&None: the recipient receives the package by a secure way"),
                              encryption);
    m_none->setObjectName(QStringLiteral("exportEncryptNone"));
    m_byPassphrase = new QRadioButton(tr("With a pass&phrase (age)"), encryption);
    m_byPassphrase->setObjectName(QStringLiteral("exportEncryptPassphrase"));
    m_encryptPassphrase = passwordEdit(encryption, "exportEncryptPassphraseEdit");
    m_encryptRepeat = passwordEdit(encryption, "exportEncryptRepeatEdit");
    m_encryptPassphrase->setPlaceholderText(tr("Passphrase"));
    m_encryptRepeat->setPlaceholderText(tr("Repeat"));
    m_byRecipient = new QRadioButton(tr("To the recipient's &age key"), encryption);
    m_byRecipient->setObjectName(QStringLiteral("exportEncryptRecipient"));
    m_recipient = new QLineEdit(encryption);
    m_recipient->setObjectName(QStringLiteral("exportRecipientEdit"));
    m_recipient->setPlaceholderText(QStringLiteral("age1…"));
    m_none->setChecked(true);
    auto *passRow = new QHBoxLayout;
    passRow->setContentsMargins(24, 0, 0, 0);
    passRow->addWidget(m_encryptPassphrase);
    passRow->addWidget(m_encryptRepeat);
    auto *recipientRow = new QHBoxLayout;
    recipientRow->setContentsMargins(24, 0, 0, 0);
    recipientRow->addWidget(m_recipient);
    auto *encryptionLayout = new QVBoxLayout(encryption);
    encryptionLayout->addWidget(m_none);
    encryptionLayout->addWidget(m_byPassphrase);
    encryptionLayout->addLayout(passRow);
    encryptionLayout->addWidget(m_byRecipient);
    encryptionLayout->addLayout(recipientRow);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addWidget(encryption);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("exportProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_progressLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setTextVisible(false);
    m_progressLabel->hide();
    m_progress->hide();
    m_outcome = new InlineMessage(this);
    m_outcome->setObjectName(QStringLiteral("exportOutcome"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportStartButton"));
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, [this] { startExport(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_refusal);
    layout->addWidget(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcome);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_key, m_keyPassphrase, m_output, m_encryptPassphrase,
                            m_encryptRepeat, m_recipient})
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::validate);
    for (QRadioButton *button : {m_none, m_byPassphrase, m_byRecipient})
        connect(button, &QRadioButton::toggled, this, &ExportDialog::encryptionChanged);
    m_form->setEnabled(m_failing.isEmpty());
    setMinimumWidth(600);
    encryptionChanged();
}

ExportDialog::~ExportDialog()
{
    m_job->discard();
}

void ExportDialog::setKeyFile(const QString &path)
{
    m_key->setText(path);
}

void ExportDialog::setKeyPassphrase(const QString &passphrase)
{
    m_keyPassphrase->setText(passphrase);
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_output->setText(path);
}

QString ExportDialog::outputPath() const
{
    return QDir::fromNativeSeparators(m_output->text().trimmed());
}

void ExportDialog::setNoEncryption()
{
    m_none->setChecked(true);
}

void ExportDialog::setEncryptionPassphrase(const QString &passphrase)
{
    m_byPassphrase->setChecked(true);
    m_encryptPassphrase->setText(passphrase);
    m_encryptRepeat->setText(passphrase);
}

void ExportDialog::setEncryptionRecipient(const QString &recipient)
{
    m_byRecipient->setChecked(true);
    m_recipient->setText(recipient);
}

bool ExportDialog::isRunning() const
{
    return m_job->isRunning();
}

void ExportDialog::encryptionChanged()
{
    m_encryptPassphrase->setEnabled(m_byPassphrase->isChecked());
    m_encryptRepeat->setEnabled(m_byPassphrase->isChecked());
    m_recipient->setEnabled(m_byRecipient->isChecked());
    // An encrypted package is named for what it is: FILE.zip.age.
    QString path = m_output->text().trimmed();
    if (!path.isEmpty()) {
        const bool encrypted = !m_none->isChecked();
        if (encrypted && !path.endsWith(kAge, Qt::CaseInsensitive))
            path += kAge;
        else if (!encrypted && path.endsWith(kAge, Qt::CaseInsensitive))
            path.chop(kAge.size());
        if (path != m_output->text().trimmed())
            m_output->setText(path);
    }
    validate();
}

QString ExportDialog::problem() const
{
    if (!m_failing.isEmpty())
        return tr("Every gate must hold before the release can leave.");
    if (m_key->text().trimmed().isEmpty())
        return tr("Choose the data steward's signing key.");
    if (!QFileInfo(m_key->text().trimmed()).isFile())
        return tr("There is no key file %1.").arg(QFileInfo(m_key->text().trimmed()).fileName());
    if (m_keyPassphrase->text().isEmpty())
        return tr("Enter the passphrase of the steward's key.");
    if (outputPath().isEmpty())
        return tr("Choose where to save the package.");
    if (!QFileInfo(QFileInfo(outputPath()).absolutePath()).isDir())
        return tr("The folder of %1 does not exist.").arg(QFileInfo(outputPath()).fileName());
    if (m_byPassphrase->isChecked()) {
        if (m_encryptPassphrase->text().isEmpty())
            return tr("Enter the passphrase the recipient will decrypt with.");
        if (m_encryptPassphrase->text() != m_encryptRepeat->text())
            return tr("The encryption passphrases differ.");
    }
    if (m_byRecipient->isChecked()) {
        const QString text = m_recipient->text().trimmed();
        if (text.isEmpty())
            return tr("Enter the recipient's age public key (age1…).");
        if (Result<AgeRecipient> parsed = AgeRecipient::parse(text); !parsed)
            return ErrorText::sentence(parsed.error());
    }
    return {};
}

void ExportDialog::validate()
{
    const QString text = problem();
    m_problem->setText(m_failing.isEmpty() ? text : QString());
    m_export->setEnabled(text.isEmpty() && !isRunning());
}

void ExportDialog::browseKey()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the Steward's Signing Key"),
                                                      QFileInfo(m_key->text()).absolutePath());
    if (!path.isEmpty())
        m_key->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::browseOutput()
{
    const bool encrypted = !m_none->isChecked();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Package"), outputPath(),
        encrypted ? tr("Encrypted packages (*.zip.age);;All files (*)")
                  : tr("Packages (*.zip);;All files (*)"));
    if (!path.isEmpty()) {
        m_output->setText(QDir::toNativeSeparators(path));
        encryptionChanged();
    }
}

void ExportDialog::setRunning(bool running)
{
    m_form->setEnabled(!running && m_failing.isEmpty());
    m_progress->setVisible(running);
    m_progressLabel->setVisible(running);
    m_buttons->button(QDialogButtonBox::Close)
        ->setText(running ? tr("Cancel") : tr("Close"));
    validate();
}

bool ExportDialog::startExport()
{
    if (isRunning() || !m_store)
        return false;
    if (const QString text = problem(); !text.isEmpty()) {
        m_outcome->showMessage(InlineMessage::Kind::Error, text);
        return false;
    }
    std::optional<AgeEncryptionTarget> encryption;
    if (m_byPassphrase->isChecked()) {
        AgeEncryptionTarget target;
        target.passphrase = m_encryptPassphrase->text();
        encryption = target;
    } else if (m_byRecipient->isChecked()) {
        Result<AgeRecipient> recipient = AgeRecipient::parse(m_recipient->text().trimmed());
        if (!recipient)
            return false;
        AgeEncryptionTarget target;
        target.recipients << *recipient;
        encryption = target;
    }
    auto secondary = m_store->openSecondary();
    if (!secondary) {
        m_outcome->showMessage(InlineMessage::Kind::Error,
                               tr("Not exported: %1").arg(ErrorText::sentence(secondary.error())));
        return false;
    }
    auto connection = std::make_shared<std::unique_ptr<ProjectStore>>(std::move(*secondary));
    const std::optional<ProjectSecret> secret =
        m_secretProvider ? m_secretProvider() : std::optional<ProjectSecret>();
    const QString keyFile = QDir::fromNativeSeparators(m_key->text().trimmed());
    const QString passphrase = m_keyPassphrase->text();
    const QString release = m_release;
    const QString out = outputPath();
    m_result.reset();
    m_outcome->clearMessage();
    m_progressLabel->setText(tr("Unlocking the steward's key…"));
    m_progress->setRange(0, 0);
    m_job->start(
        [connection, secret, keyFile, passphrase, release, out,
         encryption](const ProgressCallback &progress,
                     const CancellationToken *cancel) -> Result<ExportResult> {
            const std::unique_ptr<ProjectStore> own = std::move(*connection);
            Result<SigningIdentity> identity = SigningIdentity::load(keyFile, passphrase);
            if (!identity)
                return identity.error();
            if (cancel && cancel->isCancelled())
                return Error::cancelled();
            ExportRequest request;
            request.release = release;
            request.outPath = out;
            request.steward = &identity.value();
            request.encryption = encryption;
            request.secret = secret;
            // No passphrase from a worker: a locked secret is reported, the Masking tab unlocks.
            request.passphrase = [] {
                Error error;
                error.code = ErrorCode::Verification;
                error.message = ExportDialog::tr(
                    "A masking rule of this release needs the project secret, which is locked. "
                    "Unlock it on the Masking tab first.");
                return Result<QString>(error);
            };
            return ExportService(*own).exportRelease(request, progress, cancel);
        },
        0);
    setRunning(true);
    return true;
}

void ExportDialog::cancelExport()
{
    m_job->cancel();
}

void ExportDialog::reject()
{
    // Close while exporting cancels; the dialog closes once nothing is left behind.
    if (isRunning()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

} // namespace steward::ui
