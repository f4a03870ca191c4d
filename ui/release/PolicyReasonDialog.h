#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace steward::ui {

// Asks why a release policy is being loosened (a higher unmasked grade, a lower k, a higher risk
// ceiling, ethics approval no longer required, free text allowed). The reason is audited with the
// change; OK stays disabled until one is typed.
class PolicyReasonDialog final : public QDialog {
    Q_OBJECT
public:
    // `changes`: one line per loosened value ("Minimum k: 5 → 3"), for people.
    explicit PolicyReasonDialog(const QStringList &changes, QWidget *parent = nullptr);

    QString reason() const; // trimmed
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace steward::ui
