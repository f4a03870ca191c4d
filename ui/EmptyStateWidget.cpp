#include "ui/EmptyStateWidget.h"

#include "ui/Settings.h"
#include "ui/widgets/Icons.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QListWidget>
#include <QLocale>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace steward::ui {

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent),
      m_logo(new QLabel(this)),
      m_title(new QLabel(this)),
      m_body(new QLabel(this)),
      m_newButton(new QPushButton(this)),
      m_openButton(new QPushButton(this)),
      m_importButton(new QPushButton(this)),
      m_recentTitle(new QLabel(this)),
      m_recentList(new QListWidget(this)),
      m_removeRecentButton(new QPushButton(this))
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

    // The recent projects: one click (or Enter) opens one; a missing file is shown as such and can
    // be removed from the list.
    m_recentTitle->setObjectName(QStringLiteral("recentProjectsTitle"));
    QFont recentFont = m_recentTitle->font();
    recentFont.setWeight(QFont::DemiBold);
    m_recentTitle->setFont(recentFont);
    m_recentList->setObjectName(QStringLiteral("recentProjectsList"));
    m_recentList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recentList->setUniformItemSizes(true);
    m_recentList->setTextElideMode(Qt::ElideMiddle);
    m_recentList->setIconSize(QSize(32, 32));
    m_recentList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_recentList->setFixedWidth(m_body->width());
    auto *removeAction = new QAction(this);
    removeAction->setObjectName(QStringLiteral("removeRecentProjectAction"));
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_recentList->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &EmptyStateWidget::removeCurrentRecent);
    m_removeRecentButton->setObjectName(QStringLiteral("removeRecentProjectButton"));
    connect(m_removeRecentButton, &QPushButton::clicked, this,
            &EmptyStateWidget::removeCurrentRecent);
    connect(m_recentList, &QListWidget::itemClicked, this, &EmptyStateWidget::openRecent);
    connect(m_recentList, &QListWidget::itemActivated, this, &EmptyStateWidget::openRecent);
    connect(m_recentList, &QListWidget::currentItemChanged, this,
            &EmptyStateWidget::updateRemoveButton);
    m_removeAction = removeAction;

    auto *recentHeader = new QHBoxLayout;
    recentHeader->addWidget(m_recentTitle);
    recentHeader->addStretch();
    recentHeader->addWidget(m_removeRecentButton);
    auto *recentBox = new QWidget(this);
    recentBox->setObjectName(QStringLiteral("recentProjectsBox"));
    recentBox->setFixedWidth(m_body->width());
    auto *recentLayout = new QVBoxLayout(recentBox);
    recentLayout->setContentsMargins(0, 0, 0, 0);
    recentLayout->addLayout(recentHeader);
    recentLayout->addWidget(m_recentList);
    m_recentBox = recentBox;

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_logo);
    layout->addSpacing(12);
    layout->addWidget(m_title);
    layout->addSpacing(4);
    layout->addWidget(m_body, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(24);
    layout->addWidget(recentBox, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    setState(State::NoProject);
}

EmptyStateWidget::~EmptyStateWidget()
{
    // The list widget's model announces a reset while the widget is half destroyed: nobody
    // watching the model (a model tester) may then read it.
    m_recentList->model()->disconnect();
}

void EmptyStateWidget::setState(State state)
{
    m_state = state;
    const bool project = state != State::NoProject;
    m_newButton->setVisible(!project);
    m_openButton->setVisible(!project);
    m_importButton->setVisible(project);
    refreshRecentProjects();
    m_logo->setPixmap(icon(project ? IconId::Dataset : IconId::AppLogo)
                          .pixmap(QSize(96, 96), devicePixelRatioF()));
    retranslate();
}

void EmptyStateWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshRecentProjects();
    }
    QWidget::changeEvent(event);
}

void EmptyStateWidget::showEvent(QShowEvent *event)
{
    // Another window or a File menu action may have changed the list meanwhile.
    refreshRecentProjects();
    QWidget::showEvent(event);
}

void EmptyStateWidget::refreshRecentProjects()
{
    const QString current = m_recentList->currentItem()
                                ? m_recentList->currentItem()->data(Qt::UserRole).toString()
                                : QString();
    m_recentList->clear();
    const Settings settings;
    const QStringList paths = m_state == State::NoProject ? settings.recentProjects()
                                                          : QStringList();
    const QLocale locale;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const bool exists = info.isFile();
        const QDateTime opened = settings.recentProjectOpened(path).toLocalTime();
        const QString folder = QDir::toNativeSeparators(info.absolutePath());
        QString detail;
        if (!exists)
            detail = tr("File not found · %1").arg(folder);
        else if (opened.isValid())
            detail = tr("%1 · last opened %2")
                         .arg(folder, locale.toString(opened, QLocale::ShortFormat));
        else
            detail = folder;
        auto *item = new QListWidgetItem(
            icon(exists ? IconId::AppLogo : IconId::Warning),
            tr("%1\n%2").arg(exists ? info.completeBaseName()
                                    : tr("%1 (missing)").arg(info.completeBaseName()),
                             detail),
            m_recentList);
        item->setData(Qt::UserRole, path);
        item->setData(Qt::UserRole + 1, exists);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!exists)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        if (path == current)
            m_recentList->setCurrentItem(item);
    }
    // Show every entry without a scroll bar (at most Settings::kMaxRecentProjects).
    const int rows = std::max(1, m_recentList->count());
    const int rowHeight = m_recentList->count() > 0 ? m_recentList->sizeHintForRow(0)
                                                    : fontMetrics().height() * 2;
    m_recentList->setFixedHeight(rows * rowHeight + 2 * m_recentList->frameWidth() + 4);
    m_recentBox->setVisible(m_recentList->count() > 0);
    updateRemoveButton();
}

void EmptyStateWidget::openRecent(QListWidgetItem *item)
{
    if (!item || !item->data(Qt::UserRole + 1).toBool())
        return; // a missing file: nothing to open (Remove from List is offered instead)
    emit recentProjectRequested(item->data(Qt::UserRole).toString());
}

void EmptyStateWidget::removeCurrentRecent()
{
    QListWidgetItem *item = m_recentList->currentItem();
    if (!item)
        return;
    const int row = m_recentList->row(item);
    Settings().removeRecentProject(item->data(Qt::UserRole).toString());
    refreshRecentProjects();
    if (m_recentList->count() > 0) {
        m_recentList->setCurrentRow(std::min(row, m_recentList->count() - 1));
        m_recentList->setFocus();
    }
}

void EmptyStateWidget::updateRemoveButton()
{
    m_removeRecentButton->setEnabled(m_recentList->currentItem() != nullptr);
    m_removeAction->setEnabled(m_recentList->currentItem() != nullptr);
}

void EmptyStateWidget::retranslate()
{
    m_newButton->setText(tr("Create Project…"));
    m_openButton->setText(tr("Open Project…"));
    m_importButton->setText(tr("Import Data…"));
    m_recentTitle->setText(tr("Recent projects"));
    m_removeRecentButton->setText(tr("&Remove from List"));
    m_removeAction->setText(tr("Remove from List"));
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
