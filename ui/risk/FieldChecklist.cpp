#include "ui/risk/FieldChecklist.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace steward::ui {

namespace {

constexpr int kVisibleRows = 14;

} // namespace

FieldChecklist::FieldChecklist(QWidget *parent)
    : QFrame(parent, Qt::Popup),
      m_title(new QLabel(this)),
      m_list(new QListWidget(this)),
      m_all(new QPushButton(this)),
      m_none(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_list->setObjectName(QStringLiteral("fieldChecklistList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_all->setObjectName(QStringLiteral("fieldChecklistAll"));
    m_none->setObjectName(QStringLiteral("fieldChecklistNone"));
    m_title->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_all);
    buttons->addWidget(m_none);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);

    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit checkedChanged(checked());
    });
    connect(m_all, &QPushButton::clicked, this, [this] {
        setChecked(m_classified);
        emit checkedChanged(checked());
    });
    connect(m_none, &QPushButton::clicked, this, [this] {
        setChecked({});
        emit checkedChanged(checked());
    });
    retranslate();
}

void FieldChecklist::setFields(const QStringList &fields, const QStringList &checked,
                               const QStringList &classified)
{
    m_updating = true;
    m_list->clear();
    for (const QString &f : fields) {
        auto *item = new QListWidgetItem(f, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(f) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
    m_classified = classified;
    m_all->setEnabled(!classified.isEmpty());
}

void FieldChecklist::setChecked(const QStringList &fields)
{
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(fields.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
}

QStringList FieldChecklist::checked() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out.append(m_list->item(i)->text());
    }
    return out;
}

void FieldChecklist::setTexts(const QString &title, const QString &allText)
{
    m_title->setText(title);
    m_all->setText(allText);
}

void FieldChecklist::popup(QWidget *anchor)
{
    const int rows = std::clamp(m_list->count(), 4, kVisibleRows);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    m_list->setMinimumHeight(rows * rowHeight + 2 * m_list->frameWidth());
    adjustSize();
    resize(std::max(width(), anchor->width()), height());
    QPoint pos = anchor->mapToGlobal(QPoint(0, anchor->height()));
    if (const QScreen *screen = anchor->screen()) {
        const QRect available = screen->availableGeometry();
        if (pos.y() + height() > available.bottom())
            pos.setY(std::max(available.top(), anchor->mapToGlobal(QPoint(0, 0)).y() - height()));
        pos.setX(std::clamp(pos.x(), available.left(),
                            std::max(available.left(), available.right() - width())));
    }
    move(pos);
    show();
    m_list->setFocus();
    if (m_list->count() > 0 && !m_list->currentItem())
        m_list->setCurrentRow(0);
}

void FieldChecklist::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void FieldChecklist::retranslate()
{
    m_none->setText(tr("None"));
}

} // namespace steward::ui
