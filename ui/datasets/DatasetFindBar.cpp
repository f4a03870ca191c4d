#include "ui/datasets/DatasetFindBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace steward::ui {

DatasetFindBar::DatasetFindBar(QWidget *parent)
    : QWidget(parent),
      m_edit(new QLineEdit(this)),
      m_columns(new QComboBox(this)),
      m_count(new QLabel(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("dataFindBar"));
    m_edit->setObjectName(QStringLiteral("dataFindEdit"));
    m_edit->setPlaceholderText(tr("Find in the rows"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_columns->setObjectName(QStringLiteral("dataFindColumn"));
    m_columns->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_columns->setToolTip(tr("The field the text is looked for in"));
    m_count->setObjectName(QStringLiteral("dataFindCount"));
    m_close->setObjectName(QStringLiteral("dataFindClose"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close the find bar and show every row (Esc)"));

    auto *label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_edit);
    auto *in = new QLabel(tr("&in"), this);
    in->setBuddy(m_columns);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(in);
    layout->addWidget(m_columns);
    layout->addSpacing(8);
    layout->addWidget(m_count);
    layout->addStretch(0);
    layout->addWidget(m_close);

    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &DatasetFindBar::filterChanged);
    connect(m_edit, &QLineEdit::textChanged, this, [this] { m_settle.start(); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        m_settle.stop();
        emit filterChanged();
    });
    connect(m_columns, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_edit->text().isEmpty()) {
            m_settle.stop();
            emit filterChanged();
        }
    });
    connect(m_close, &QToolButton::clicked, this, [this] {
        clear();
        hide();
        emit closed();
    });
}

void DatasetFindBar::setFields(const QStringList &names)
{
    const QSignalBlocker blockEdit(m_edit);
    const QSignalBlocker blockColumns(m_columns);
    m_settle.stop();
    m_edit->clear();
    m_columns->clear();
    m_columns->addItem(tr("All columns"), -1);
    for (int i = 0; i < names.size(); ++i)
        m_columns->addItem(names.at(i), i);
    m_count->clear();
}

QString DatasetFindBar::text() const
{
    return m_edit->text();
}

int DatasetFindBar::column() const
{
    return m_columns->currentIndex() <= 0 ? -1 : m_columns->currentData().toInt();
}

void DatasetFindBar::setColumn(int column)
{
    m_columns->setCurrentIndex(std::max(0, m_columns->findData(column)));
}

void DatasetFindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void DatasetFindBar::clear()
{
    m_settle.stop();
    if (m_edit->text().isEmpty())
        return;
    const QSignalBlocker block(m_edit);
    m_edit->clear();
    emit filterChanged();
}

void DatasetFindBar::setCountText(const QString &text)
{
    m_count->setText(text);
}

bool DatasetFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        if (!m_edit->text().isEmpty()) {
            clear();
        } else {
            hide();
            emit closed();
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace steward::ui
