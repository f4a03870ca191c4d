#pragma once

#include <QDialog>

class QAction;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace steward::ui {

// Asks for the project passphrase: once to unlock, twice (entered and repeated) to create the
// project secret. One size whatever is typed or said (wide enough for its title in every
// language), with a show-password toggle in the field.
class PassphraseDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode {
        Unlock, // the secret exists: one field
        Create, // no secret yet: choose and repeat
    };

    explicit PassphraseDialog(Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString passphrase() const;
    bool isPassphraseShown() const;
    // Other secrets than the project's (a signing key's): title, the sentence above the field
    // and the OK button's text.
    void setTexts(const QString &title, const QString &intro, const QString &okText);
    void setPassphraseShown(bool shown);

private:
    void validate();

    Mode m_mode;
    QLabel *m_intro = nullptr;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat = nullptr;
    QAction *m_showAction;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace steward::ui
