#include "ui/EmptyStateWidget.h"

#include "ui/widgets/Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward::ui {

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent),
      m_logo(new QLabel(this)),
      m_title(new QLabel(this)),
      m_body(new QLabel(this)),
      m_newButton(new QPushButton(this)),
      m_openButton(new QPushButton(this)),
      m_importButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("emptyState"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_logo->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_body->setObjectName(QStringLiteral("emptyStateBody"));
    m_body->setAlignment(Qt::AlignCenter);
    m_body->setWordWrap(true);
    // A word-wrapped label has no useful width of its own: give it a comfortable measure.
    m_body->setFixedWidth(m_body->fontMetrics().averageCharWidth() * 72);
    m_body->setForegroundRole(QPalette::PlaceholderText);

    m_newButton->setObjectName(QStringLiteral("emptyNewProjectButton"));
    m_newButton->setIcon(icon(IconId::NewProject));
    m_openButton->setObjectName(QStringLiteral("emptyOpenProjectButton"));
    m_openButton->setIcon(icon(IconId::OpenProject));
    m_importButton->setObjectName(QStringLiteral("emptyImportButton"));
    m_importButton->setIcon(icon(IconId::Import));
    for (QPushButton *button : {m_newButton, m_openButton, m_importButton})
        button->setMinimumWidth(160);
    connect(m_newButton, &QPushButton::clicked, this, &EmptyStateWidget::newProjectRequested);
    connect(m_openButton, &QPushButton::clicked, this, &EmptyStateWidget::openProjectRequested);
    connect(m_importButton, &QPushButton::clicked, this, &EmptyStateWidget::importRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_importButton);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_logo);
    layout->addSpacing(12);
    layout->addWidget(m_title);
    layout->addSpacing(4);
    layout->addWidget(m_body, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);

    setState(State::NoProject);
}

void EmptyStateWidget::setState(State state)
{
    m_state = state;
    const bool project = state != State::NoProject;
    m_newButton->setVisible(!project);
    m_openButton->setVisible(!project);
    m_importButton->setVisible(project);
    m_logo->setPixmap(icon(project ? IconId::Dataset : IconId::AppLogo)
                          .pixmap(QSize(96, 96), devicePixelRatioF()));
    retranslate();
}

void EmptyStateWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EmptyStateWidget::retranslate()
{
    m_newButton->setText(tr("Create Project…"));
    m_openButton->setText(tr("Open Project…"));
    m_importButton->setText(tr("Import Data…"));
    switch (m_state) {
    case State::NoProject:
        m_title->setText(tr("Create or open a project"));
        m_body->setText(tr("A Steward project is one file that keeps the extracts you import and "
                           "everything you decide about them. Drop a .steward file here to open "
                           "it."));
        break;
    case State::EmptyProject:
        m_title->setText(tr("Import data"));
        m_body->setText(tr("This project has no datasets yet. Import a CSV, TSV or Excel file "
                           "(UTF-8, GB18030 or UTF-16), or drop one onto this window."));
        break;
    case State::NothingSelected:
        m_title->setText(tr("Choose a dataset"));
        m_body->setText(tr("Select a dataset in the navigator on the left to browse its rows, or "
                           "import another file."));
        break;
    }
    // The label wraps inside a fixed width: reserve the height its lines need.
    m_body->setMinimumHeight(m_body->heightForWidth(m_body->width()));
}

} // namespace steward::ui
