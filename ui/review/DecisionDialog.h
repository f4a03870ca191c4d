#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace steward::ui {

class InlineMessage;

// What a reviewer signs before the passphrase is asked: approve or reject (chosen by the button
// that opened it), a comment (required to reject: the steward needs to know why), the signing key
// file and the folder the decision file goes to.
class DecisionDialog final : public QDialog {
    Q_OBJECT
public:
    DecisionDialog(bool approve, const QString &release, int markedSections, int sections,
                   QWidget *parent = nullptr);

    bool approves() const { return m_approve; }
    QString comment() const;
    QString keyFile() const;
    QString folder() const;
    void setKeyFile(const QString &path);
    void setFolder(const QString &path);

    void accept() override;

private:
    bool m_approve;
    QPlainTextEdit *m_comment;
    QLineEdit *m_key;
    QLineEdit *m_folder;
    InlineMessage *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace steward::ui
