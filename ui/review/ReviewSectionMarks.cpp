#include "ui/review/ReviewSectionMarks.h"

#include "ui/review/ReviewText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace steward::ui {

ReviewSectionMarks::ReviewSectionMarks(const QString &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_rowsLayout(new QVBoxLayout), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("sectionMarks_%1").arg(document));
    auto *intro = new QLabel(tr("Mark each section. Your marks and comments are signed with "
                                "your decision."),
                            this);
    intro->setWordWrap(true);
    m_empty->setText(tr("This document has no sections to mark."));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    innerLayout->addWidget(m_empty);
    innerLayout->addLayout(m_rowsLayout);
    innerLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(inner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
}

void ReviewSectionMarks::setSections(const QJsonArray &sections)
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_rows.clear();
    int number = 0;
    for (const QJsonValue &value : sections) {
        const QJsonObject section = value.toObject();
        Row row;
        row.key = section.value(QStringLiteral("key")).toString();
        row.title = section.value(QStringLiteral("title")).toString();
        if (row.key.isEmpty())
            continue;
        ++number;
        auto *box = new QWidget;
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 4, 0, 4);
        // A link: choosing the title shows that section in the document beside.
        auto *title = new QLabel(box);
        title->setWordWrap(true);
        title->setTextFormat(Qt::RichText);
        title->setText(QStringLiteral("<a href=\"%1\">%2. %3</a>")
                           .arg(row.key.toHtmlEscaped())
                           .arg(number)
                           .arg(row.title.toHtmlEscaped()));
        connect(title, &QLabel::linkActivated, this, &ReviewSectionMarks::sectionActivated);
        row.mark = new QComboBox(box);
        row.mark->setObjectName(QStringLiteral("mark_%1_%2").arg(m_document, row.key));
        for (const QString &key : ReviewText::markKeys())
            row.mark->addItem(ReviewText::mark(key), key);
        row.mark->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        row.comment = new QLineEdit(box);
        row.comment->setObjectName(QStringLiteral("comment_%1_%2").arg(m_document, row.key));
        row.comment->setPlaceholderText(tr("Comment"));
        row.comment->setClearButtonEnabled(true);
        connect(row.mark, &QComboBox::currentIndexChanged, this, &ReviewSectionMarks::marksChanged);
        connect(row.comment, &QLineEdit::textChanged, this, &ReviewSectionMarks::marksChanged);
        auto *controls = new QHBoxLayout;
        controls->addWidget(row.mark);
        controls->addWidget(row.comment, 1);
        boxLayout->addWidget(title);
        boxLayout->addLayout(controls);
        m_rowsLayout->addWidget(box);
        m_rowWidgets << box;
        m_rows << row;
    }
    m_empty->setVisible(m_rows.isEmpty());
    emit marksChanged();
}

int ReviewSectionMarks::markedCount() const
{
    int marked = 0;
    for (const Row &row : m_rows) {
        if (!row.mark->currentData().toString().isEmpty())
            ++marked;
    }
    return marked;
}

QList<SectionMark> ReviewSectionMarks::marks() const
{
    QList<SectionMark> marks;
    for (const Row &row : m_rows) {
        const QString mark = row.mark->currentData().toString();
        const QString comment = row.comment->text().trimmed();
        if (mark.isEmpty() && comment.isEmpty())
            continue;
        marks << SectionMark{m_document, row.key, mark, comment};
    }
    return marks;
}

bool ReviewSectionMarks::setMark(const QString &section, const QString &mark, const QString &comment)
{
    const int index = int(ReviewText::markKeys().indexOf(mark));
    if (index < 0)
        return false;
    for (const Row &row : m_rows) {
        if (row.key != section)
            continue;
        row.mark->setCurrentIndex(index);
        row.comment->setText(comment);
        return true;
    }
    return false;
}

} // namespace steward::ui
