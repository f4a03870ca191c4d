#include "ui/review/DecisionDialog.h"

#include "ui/widgets/InlineMessage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward::ui {

namespace {
QHBoxLayout *withBrowse(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
}
} // namespace

DecisionDialog::DecisionDialog(bool approve, const QString &release, int markedSections,
                               int sections, QWidget *parent)
    : QDialog(parent),
      m_approve(approve),
      m_comment(new QPlainTextEdit(this)),
      m_key(new QLineEdit(this)),
      m_folder(new QLineEdit(this)),
      m_problem(new InlineMessage(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(approve ? tr("Approve Release") : tr("Reject Release"));

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("decisionIntro"));
    intro->setWordWrap(true);
    const QLocale locale;
    intro->setText(
        (approve ? tr("You approve the release “%1” exactly as it is in this package.")
                 : tr("You reject the release “%1”. It returns to the data steward with your "
                      "comment and section marks."))
            .arg(release)
        + QLatin1Char(' ')
        + tr("Sections marked: %1 of %2. Your decision is signed with your key; it changes "
             "nothing in the package.")
              .arg(locale.toString(markedSections), locale.toString(sections)));

    m_comment->setObjectName(QStringLiteral("decisionComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(approve ? tr("Optional")
                                          : tr("Required: what must change before you approve"));
    m_comment->setMinimumHeight(m_comment->fontMetrics().lineSpacing() * 5);
    m_key->setObjectName(QStringLiteral("decisionKeyFile"));
    m_key->setPlaceholderText(tr("The key file made by “keygen” (not the .pub file)"));
    m_folder->setObjectName(QStringLiteral("decisionFolder"));

    auto *browseKey = new QPushButton(tr("&Browse…"), this);
    browseKey->setObjectName(QStringLiteral("browseKeyButton"));
    connect(browseKey, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose Your Signing Key"),
                                                          m_key->text());
        if (!path.isEmpty())
            m_key->setText(QDir::toNativeSeparators(path));
    });
    auto *browseFolder = new QPushButton(tr("B&rowse…"), this);
    browseFolder->setObjectName(QStringLiteral("browseFolderButton"));
    connect(browseFolder, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Save the Decision In"),
                                                               m_folder->text());
        if (!path.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(path));
    });

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Comment:"), m_comment);
    auto *keyLabel = new QLabel(tr("Signing &key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, withBrowse(m_key, browseKey));
    auto *folderLabel = new QLabel(tr("&Save in:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, withBrowse(m_folder, browseFolder));

    QPushButton *ok = m_buttons->addButton(approve ? tr("&Approve and Sign…")
                                                   : tr("&Reject and Sign…"),
                                           QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("decisionOkButton"));
    ok->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 96);
}

QString DecisionDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

QString DecisionDialog::keyFile() const
{
    return QDir::fromNativeSeparators(m_key->text().trimmed());
}

QString DecisionDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void DecisionDialog::setKeyFile(const QString &path)
{
    m_key->setText(QDir::toNativeSeparators(path));
}

void DecisionDialog::setFolder(const QString &path)
{
    m_folder->setText(QDir::toNativeSeparators(path));
}

void DecisionDialog::accept()
{
    if (!m_approve && comment().isEmpty()) {
        m_problem->showMessage(InlineMessage::Kind::Error,
                               tr("Say why you reject the release in the comment."));
        m_comment->setFocus();
        return;
    }
    if (!QFileInfo(keyFile()).isFile()) {
        m_problem->showMessage(InlineMessage::Kind::Error,
                               tr("Choose your signing key file."));
        m_key->setFocus();
        return;
    }
    if (keyFile().endsWith(QLatin1String(".pub"))) {
        m_problem->showMessage(InlineMessage::Kind::Error,
                               tr("That is the public key. Choose the key file beside it, "
                                  "without “.pub”."));
        m_key->setFocus();
        return;
    }
    const QFileInfo dir(folder());
    if (!dir.isDir() || !dir.isWritable()) {
        m_problem->showMessage(InlineMessage::Kind::Error,
                               tr("Choose a folder you can write to for the decision file."));
        m_folder->setFocus();
        return;
    }
    m_problem->clearMessage();
    QDialog::accept();
}

} // namespace steward::ui
