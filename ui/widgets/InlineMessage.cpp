#include "ui/widgets/InlineMessage.h"

#include "ui/widgets/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace steward::ui {

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("inlineMessageText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void InlineMessage::showMessage(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        clearMessage();
        return;
    }
    m_kind = kind;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon(kind == Kind::Error ? IconId::Error : IconId::Warning)
                          .pixmap(QSize(size, size), devicePixelRatioF()));
    m_text->setText(text);
    show();
}

void InlineMessage::clearMessage()
{
    m_text->clear();
    hide();
}

QString InlineMessage::text() const
{
    return m_text->text();
}

} // namespace steward::ui
