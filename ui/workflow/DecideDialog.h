#pragma once

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace steward::ui {

// A reviewer deciding on the steward's machine: their key file, approve or reject, a comment (a
// rejection needs one: it is what the steward reads). The key's passphrase is asked afterwards
// (PassphraseDialog), so that it never sits in this form.
class DecideDialog final : public QDialog {
    Q_OBJECT
public:
    explicit DecideDialog(const QString &release, QWidget *parent = nullptr);

    QString keyFile() const;
    void setKeyFile(const QString &path);
    bool approve() const;
    void setApprove(bool approve);
    QString comment() const;
    void setComment(const QString &comment);

private:
    void browse();
    void validate();

    QLineEdit *m_key;
    QLabel *m_keyInfo;
    QRadioButton *m_approve;
    QRadioButton *m_reject;
    QPlainTextEdit *m_comment;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace steward::ui
