#include "ui/datasets/RenameDatasetDialog.h"

#include "ui/datasets/DatasetNameRules.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward::ui {

RenameDatasetDialog::RenameDatasetDialog(const QString &currentName,
                                         const QStringList &existingNames, QWidget *parent)
    : QDialog(parent),
      m_currentName(currentName),
      m_existing(existingNames),
      m_nameEdit(new QLineEdit(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("renameDatasetDialog"));
    setWindowTitle(tr("Rename Dataset"));
    m_existing.removeAll(currentName);

    auto *label = new QLabel(tr("New name for dataset “%1”:").arg(currentName), this);
    label->setWordWrap(true);
    label->setBuddy(m_nameEdit);
    m_nameEdit->setObjectName(QStringLiteral("datasetNameEdit"));
    m_nameEdit->setText(currentName);
    m_nameEdit->selectAll();
    m_nameEdit->setMaxLength(kMaxDatasetNameLength + 16);
    m_problem->setObjectName(QStringLiteral("nameProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Rename"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("renameButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &RenameDatasetDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_nameEdit);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    validate();
}

QString RenameDatasetDialog::newName() const
{
    return m_nameEdit->text().trimmed();
}

void RenameDatasetDialog::validate()
{
    const QString problem = DatasetNameRules::problem(m_nameEdit->text(), m_existing);
    const bool unchanged = newName() == m_currentName;
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !unchanged);
}

} // namespace steward::ui
