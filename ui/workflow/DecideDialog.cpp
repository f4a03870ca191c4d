#include "ui/workflow/DecideDialog.h"

#include "core/signing/PublicKey.h"
#include "ui/workflow/WorkflowText.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace steward::ui {

DecideDialog::DecideDialog(const QString &release, QWidget *parent)
    : QDialog(parent),
      m_key(new QLineEdit(this)),
      m_keyInfo(new QLabel(this)),
      m_approve(new QRadioButton(tr("&Approve"), this)),
      m_reject(new QRadioButton(tr("&Reject"), this)),
      m_comment(new QPlainTextEdit(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("decideDialog"));
    setWindowTitle(tr("Decide on “%1”").arg(release));

    auto *intro = new QLabel(
        tr("Sign a decision on the content submitted for review with your own key. The decision "
           "counts only while the content stays as it is now."),
        this);
    intro->setWordWrap(true);

    m_key->setObjectName(QStringLiteral("decideKeyEdit"));
    m_key->setPlaceholderText(tr("Your signing key file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("decideBrowseButton"));
    connect(browse, &QPushButton::clicked, this, &DecideDialog::browse);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(browse);
    m_keyInfo->setObjectName(QStringLiteral("decideKeyInfo"));
    m_keyInfo->setWordWrap(true);
    m_keyInfo->setForegroundRole(QPalette::PlaceholderText);

    m_approve->setObjectName(QStringLiteral("decideApprove"));
    m_reject->setObjectName(QStringLiteral("decideReject"));
    m_approve->setChecked(true);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_approve);
    choice->addWidget(m_reject);
    choice->addStretch(1);

    m_comment->setObjectName(QStringLiteral("decideComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("What should change, or why it is acceptable"));
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 5 + 12);

    auto *form = new QFormLayout;
    auto *keyLabel = new QLabel(tr("&Key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, keyRow);
    form->addRow(QString(), m_keyInfo);
    form->addRow(tr("Decision:"), choice);
    form->addRow(tr("&Comment:"), m_comment);

    m_problem->setObjectName(QStringLiteral("decideProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign Decision…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_key, &QLineEdit::textChanged, this, &DecideDialog::validate);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &DecideDialog::validate);
    connect(m_reject, &QRadioButton::toggled, this, &DecideDialog::validate);
    setMinimumWidth(520);
    validate();
}

QString DecideDialog::keyFile() const
{
    return m_key->text().trimmed();
}

void DecideDialog::setKeyFile(const QString &path)
{
    m_key->setText(path);
}

bool DecideDialog::approve() const
{
    return m_approve->isChecked();
}

void DecideDialog::setApprove(bool approve)
{
    (approve ? m_approve : m_reject)->setChecked(true);
}

QString DecideDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

void DecideDialog::setComment(const QString &comment)
{
    m_comment->setPlainText(comment);
}

void DecideDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose Your Signing Key"),
                                                      QFileInfo(keyFile()).absolutePath());
    if (!path.isEmpty())
        m_key->setText(path);
}

void DecideDialog::validate()
{
    const QString path = keyFile();
    QString problem;
    m_keyInfo->clear();
    if (path.isEmpty()) {
        problem = tr("Choose your signing key file.");
    } else if (!QFileInfo(path).isFile()) {
        problem = tr("There is no file %1.").arg(QFileInfo(path).fileName());
    } else if (const Result<PublicKey> key = PublicKey::load(path + QStringLiteral(".pub"))) {
        // The public half next to the key names whose key it is before the passphrase is asked.
        m_keyInfo->setText(tr("Key of %1 (%2), fingerprint %3")
                               .arg(key->name.isEmpty() ? tr("unnamed") : key->name,
                                    WorkflowText::role(key->role), key->fingerprint()));
    }
    if (problem.isEmpty() && m_reject->isChecked() && comment().isEmpty())
        problem = tr("A rejection needs a comment: it tells the steward what to change.");
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace steward::ui
