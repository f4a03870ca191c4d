#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace steward::ui {

// Asks for a dataset's new name, checking it as the user types (OK stays disabled while the
// name is empty or taken, and the reason is shown under the field).
class RenameDatasetDialog final : public QDialog {
    Q_OBJECT
public:
    RenameDatasetDialog(const QString &currentName, const QStringList &existingNames,
                        QWidget *parent = nullptr);

    QString currentName() const { return m_currentName; }
    // The trimmed new name.
    QString newName() const;

private:
    void validate();

    QString m_currentName;
    QStringList m_existing;
    QLineEdit *m_nameEdit;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace steward::ui
