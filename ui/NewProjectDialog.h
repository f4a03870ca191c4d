#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace steward::ui {

// File → New Project: a title and where to save the .steward file. The file name follows the
// title until the user edits it; an existing file is never overwritten.
class NewProjectDialog final : public QDialog {
    Q_OBJECT
public:
    explicit NewProjectDialog(QWidget *parent = nullptr);

    QString title() const;
    // Absolute path ending in ".steward".
    QString path() const;

    void setTitle(const QString &title);
    void setPath(const QString &path);

private:
    void browse();
    void titleEdited();
    void validate();

    QLineEdit *m_titleEdit;
    QLineEdit *m_pathEdit;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QString m_directory;
    bool m_pathEdited = false;
};

} // namespace steward::ui
