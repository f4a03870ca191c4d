#include "ui/widgets/PassphraseDialog.h"

#include "ui/widgets/Icons.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace steward::ui {

namespace {
// Room for a comfortable passphrase; the title decides when it is longer.
constexpr int kMinimumWidthChars = 64;
} // namespace

PassphraseDialog::PassphraseDialog(Mode mode, QWidget *parent)
    : QDialog(parent),
      m_mode(mode),
      m_passphrase(new QLineEdit(this)),
      m_showAction(new QAction(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(mode == Mode::Unlock ? tr("Unlock Project Secret")
                                        : tr("Create Project Secret"));

    auto *intro = new QLabel(this);
    m_intro = intro;
    intro->setObjectName(QStringLiteral("passphraseIntro"));
    intro->setWordWrap(true);
    intro->setText(mode == Mode::Unlock
                       ? tr("Enter the project passphrase to use its pseudonyms and date shifts.")
                       : tr("This project has no secret yet. Choose a passphrase to protect it. "
                            "It cannot be recovered: keep it safe."));

    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_showAction->setObjectName(QStringLiteral("showPassphraseAction"));
    m_showAction->setCheckable(true);
    m_passphrase->addAction(m_showAction, QLineEdit::TrailingPosition);
    connect(m_showAction, &QAction::toggled, this, &PassphraseDialog::setPassphraseShown);

    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    if (mode == Mode::Create) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("repeatPassphraseEdit"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat:"), m_repeat);
        connect(m_repeat, &QLineEdit::textChanged, this, &PassphraseDialog::validate);
    }
    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseDialog::validate);

    // Always takes its two lines, so that a message appearing does not resize the dialog.
    m_problem->setObjectName(QStringLiteral("passphraseProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2);
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Unlock ? tr("&Unlock") : tr("C&reate"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    setPassphraseShown(false);
    validate();

    // One size for every state and language: wide enough for the title (window decorations
    // cut a long title off, notably in Chinese) and for a comfortable field.
    const QFontMetrics metrics(font());
    // Room beside the title for the window manager's icon and buttons.
    const int titleWidth = metrics.horizontalAdvance(windowTitle()) + 200;
    const int width = std::max(metrics.averageCharWidth() * kMinimumWidthChars, titleWidth);
    intro->setMinimumWidth(width - layout->contentsMargins().left()
                           - layout->contentsMargins().right());
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                   : layout->totalSizeHint().height();
    setFixedSize(width, height);
}

QString PassphraseDialog::passphrase() const
{
    return m_passphrase->text();
}

bool PassphraseDialog::isPassphraseShown() const
{
    return m_passphrase->echoMode() == QLineEdit::Normal;
}

void PassphraseDialog::setPassphraseShown(bool shown)
{
    const QLineEdit::EchoMode echo = shown ? QLineEdit::Normal : QLineEdit::Password;
    m_passphrase->setEchoMode(echo);
    if (m_repeat)
        m_repeat->setEchoMode(echo);
    const QSignalBlocker blocker(m_showAction);
    m_showAction->setChecked(shown);
    m_showAction->setIcon(icon(shown ? IconId::HidePassword : IconId::ShowPassword));
    m_showAction->setText(shown ? tr("Hide Passphrase") : tr("Show Passphrase"));
    m_showAction->setToolTip(m_showAction->text());
}

void PassphraseDialog::validate()
{
    QString problem;
    bool ok = !m_passphrase->text().isEmpty();
    if (m_repeat && ok) {
        if (m_repeat->text().isEmpty()) {
            ok = false;
        } else if (m_repeat->text() != m_passphrase->text()) {
            ok = false;
            // Only once the repetition is as long as the passphrase: not while typing it.
            if (m_repeat->text().size() >= m_passphrase->text().size())
                problem = tr("The passphrases differ.");
        }
    }
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

void PassphraseDialog::setTexts(const QString &title, const QString &intro, const QString &okText)
{
    setWindowTitle(title);
    m_intro->setText(intro);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
}

} // namespace steward::ui
