#include "ui/workflow/TrustedKeysDialog.h"

#include "core/signing/PublicKey.h"
#include "core/signing/TrustService.h"
#include "ui/widgets/ErrorText.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MessageBoxWidth.h"
#include "ui/workflow/WorkflowText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward::ui {

namespace {

enum Column { NameColumn, RoleColumn, FingerprintColumn, AddedColumn, ByColumn };

// The role and name of a key being added: the role prefilled from the key's own comment.
class AddKeyDialog final : public QDialog {
public:
    AddKeyDialog(const PublicKey &key, const QString &file, QWidget *parent) : QDialog(parent)
    {
        setObjectName(QStringLiteral("addTrustedKeyDialog"));
        setWindowTitle(TrustedKeysDialog::tr("Trust Key"));
        auto *intro = new QLabel(
            TrustedKeysDialog::tr("Trust the key in %1 (fingerprint %2) for one role. Check the "
                                  "fingerprint with its owner by another way than the file.")
                .arg(file, key.fingerprint()),
            this);
        intro->setWordWrap(true);
        role = new QComboBox(this);
        role->setObjectName(QStringLiteral("trustRoleCombo"));
        for (SignerRole r : {SignerRole::Steward, SignerRole::Compliance, SignerRole::Ethics})
            role->addItem(SignerRoles::label(r), SignerRoles::name(r));
        role->setCurrentIndex(std::max(0, role->findData(key.role)));
        name = new QLineEdit(key.name, this);
        name->setObjectName(QStringLiteral("trustNameEdit"));
        name->setPlaceholderText(key.fingerprint());
        auto *form = new QFormLayout;
        form->addRow(TrustedKeysDialog::tr("&Role:"), role);
        form->addRow(TrustedKeysDialog::tr("&Name:"), name);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        buttons->button(QDialogButtonBox::Ok)->setText(TrustedKeysDialog::tr("&Trust"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addLayout(form);
        layout->addWidget(buttons);
        setMinimumWidth(480);
    }

    QComboBox *role;
    QLineEdit *name;
};

} // namespace

TrustedKeysDialog::TrustedKeysDialog(ProjectStore *store, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_list(new QTreeWidget(this)),
      m_message(new InlineMessage(this)),
      m_add(new QPushButton(tr("&Add Key…"), this)),
      m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("trustedKeysDialog"));
    setWindowTitle(tr("Trusted Keys"));
    auto *intro = new QLabel(
        tr("Decisions and packages count only when signed by a key the project trusts for the "
           "signer's role."),
        this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("trustedKeysList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Name"), tr("Role"), tr("Fingerprint"), tr("Added"), tr("By")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TrustedKeysDialog::updateButtons);

    m_message->setObjectName(QStringLiteral("trustedKeysMessage"));
    m_add->setObjectName(QStringLiteral("addTrustedKeyButton"));
    m_remove->setObjectName(QStringLiteral("removeTrustedKeyButton"));
    connect(m_add, &QPushButton::clicked, this, &TrustedKeysDialog::askAdd);
    connect(m_remove, &QPushButton::clicked, this, &TrustedKeysDialog::removeSelected);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 420);
    refresh();
}

void TrustedKeysDialog::refresh()
{
    m_list->clear();
    if (!m_store)
        return;
    Result<QList<TrustedKey>> keys = TrustService(*m_store).list();
    if (!keys) {
        m_message->showMessage(InlineMessage::Kind::Error,
                               tr("The trusted keys cannot be read: %1")
                                   .arg(ErrorText::sentence(keys.error())));
        updateButtons();
        return;
    }
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const TrustedKey &key : std::as_const(*keys)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, key.name);
        item->setText(RoleColumn, SignerRoles::label(key.role));
        item->setText(FingerprintColumn, key.fingerprint());
        item->setFont(FingerprintColumn, fixed);
        item->setText(AddedColumn, WorkflowText::time(key.addedAt));
        item->setText(ByColumn, key.addedBy);
        item->setData(0, Qt::UserRole, key.fingerprint());
        item->setData(RoleColumn, Qt::UserRole, SignerRoles::name(key.role));
    }
    updateButtons();
}

void TrustedKeysDialog::updateButtons()
{
    m_add->setEnabled(m_store != nullptr);
    m_remove->setEnabled(m_store && !m_list->selectedItems().isEmpty());
}

void TrustedKeysDialog::askAdd()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Public Key"), QString(),
        tr("Public keys (*.pub);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<PublicKey> key = PublicKey::load(path);
    if (!key) {
        m_message->showMessage(InlineMessage::Kind::Error,
                               tr("Not added: %1").arg(ErrorText::sentence(key.error())));
        return;
    }
    AddKeyDialog dialog(*key, QFileInfo(path).fileName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto role = SignerRoles::fromName(dialog.role->currentData().toString());
    addKey(path, role.value_or(SignerRole::Compliance), dialog.name->text().trimmed());
}

bool TrustedKeysDialog::addKey(const QString &pubFile, SignerRole role, const QString &name)
{
    if (!m_store)
        return false;
    const Result<PublicKey> key = PublicKey::load(pubFile);
    if (!key) {
        m_message->showMessage(InlineMessage::Kind::Error,
                               tr("Not added: %1").arg(ErrorText::sentence(key.error())));
        return false;
    }
    const Result<TrustedKey> added = TrustService(*m_store).add(*key, role, name);
    if (!added) {
        m_message->showMessage(InlineMessage::Kind::Error,
                               tr("Not added: %1").arg(ErrorText::sentence(added.error())));
        return false;
    }
    m_message->showMessage(InlineMessage::Kind::Notice,
                           tr("Trusted the key of %1 (fingerprint %2) as %3.")
                               .arg(added->name, added->fingerprint(),
                                    SignerRoles::label(added->role)));
    refresh();
    emit keysChanged();
    return true;
}

void TrustedKeysDialog::removeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (!selected.isEmpty())
        removeKey(selected.first()->data(0, Qt::UserRole).toString());
}

bool TrustedKeysDialog::removeKey(const QString &fingerprint, bool confirm)
{
    if (!m_store)
        return false;
    if (confirm) {
        QMessageBox box(QMessageBox::Question, tr("Remove Trusted Key"),
                        tr("No longer trust the key %1?").arg(fingerprint),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("removeTrustedKeyMessageBox"));
        box.setInformativeText(tr("Decisions and packages it signs are no longer accepted; "
                                  "every role of the key is removed. The change is audited."));
        QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(cancel);
        box.setEscapeButton(cancel);
        setReadableWidth(box);
        box.exec();
        if (box.clickedButton() != remove)
            return false;
    }
    if (Status removed = TrustService(*m_store).remove(fingerprint); !removed) {
        m_message->showMessage(InlineMessage::Kind::Error,
                               tr("Not removed: %1").arg(ErrorText::sentence(removed.error())));
        return false;
    }
    m_message->showMessage(InlineMessage::Kind::Notice,
                           tr("The key %1 is no longer trusted.").arg(fingerprint));
    refresh();
    emit keysChanged();
    return true;
}

} // namespace steward::ui
