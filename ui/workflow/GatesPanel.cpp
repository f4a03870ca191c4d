#include "ui/workflow/GatesPanel.h"

#include "ui/widgets/Icons.h"
#include "ui/workflow/WorkflowText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>

namespace steward::ui {

GatesPanel::GatesPanel(QWidget *parent) : QGroupBox(tr("Gates"), parent)
{
    setObjectName(QStringLiteral("gatesPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("gatesSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(4);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(m_rows);
    layout->addStretch(1);
    setPending(tr("Not measured yet."));
}

void GatesPanel::clearRows()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void GatesPanel::addRow(const ReleaseGate &gate)
{
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("gateRow"));
    row->setProperty("gate", gate.name);
    row->setProperty("ok", gate.ok);
    auto *mark = new QLabel(row);
    mark->setObjectName(QStringLiteral("gateMark"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    mark->setPixmap(icon(gate.ok ? IconId::Confirmed : IconId::Error)
                        .pixmap(QSize(size, size), devicePixelRatioF()));
    mark->setFixedWidth(size);
    mark->setAccessibleName(gate.ok ? tr("Holds") : tr("Fails"));
    auto *title = new QLabel(WorkflowText::gate(gate.name), row);
    title->setObjectName(QStringLiteral("gateTitle"));
    QFont font = title->font();
    font.setBold(!gate.ok);
    title->setFont(font);
    title->setWordWrap(true);
    auto *reason = new QLabel(gate.detail, row);
    reason->setObjectName(QStringLiteral("gateReason"));
    reason->setWordWrap(true);
    reason->setTextFormat(Qt::PlainText);
    reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (gate.ok)
        reason->setForegroundRole(QPalette::PlaceholderText);
    auto *text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(title);
    if (!gate.detail.isEmpty())
        text->addWidget(reason);
    else
        reason->hide();
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mark, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    m_rows->addWidget(row);
}

void GatesPanel::setGates(const QList<ReleaseGate> &gates)
{
    m_gates = gates;
    m_known = true;
    clearRows();
    for (const ReleaseGate &gate : gates)
        addRow(gate);
    const qsizetype failed = failing().size();
    m_summary->setText(failed == 0
                           ? tr("All %Ln gate(s) hold.", nullptr, int(gates.size()))
                           : tr("%Ln of %1 gate(s) fail.", nullptr, int(failed))
                                 .arg(QLocale().toString(qsizetype(gates.size()))));
}

void GatesPanel::setPending(const QString &text)
{
    m_gates.clear();
    m_known = false;
    clearRows();
    m_summary->setText(text);
}

QStringList GatesPanel::failing() const
{
    QStringList ids;
    for (const ReleaseGate &gate : m_gates) {
        if (!gate.ok)
            ids << gate.name;
    }
    return ids;
}

QStringList GatesPanel::failingText() const
{
    QStringList lines;
    for (const ReleaseGate &gate : m_gates) {
        if (!gate.ok)
            lines << (gate.detail.isEmpty()
                          ? WorkflowText::gate(gate.name)
                          : tr("%1: %2").arg(WorkflowText::gate(gate.name), gate.detail));
    }
    return lines;
}

} // namespace steward::ui
