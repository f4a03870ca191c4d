#pragma once

#include "core/signing/SignerRole.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace steward {
class ProjectStore;
}

namespace steward::ui {

class InlineMessage;

// Project → Trusted Keys: the public keys the project trusts, each for a role (the steward who
// signs exports, compliance and ethics reviewers who decide), added from a .pub file for a role
// and removed again (TrustService: audited).
class TrustedKeysDialog final : public QDialog {
    Q_OBJECT
public:
    explicit TrustedKeysDialog(ProjectStore *store, QWidget *parent = nullptr);

    // Rereads the list.
    void refresh();
    // Adds the key in `pubFile` for `role` (`name` empty: the key's own name). Says why not.
    bool addKey(const QString &pubFile, SignerRole role, const QString &name = {});
    // Removes every role of the key; `confirm` asks first.
    bool removeKey(const QString &fingerprint, bool confirm = true);

    QTreeWidget *list() const { return m_list; }

signals:
    void keysChanged();

private:
    void askAdd();
    void removeSelected();
    void updateButtons();

    ProjectStore *m_store;
    QTreeWidget *m_list;
    InlineMessage *m_message;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace steward::ui
