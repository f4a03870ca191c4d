#include "ui/release/PolicyReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward::ui {

PolicyReasonDialog::PolicyReasonDialog(const QStringList &changes, QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("policyReasonDialog"));
    setWindowTitle(tr("Loosen Release Policy"));

    auto *intro = new QLabel(tr("This makes the release policy less strict than before:"), this);
    intro->setWordWrap(true);
    QStringList items;
    for (const QString &change : changes)
        items << QStringLiteral("<li>%1</li>").arg(change.toHtmlEscaped());
    auto *list = new QLabel(
        QStringLiteral("<ul style=\"margin-left:-20px\">%1</ul>").arg(items.join(QString())), this);
    list->setObjectName(QStringLiteral("policyReasonChanges"));
    list->setTextFormat(Qt::RichText);
    list->setWordWrap(true);
    auto *ask = new QLabel(tr("Say why. The reason is kept in the audit trail with the change; "
                              "without one the policy stays as it is."),
                           this);
    ask->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("policyReasonEdit"));
    m_reason->setPlaceholderText(tr("e.g. approved by the ethics committee, decision 2026-14"));
    ask->setBuddy(m_reason);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Loosen"));
    ok->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(list);
    layout->addWidget(ask);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 76);
}

QString PolicyReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace steward::ui
