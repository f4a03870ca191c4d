#include "ui/classification/ClassificationView.h"

#include "ui/datasets/DatasetUndoStacks.h"

#include "ui/classification/ClassificationFilterModel.h"
#include "ui/classification/ClassificationModel.h"
#include "ui/classification/ClassificationOverviewChart.h"
#include "ui/classification/ClassificationRunner.h"
#include "ui/classification/DecisionBatchCommand.h"
#include "ui/widgets/DisplayNames.h"
#include "ui/classification/FieldProfilePanel.h"
#include "ui/widgets/GradeStyle.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/InlineMessage.h"
#include "core/classify/ProjectRules.h"
#include "ui/classification/OverrideDialog.h"
#include "ui/Settings.h"
#include "core/classify/ClassificationService.h"
#include "core/store/ProjectStore.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace steward::ui {

namespace {

constexpr int kOverviewWidth = 380;
constexpr int kOverviewHeight = 132;
constexpr int kPanelWidth = 340;

struct ColumnWidth {
    int column;
    int chars;
};

constexpr ColumnWidth kColumnWidths[] = {
    {ClassificationModel::FieldColumn, 16},    {ClassificationModel::TypeColumn, 7},
    {ClassificationModel::SampleColumn, 20},   {ClassificationModel::RoleColumn, 15},
    {ClassificationModel::CategoryColumn, 15}, {ClassificationModel::GradeColumn, 5},
    {ClassificationModel::ConfidenceColumn, 9}, {ClassificationModel::DecisionColumn, 17},
    {ClassificationModel::EvidenceColumn, 44},
};

} // namespace

ClassificationView::ClassificationView(QWidget *parent)
    : QWidget(parent),
      m_model(new ClassificationModel(this)),
      m_filter(new ClassificationFilterModel(this)),
      m_runner(new ClassificationRunner(this)),
      m_undoGroup(new DatasetUndoStacks(QStringLiteral("classificationUndoStack"), this))
{
    setObjectName(QStringLiteral("classificationView"));
    m_filter->setSourceModel(m_model);
    createActions();
    createLayout();

    connect(m_runner, &ClassificationRunner::started, this, &ClassificationView::profilingStarted);
    connect(m_runner, &ClassificationRunner::progressChanged, this,
            &ClassificationView::profilingProgress);
    connect(m_runner, &ClassificationRunner::succeeded, this,
            &ClassificationView::profilingSucceeded);
    connect(m_runner, &ClassificationRunner::failed, this, [this](const Error &error) {
        showError(tr("Profiling failed."), error);
    });
    connect(m_runner, &ClassificationRunner::cancelled, this, [this] {
        showNotice(tr("Profiling cancelled. The stored classification is unchanged."));
        emit message(tr("Profiling cancelled."));
    });
    connect(m_runner, &ClassificationRunner::finished, this, &ClassificationView::profilingFinished);

    clearDataset();
}

ClassificationView::~ClassificationView()
{
    // The runner reads the store through its own connections: stop it before anything goes
    // (without a dataset nothing is profiled next).
    m_dataset = DatasetInfo{};
    m_runner->stop();
    m_panel->setProject(nullptr);
}

// ---------------------------------------------------------------------------------------------
// Construction

void ClassificationView::createActions()
{
    const auto make = [this](const char *name, const QString &text, IconId iconId,
                             const QList<QKeySequence> &shortcuts) {
        auto *action = new QAction(icon(iconId), text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcuts(shortcuts);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_profileAction = make("profileAction", tr("&Profile && Suggest"), IconId::Profile,
                           {QKeySequence(Qt::Key_F5)});
    m_profileAction->setIconText(tr("Profile && Suggest"));
    m_profileAction->setToolTip(
        tr("Profile every field again and suggest role, category and grade (F5)"));
    m_confirmAction = make("confirmAction", tr("&Confirm"), IconId::Confirm,
                           {QKeySequence(Qt::CTRL | Qt::Key_Return),
                            QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_confirmAction->setToolTip(
        tr("Accept the suggestion for the selected fields and go to the next field that needs a "
           "decision (Space, Ctrl+Return)"));
    // Space confirms only in the table (elsewhere it types a space or presses a button).
    m_confirmSpaceAction = new QAction(this);
    m_confirmSpaceAction->setObjectName(QStringLiteral("confirmSpaceAction"));
    m_confirmSpaceAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_confirmSpaceAction->setShortcutContext(Qt::WidgetShortcut);
    m_overrideAction = make("overrideAction", tr("&Override…"), IconId::Override,
                            {QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_overrideAction->setToolTip(
        tr("Set role, grade and category of the selected fields, with a reason (Ctrl+E)"));
    m_reopenAction = make("reopenAction", tr("&Reopen"), IconId::NeedsDecision,
                          {QKeySequence(Qt::CTRL | Qt::Key_Backspace)});
    m_reopenAction->setToolTip(
        tr("Withdraw the decision of the selected fields: they need a decision again "
           "(Ctrl+Backspace)"));
    m_nextAction = make("nextNeedsDecisionAction", tr("&Next Field Needing a Decision"),
                        IconId::NeedsDecision, {QKeySequence(Qt::Key_F8)});
    m_applyDatasetAction = make("applyDatasetAction", tr("Apply from &Dataset…"), IconId::Apply,
                                {});
    m_applyDatasetAction->setIconText(tr("Apply from Dataset"));
    m_applyDatasetAction->setToolTip(
        tr("Take over the decisions of another dataset for fields with the same name; only new "
           "or changed fields then need a decision"));
    m_applyTemplateAction = make("applyTemplateAction", tr("&Apply Template…"), IconId::Template,
                                 {});
    m_saveTemplateAction = make("saveTemplateAction", tr("&Save as Template…"), IconId::Template,
                                {});
    m_exportTemplateAction = make("exportTemplateAction", tr("&Export Template to File…"),
                                  IconId::Export, {});
    m_exportDictionaryAction = make("exportDictionaryAction", tr("Export &Dictionary…"),
                                    IconId::Export, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)});
    m_exportDictionaryAction->setIconText(tr("Export Dictionary"));
    m_exportDictionaryAction->setToolTip(
        tr("Write the data dictionary (field, type, role, category, grade, evidence, decision, "
           "reason) as CSV or JSON"));
    m_filterAction = make("needsDecisionFilterAction", tr("Needs Decision &Only"),
                          IconId::NeedsDecision, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    m_filterAction->setCheckable(true);
    m_searchAction = make("findFieldAction", tr("&Find Field"), IconId::Classify,
                          {QKeySequence::Find});

    connect(m_profileAction, &QAction::triggered, this, [this] { startProfiling(true); });
    connect(m_confirmAction, &QAction::triggered, this, &ClassificationView::confirmSelected);
    connect(m_confirmSpaceAction, &QAction::triggered, this, &ClassificationView::confirmSelected);
    connect(m_overrideAction, &QAction::triggered, this,
            &ClassificationView::overrideSelectedWithDialog);
    connect(m_reopenAction, &QAction::triggered, this, &ClassificationView::reopenSelected);
    connect(m_nextAction, &QAction::triggered, this, &ClassificationView::goToNextNeedingDecision);
    connect(m_applyDatasetAction, &QAction::triggered, this,
            &ClassificationView::applyFromDatasetWithDialog);
    connect(m_applyTemplateAction, &QAction::triggered, this,
            &ClassificationView::applyTemplateWithDialog);
    connect(m_saveTemplateAction, &QAction::triggered, this,
            &ClassificationView::saveTemplateWithDialog);
    connect(m_exportTemplateAction, &QAction::triggered, this,
            &ClassificationView::exportTemplateWithDialog);
    connect(m_exportDictionaryAction, &QAction::triggered, this,
            &ClassificationView::exportDictionaryWithDialog);
}

void ClassificationView::createLayout()
{
    // Header: grade chip, title and counts, progress, overview chart.
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("classificationHeader"));
    m_gradeChip = new QLabel(header);
    m_gradeChip->setObjectName(QStringLiteral("datasetGradeChip"));
    m_gradeChip->setAlignment(Qt::AlignCenter);
    m_gradeChip->setAutoFillBackground(true);
    QFont chipFont = m_gradeChip->font();
    chipFont.setBold(true);
    chipFont.setPointSizeF(chipFont.pointSizeF() * 2.2);
    m_gradeChip->setFont(chipFont);
    const int chipSize = QFontMetrics(chipFont).height() * 2;
    m_gradeChip->setFixedSize(chipSize, chipSize);
    m_gradeCaption = new QLabel(tr("Dataset grade"), header);
    m_gradeCaption->setAlignment(Qt::AlignHCenter);
    m_gradeCaption->setForegroundRole(QPalette::PlaceholderText);
    auto *chipColumn = new QVBoxLayout;
    chipColumn->addWidget(m_gradeChip, 0, Qt::AlignHCenter);
    chipColumn->addWidget(m_gradeCaption, 0, Qt::AlignHCenter);
    chipColumn->addStretch(1);

    m_titleLabel = new QLabel(header);
    m_titleLabel->setObjectName(QStringLiteral("classificationTitle"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_titleLabel->setFont(titleFont);
    m_countsLabel = new QLabel(header);
    m_countsLabel->setObjectName(QStringLiteral("needsDecisionLabel"));
    m_countsLabel->setTextFormat(Qt::PlainText);
    QFont countsFont = m_countsLabel->font();
    countsFont.setPointSizeF(countsFont.pointSizeF() * 1.1);
    m_countsLabel->setFont(countsFont);
    m_hintLabel = new QLabel(header);
    m_hintLabel->setObjectName(QStringLiteral("gradeHintLabel"));
    m_hintLabel->setTextFormat(Qt::PlainText);
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);

    m_progressRow = new QWidget(header);
    m_progressRow->setObjectName(QStringLiteral("profilingProgress"));
    m_progressLabel = new QLabel(m_progressRow);
    m_progressLabel->setObjectName(QStringLiteral("profilingLabel"));
    m_progressBar = new QProgressBar(m_progressRow);
    m_progressBar->setObjectName(QStringLiteral("profilingBar"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumWidth(fontMetrics().averageCharWidth() * 30);
    m_cancelButton = new QPushButton(tr("Cancel"), m_progressRow);
    m_cancelButton->setObjectName(QStringLiteral("cancelProfilingButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, &ClassificationView::cancelProfiling);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progressBar, 1);
    progressLayout->addWidget(m_cancelButton);
    progressLayout->addStretch(0);
    m_progressRow->hide();

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(m_titleLabel);
    textColumn->addWidget(m_countsLabel);
    textColumn->addWidget(m_hintLabel);
    textColumn->addWidget(m_progressRow);
    textColumn->addStretch(1);

    m_overview = new ClassificationOverviewChart(header);
    m_overview->setFixedSize(kOverviewWidth, kOverviewHeight);

    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(10, 8, 10, 4);
    headerLayout->setSpacing(14);
    headerLayout->addLayout(chipColumn);
    headerLayout->addLayout(textColumn, 1);
    headerLayout->addWidget(m_overview, 0, Qt::AlignTop);

    // Tool bar with the decisions and the filter.
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("classificationToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addAction(m_profileAction);
    toolBar->addSeparator();
    toolBar->addAction(m_confirmAction);
    toolBar->addAction(m_overrideAction);
    toolBar->addAction(m_reopenAction);
    toolBar->addSeparator();
    toolBar->addAction(m_applyDatasetAction);
    m_templateMenu = new QMenu(tr("Templates"), this);
    m_templateMenu->setObjectName(QStringLiteral("templateMenu"));
    m_templateMenu->addAction(m_applyTemplateAction);
    m_templateMenu->addAction(m_saveTemplateAction);
    m_templateMenu->addAction(m_exportTemplateAction);
    auto *templateButton = new QToolButton(toolBar);
    templateButton->setObjectName(QStringLiteral("templateButton"));
    templateButton->setText(tr("Templates"));
    templateButton->setIcon(icon(IconId::Template));
    templateButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    templateButton->setPopupMode(QToolButton::InstantPopup);
    templateButton->setMenu(m_templateMenu);
    toolBar->addWidget(templateButton);
    toolBar->addAction(m_exportDictionaryAction);

    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    m_filterCheck = new QCheckBox(tr("&Needs decision only"), toolBar);
    m_filterCheck->setObjectName(QStringLiteral("needsDecisionFilter"));
    m_filterCheck->setToolTip(tr("Show only the fields that still need a decision (Ctrl+Shift+D)"));
    toolBar->addWidget(m_filterCheck);
    m_searchEdit = new QLineEdit(toolBar);
    m_searchEdit->setObjectName(QStringLiteral("fieldSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Find field (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMaximumWidth(fontMetrics().averageCharWidth() * 28);
    toolBar->addWidget(m_searchEdit);

    connect(m_filterCheck, &QCheckBox::toggled, m_filterAction, &QAction::setChecked);
    connect(m_filterAction, &QAction::toggled, this, [this](bool on) {
        m_filterCheck->setChecked(on);
        const QString current = currentField();
        m_filter->setNeedsDecisionOnly(on);
        if (!selectField(current) && m_filter->rowCount() > 0)
            m_table->selectRow(0);
        updateActions();
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString current = currentField();
        m_filter->setText(text);
        if (!selectField(current) && m_filter->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] { m_table->setFocus(); });
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("classificationMessage"));

    // Table and side panel.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("classificationTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    // Column order until the user sorts (the header's default indicator would sort by field).
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_confirmSpaceAction);
    for (QAction *action : {m_confirmAction, m_overrideAction, m_reopenAction})
        m_table->addAction(action);
    QHeaderView *vertical = m_table->verticalHeader();
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(fontMetrics().height() + 10);
    vertical->hide();
    QHeaderView *horizontal = m_table->horizontalHeader();
    horizontal->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontal->setHighlightSections(false);
    horizontal->setStretchLastSection(true);
    horizontal->setSortIndicatorClearable(true);
    const int charWidth = fontMetrics().averageCharWidth();
    for (const ColumnWidth &w : kColumnWidths)
        m_table->setColumnWidth(w.column, w.chars * charWidth + 16);
    setFocusProxy(m_table);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updatePanel(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_overrideAction->isEnabled())
            overrideSelectedWithDialog();
    });

    m_panel = new FieldProfilePanel(this);
    m_panel->setMinimumWidth(kPanelWidth * 3 / 4);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("classificationSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({1000, kPanelWidth});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(toolBar);
    auto *messageRow = new QHBoxLayout;
    messageRow->setContentsMargins(8, 2, 8, 4);
    messageRow->addWidget(m_message);
    layout->addLayout(messageRow);
    layout->addWidget(m_splitter, 1);
}

// ---------------------------------------------------------------------------------------------
// Project and dataset

void ClassificationView::setProject(ProjectStore *store)
{
    if (store == m_store && (store != nullptr) == (m_service != nullptr))
        return;
    m_dataset = DatasetInfo{}; // nothing to profile after the stop
    m_runner->stop();
    m_panel->setProject(nullptr);
    m_undoGroup->dropAll();
    m_service.reset();
    m_store = store;
    m_datasets.clear();
    if (m_store) {
        // The user's and the project's rule files teach Steward local formats (ProjectRules);
        // a broken one is reported and the built-in rules are used meanwhile.
        auto detectors = ProjectRules::detectors(m_store->path());
        m_service = std::make_shared<ClassificationService>(
            *m_store, detectors ? *detectors : DetectorSet::builtin());
        if (!detectors)
            m_rulesError = detectors.error();
        else
            m_rulesError.reset();
        m_panel->setProject(m_store);
    }
    clearDataset();
}

void ClassificationView::setDatasets(const QList<DatasetInfo> &datasets)
{
    m_datasets = datasets;
    m_undoGroup->drop([&datasets](qint64 id, int version) {
        const auto it = std::find_if(datasets.cbegin(), datasets.cend(),
                                     [id](const DatasetInfo &d) { return d.id == id; });
        return it == datasets.cend() || it->version != version;
    });
    updateActions();
}

QUndoStack *ClassificationView::undoStack() const
{
    return hasDataset() ? m_undoGroup->existing(m_dataset.id) : nullptr;
}

void ClassificationView::showDataset(const DatasetInfo &dataset)
{
    if (!m_service)
        return;
    const bool sameVersion = hasDataset() && m_dataset.id == dataset.id
                             && m_dataset.version == dataset.version;
    if (!sameVersion) {
        m_autoProfiled = false;
        clearMessage();
        if (m_rulesError)
            showError(tr("The rule files could not be read; the built-in rules are used."),
                      *m_rulesError);
    }
    m_dataset = dataset;
    m_undoGroup->stackFor(dataset);
    m_undoGroup->setActiveStack(m_active ? undoStack() : nullptr);
    m_titleLabel->setText(tr("Classification of “%1”").arg(dataset.name));
    reload();
    if (!sameVersion) {
        m_table->scrollToTop();
        if (m_filter->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
    }
    if (m_active && m_autoProfile && !m_autoProfiled && !m_model->classification().analyzed
        && !m_runner->isRunning()) {
        m_autoProfiled = true;
        startProfiling(false);
    }
}

void ClassificationView::clearDataset()
{
    m_dataset = DatasetInfo{};
    m_model->clear();
    m_panel->clearField();
    m_overview->setClassification(DatasetClassification{});
    m_undoGroup->setActiveStack(nullptr);
    m_titleLabel->setText(tr("No dataset"));
    clearMessage();
    updateHeader();
    updateActions();
}

void ClassificationView::setActive(bool active)
{
    m_active = active;
    m_undoGroup->setActiveStack(active ? undoStack() : nullptr);
    if (active && hasDataset() && m_autoProfile && !m_autoProfiled
        && !m_model->classification().analyzed && !m_runner->isRunning()) {
        m_autoProfiled = true;
        startProfiling(false);
    }
}

const DatasetClassification &ClassificationView::classification() const
{
    return m_model->classification();
}

bool ClassificationView::isProfiling() const
{
    return m_runner->isRunning();
}

void ClassificationView::reload()
{
    if (!m_service || !hasDataset())
        return;
    Result<DatasetClassification> loaded = m_service->load(m_dataset.name);
    if (!loaded) {
        showError(tr("The classification of “%1” cannot be read.").arg(m_dataset.name),
                  loaded.error());
        return;
    }
    m_dataset = loaded->dataset;
    m_model->setClassification(*loaded);
    m_overview->setClassification(*loaded);
    updateHeader();
    updatePanel();
    updateActions();
    emit classificationChanged();
}

// ---------------------------------------------------------------------------------------------
// Header, actions, panel

QString ClassificationView::headerText() const
{
    return m_countsLabel->text().isEmpty()
               ? m_gradeCaption->text() + QLatin1Char(' ') + m_gradeChip->text()
               : tr("%1 %2 · %3").arg(m_gradeCaption->text(), m_gradeChip->text(),
                                      m_countsLabel->text());
}

QString ClassificationView::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void ClassificationView::updateHeader()
{
    const QLocale locale;
    const DatasetClassification &c = m_model->classification();
    const DatasetGrade grade = c.grade();
    m_gradeChip->setText(grade.grade > 0 ? locale.toString(grade.grade) : tr("–"));
    QPalette chip = m_gradeChip->palette();
    chip.setColor(QPalette::Window, GradeStyle::accent(grade.grade));
    chip.setColor(QPalette::WindowText, GradeStyle::onAccent(grade.grade));
    m_gradeChip->setPalette(chip);
    m_gradeChip->setToolTip(grade.grade > 0 ? GradeStyle::scopeText(grade.grade)
                                            : tr("No field is confirmed yet"));

    if (!hasDataset()) {
        m_countsLabel->clear();
        m_hintLabel->clear();
        return;
    }
    const int needs = int(grade.needsDecision.size());
    if (!c.analyzed && !m_runner->isRunning()) {
        m_countsLabel->setText(tr("%1 of %2 fields need a decision")
                                   .arg(locale.toString(needs), locale.toString(grade.fieldCount)));
        m_hintLabel->setText(tr("Not profiled yet: press Profile & Suggest (F5) to get a suggestion "
                                "for every field."));
        return;
    }
    m_countsLabel->setText(needs == 0
                               ? tr("All %1 fields are decided").arg(locale.toString(grade.fieldCount))
                               : tr("%1 of %2 fields need a decision")
                                     .arg(locale.toString(needs), locale.toString(grade.fieldCount)));
    QString hint;
    if (grade.grade == 0 && grade.suggestedGrade > 0)
        hint = tr("No field is confirmed yet. The suggestions make it grade %1.")
                   .arg(locale.toString(grade.suggestedGrade));
    else if (needs > 0 && grade.suggestedGrade > grade.grade)
        hint = tr("Grade %1 once the open suggestions are confirmed. Unconfirmed fields block a "
                  "release.")
                   .arg(locale.toString(grade.suggestedGrade));
    else if (needs > 0)
        hint = tr("Unconfirmed fields block a release. Space confirms, Ctrl+E overrides.");
    else
        hint = GradeStyle::scopeText(grade.grade);
    m_hintLabel->setText(hint);
}

void ClassificationView::updateActions()
{
    const bool project = m_service != nullptr;
    const bool dataset = project && hasDataset();
    const bool running = m_runner->isRunning();
    const bool analyzed = dataset && m_model->classification().analyzed;
    const QStringList selected = dataset ? selectedFields() : QStringList();
    bool anyOpen = false;
    bool anyDecided = false;
    bool anyRated = false;
    for (const FieldClassification &f : fieldsNamed(selected)) {
        anyOpen = anyOpen || (f.needsDecision() && f.hasSuggestion);
        anyDecided = anyDecided || f.decision.confirmed;
        anyRated = anyRated || f.hasSuggestion;
    }
    m_profileAction->setEnabled(dataset && !running);
    m_confirmAction->setEnabled(anyOpen);
    m_confirmSpaceAction->setEnabled(anyOpen);
    m_overrideAction->setEnabled(anyRated);
    m_reopenAction->setEnabled(anyDecided);
    m_nextAction->setEnabled(dataset && m_model->needsDecisionCount() > 0);
    const bool otherDatasets = std::any_of(m_datasets.cbegin(), m_datasets.cend(),
                                           [this](const DatasetInfo &d) { return d.id != m_dataset.id; });
    m_applyDatasetAction->setEnabled(analyzed && !running && otherDatasets);
    m_applyTemplateAction->setEnabled(analyzed && !running);
    const bool anyConfirmed = dataset && m_model->classification().grade().confirmedCount > 0;
    m_saveTemplateAction->setEnabled(anyConfirmed);
    m_exportTemplateAction->setEnabled(anyConfirmed);
    m_exportDictionaryAction->setEnabled(dataset);
    m_filterAction->setEnabled(dataset);
    m_filterCheck->setEnabled(dataset);
    m_searchEdit->setEnabled(dataset);
}

void ClassificationView::updatePanel()
{
    const QString name = currentField();
    const int row = m_model->rowOf(name);
    const FieldClassification *field = m_model->field(row);
    if (!field || !m_service) {
        m_panel->clearField();
        return;
    }
    m_panel->showField(m_dataset, *field, m_service->detectors());
}

void ClassificationView::showError(const QString &what, const Error &error)
{
    const QString text = what + QLatin1Char(' ') + errorSentence(error.message);
    m_message->showMessage(InlineMessage::Kind::Error, text);
    emit message(text);
}

void ClassificationView::showNotice(const QString &text)
{
    m_message->showMessage(InlineMessage::Kind::Notice, text);
}

void ClassificationView::clearMessage()
{
    m_message->clearMessage();
}

void ClassificationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateHeader();
    QWidget::changeEvent(event);
}

// ---------------------------------------------------------------------------------------------
// Selection

QStringList ClassificationView::selectedFields() const
{
    QStringList names;
    const QItemSelectionModel *selection = m_table->selectionModel();
    if (!selection)
        return names;
    QModelIndexList rows = selection->selectedRows(ClassificationModel::FieldColumn);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : rows)
        names << index.data(ClassificationModel::FieldNameRole).toString();
    if (names.isEmpty() && m_table->currentIndex().isValid())
        names << m_table->currentIndex().data(ClassificationModel::FieldNameRole).toString();
    return names;
}

QString ClassificationView::currentField() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ClassificationModel::FieldNameRole).toString()
                             : QString();
}

bool ClassificationView::selectField(const QString &name)
{
    const int sourceRow = m_model->rowOf(name);
    if (name.isEmpty() || sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QList<FieldClassification> ClassificationView::fieldsNamed(const QStringList &names) const
{
    QList<FieldClassification> fields;
    for (const QString &name : names) {
        if (const FieldClassification *f = m_model->field(m_model->rowOf(name)))
            fields << *f;
    }
    return fields;
}

QString ClassificationView::nextNeedingDecision(const QStringList &excluded) const
{
    // In table order, after the last selected row, wrapping around.
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return {};
    int start = 0;
    const QStringList selected = selectedFields();
    for (int row = 0; row < rows; ++row) {
        const QString name = m_filter->index(row, 0).data(ClassificationModel::FieldNameRole).toString();
        if (selected.contains(name))
            start = row + 1;
    }
    for (int i = 0; i < rows; ++i) {
        const QModelIndex index = m_filter->index((start + i) % rows, 0);
        const QString name = index.data(ClassificationModel::FieldNameRole).toString();
        if (!excluded.contains(name) && index.data(ClassificationModel::NeedsDecisionRole).toBool())
            return name;
    }
    return {};
}

bool ClassificationView::goToNextNeedingDecision()
{
    const QString next = nextNeedingDecision(selectedFields());
    if (next.isEmpty()) {
        emit message(tr("No other field needs a decision."));
        return false;
    }
    if (!selectField(next)) {
        // Hidden by the search text: clear it.
        m_searchEdit->clear();
        if (!selectField(next))
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------
// Decisions

bool ClassificationView::decide(const QList<DecisionRequest> &requests, const QString &undoText,
                                const QString &next)
{
    if (!m_service || !hasDataset() || requests.isEmpty())
        return false;
    Result<DecisionBatch> batch = m_service->decide(m_dataset.name, requests);
    if (!batch) {
        showError(tr("Nothing was changed."), batch.error());
        return false;
    }
    clearMessage();
    if (!batch->isEmpty())
        pushBatch(*batch, undoText);
    const QString stay = currentField();
    reload();
    if (next.isEmpty() || !selectField(next)) {
        if (!selectField(stay) && m_filter->rowCount() > 0)
            m_table->selectRow(0);
    }
    return true;
}

void ClassificationView::pushBatch(const DecisionBatch &batch, const QString &undoText)
{
    QUndoStack *stack = m_undoGroup->stackFor(m_dataset);
    stack->push(new DecisionBatchCommand(
        m_service, batch, undoText,
        [this](const DecisionBatch &written, const Status &status) {
            batchWritten(written, status);
        }));
    m_undoGroup->setActiveStack(m_active ? stack : nullptr);
}

void ClassificationView::batchWritten(const DecisionBatch &batch, const Status &status)
{
    if (!status) {
        showError(tr("The step could not be undone or redone."), status.error());
        return;
    }
    if (hasDataset() && batch.datasetId == m_dataset.id) {
        const QString current = currentField();
        QStringList fields;
        for (const FieldDecisionState &state : batch.after)
            fields << state.field;
        reload();
        // Show the field the step changed (the first), else stay where we were.
        if (fields.isEmpty() || !selectField(fields.first()))
            selectField(current);
    }
}

bool ClassificationView::confirmSelected()
{
    const QStringList selected = selectedFields();
    QList<DecisionRequest> requests;
    QStringList names;
    for (const FieldClassification &f : fieldsNamed(selected)) {
        if (f.needsDecision() && f.hasSuggestion) {
            requests << DecisionRequest::confirm(f.name);
            names << f.name;
        }
    }
    if (requests.isEmpty()) {
        emit message(tr("The selected fields are decided already."));
        return false;
    }
    const QString next = nextNeedingDecision(names);
    if (!decide(requests, tr("Confirm %1").arg(DisplayNames::fieldListText(names)), next))
        return false;
    const int left = m_model->needsDecisionCount();
    emit message(left == 0 ? tr("Confirmed %1. All fields are decided.").arg(DisplayNames::fieldListText(names))
                           : tr("Confirmed %1. %Ln field(s) still need a decision.", nullptr, left)
                                 .arg(DisplayNames::fieldListText(names)));
    return true;
}

bool ClassificationView::overrideFields(const QStringList &fields, FieldRole role, int grade,
                                        std::optional<DataCategory> category,
                                        const QString &reason)
{
    QList<DecisionRequest> requests;
    for (const QString &name : fields)
        requests << DecisionRequest::set(name, role, grade, category, reason);
    const QString next = nextNeedingDecision(fields);
    if (!decide(requests, tr("Override %1").arg(DisplayNames::fieldListText(fields)), next))
        return false;
    emit message(tr("Overrode %1: %2, grade %3.")
                     .arg(DisplayNames::fieldListText(fields), Taxonomy::fieldRoleLabel(role), QLocale().toString(grade)));
    return true;
}

bool ClassificationView::reopenSelected()
{
    QList<DecisionRequest> requests;
    QStringList names;
    for (const FieldClassification &f : fieldsNamed(selectedFields())) {
        if (f.decision.confirmed) {
            requests << DecisionRequest::reopen(f.name);
            names << f.name;
        }
    }
    if (requests.isEmpty())
        return false;
    if (!decide(requests, tr("Reopen %1").arg(DisplayNames::fieldListText(names)), names.first()))
        return false;
    emit message(tr("Reopened %1: it needs a decision again.").arg(DisplayNames::fieldListText(names)));
    return true;
}

void ClassificationView::overrideSelectedWithDialog()
{
    const QList<FieldClassification> fields = fieldsNamed(selectedFields());
    if (fields.isEmpty() || !m_service)
        return;
    auto *dialog = new OverrideDialog(fields, this);
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        overrideFields(dialog->fieldNames(), dialog->role(), dialog->grade(), dialog->category(),
                       dialog->reason());
        m_table->setFocus();
    });
    connect(dialog, &QDialog::rejected, this, [this] { m_table->setFocus(); });
    dialog->open();
}

// ---------------------------------------------------------------------------------------------
// Reuse and export

void ClassificationView::showApplied(const DecisionBatch &batch, const QString &source)
{
    const QLocale locale;
    QString text = tr("Applied %1: %2 fields confirmed as before, %3 changed, %4 new.")
                       .arg(source, locale.toString(batch.applied.size()),
                            locale.toString(batch.changed.size()),
                            locale.toString(batch.added.size()));
    if (!batch.changed.isEmpty() || !batch.added.isEmpty()) {
        text += QLatin1Char(' ') + tr("Only those need a decision now.");
        m_filterAction->setChecked(true);
        goToNextNeedingDecision();
        if (m_filter->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
    }
    showNotice(text);
    emit message(text);
}

bool ClassificationView::applyFromDataset(const QString &source)
{
    if (!m_service || !hasDataset())
        return false;
    Result<DecisionBatch> batch = m_service->applyFromDataset(m_dataset.name, source);
    if (!batch) {
        showError(tr("The classification of “%1” was not applied.").arg(source), batch.error());
        return false;
    }
    if (!batch->isEmpty())
        pushBatch(*batch, tr("Apply Dataset “%1”").arg(source));
    reload();
    showApplied(*batch, tr("the decisions of “%1”").arg(source));
    return true;
}

bool ClassificationView::applyTemplate(const ClassificationTemplate &tmpl)
{
    if (!m_service || !hasDataset())
        return false;
    Result<DecisionBatch> batch = m_service->applyTemplate(m_dataset.name, tmpl);
    if (!batch) {
        showError(tr("The template “%1” was not applied.").arg(tmpl.name), batch.error());
        return false;
    }
    if (!batch->isEmpty())
        pushBatch(*batch, tr("Apply Template “%1”").arg(tmpl.name));
    reload();
    showApplied(*batch, tr("the template “%1”").arg(tmpl.name));
    return true;
}

bool ClassificationView::saveTemplate(const QString &name)
{
    if (!m_service || !hasDataset())
        return false;
    Result<ClassificationTemplate> tmpl = m_service->makeTemplate(m_dataset.name, name);
    if (!tmpl) {
        showError(tr("The template was not saved."), tmpl.error());
        return false;
    }
    if (Status saved = m_service->saveTemplate(*tmpl); !saved) {
        showError(tr("The template was not saved."), saved.error());
        return false;
    }
    emit message(tr("Saved the template “%1” with %Ln field(s).", nullptr, int(tmpl->fields.size()))
                     .arg(name));
    return true;
}

bool ClassificationView::exportTemplate(const QString &path)
{
    if (!m_service || !hasDataset())
        return false;
    Result<ClassificationTemplate> tmpl =
        m_service->makeTemplate(m_dataset.name, QFileInfo(path).completeBaseName());
    if (!tmpl) {
        showError(tr("The template was not written."), tmpl.error());
        return false;
    }
    if (Status saved = tmpl->saveFile(path); !saved) {
        showError(tr("The template was not written."), saved.error());
        return false;
    }
    emit message(tr("Wrote the template to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ClassificationView::exportDictionary(const QString &path, DataDictionary::Format format)
{
    if (!m_service || !hasDataset())
        return false;
    Result<int> written = m_service->exportDictionary(m_dataset.name, path, format);
    if (!written) {
        showError(tr("The data dictionary was not written."), written.error());
        return false;
    }
    emit message(tr("Exported the data dictionary of %Ln field(s) to %1.", nullptr, *written)
                     .arg(QDir::toNativeSeparators(path)));
    return true;
}

void ClassificationView::applyFromDatasetWithDialog()
{
    QStringList names;
    for (const DatasetInfo &d : m_datasets) {
        if (d.id != m_dataset.id)
            names << d.name;
    }
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString source = QInputDialog::getItem(
        this, tr("Apply from Dataset"),
        tr("Take over the confirmed decisions of this dataset for fields with the same name:"),
        names, 0, false, &ok);
    if (ok && !source.isEmpty())
        applyFromDataset(source);
}

void ClassificationView::applyTemplateWithDialog()
{
    if (!m_service)
        return;
    QStringList names;
    if (Result<QStringList> stored = m_service->templateNames())
        names = *stored;
    const QString fromFile = tr("From a file…");
    QString choice = fromFile;
    if (!names.isEmpty()) {
        bool ok = false;
        choice = QInputDialog::getItem(this, tr("Apply Template"),
                                       tr("Apply the decisions of this template:"),
                                       names + QStringList{fromFile}, 0, false, &ok);
        if (!ok)
            return;
    }
    if (choice == fromFile) {
        Settings settings;
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Apply Template"), settings.lastImportDirectory(),
            tr("Classification templates (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        Result<ClassificationTemplate> tmpl = ClassificationTemplate::loadFile(path);
        if (!tmpl) {
            showError(tr("The template cannot be read."), tmpl.error());
            return;
        }
        applyTemplate(*tmpl);
        return;
    }
    Result<ClassificationTemplate> tmpl = m_service->loadTemplate(choice);
    if (!tmpl) {
        showError(tr("The template cannot be read."), tmpl.error());
        return;
    }
    applyTemplate(*tmpl);
}

void ClassificationView::saveTemplateWithDialog()
{
    if (!hasDataset())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save as Template"),
        tr("Name of the template (the confirmed decisions of “%1”):").arg(m_dataset.name),
        QLineEdit::Normal, m_dataset.name, &ok).trimmed();
    if (ok && !name.isEmpty())
        saveTemplate(name);
}

void ClassificationView::exportTemplateWithDialog()
{
    if (!hasDataset())
        return;
    Settings settings;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Template"),
        QDir(settings.lastImportDirectory()).filePath(m_dataset.name + QStringLiteral(".json")),
        tr("Classification templates (*.json)"));
    if (!path.isEmpty())
        exportTemplate(path);
}

void ClassificationView::exportDictionaryWithDialog()
{
    if (!hasDataset())
        return;
    Settings settings;
    const QString csvFilter = tr("CSV (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    QString selected = csvFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Data Dictionary"),
        QDir(settings.lastImportDirectory())
            .filePath(tr("%1 dictionary").arg(m_dataset.name) + QStringLiteral(".csv")),
        csvFilter + QStringLiteral(";;") + jsonFilter, &selected);
    if (path.isEmpty())
        return;
    DataDictionary::Format format = selected == jsonFilter ? DataDictionary::Format::Json
                                                           : DataDictionary::Format::Csv;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        format = DataDictionary::Format::Json;
    else if (suffix == QLatin1String("csv"))
        format = DataDictionary::Format::Csv;
    else
        path += format == DataDictionary::Format::Json ? QStringLiteral(".json")
                                                       : QStringLiteral(".csv");
    exportDictionary(path, format);
}

// ---------------------------------------------------------------------------------------------
// Profiling

bool ClassificationView::startProfiling(bool refresh)
{
    if (!m_store || !m_service || !hasDataset() || m_runner->isRunning())
        return false;
    clearMessage();
    return m_runner->start(*m_store, m_dataset, m_service->detectors(), refresh);
}

void ClassificationView::cancelProfiling()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_progressLabel->setText(tr("Cancelling…"));
    m_cancelButton->setEnabled(false);
}

void ClassificationView::profilingStarted()
{
    m_progressRow->show();
    m_cancelButton->setEnabled(true);
    m_progressBar->setRange(0, 0);
    m_progressLabel->setText(tr("Profiling “%1”…").arg(m_runner->dataset().name));
    updateHeader();
    updateActions();
    emit message(tr("Profiling “%1” in the background…").arg(m_runner->dataset().name));
}

void ClassificationView::profilingProgress(qint64 done, qint64 total)
{
    if (m_runner->isCancelling())
        return;
    const QLocale locale;
    if (total > 0) {
        m_progressBar->setRange(0, int(total));
        m_progressBar->setValue(int(std::min(done, total)));
        m_progressLabel->setText(tr("Profiling fields: %1 of %2")
                                     .arg(locale.toString(done), locale.toString(total)));
    }
}

void ClassificationView::profilingSucceeded(const DatasetAnalysis &analysis)
{
    const bool stillThere = std::any_of(m_datasets.cbegin(), m_datasets.cend(),
                                        [&analysis](const DatasetInfo &d) {
                                            return d.id == analysis.datasetId
                                                   && d.version == analysis.datasetVersion;
                                        });
    if (!m_service || (!m_datasets.isEmpty() && !stillThere))
        return; // deleted or replaced meanwhile: nothing to store
    if (Status stored = m_service->storeAnalysis(analysis); !stored) {
        showError(tr("The profile of “%1” was not stored.").arg(analysis.datasetName),
                  stored.error());
        return;
    }
    if (hasDataset() && analysis.datasetId == m_dataset.id) {
        const QString current = currentField();
        reload();
        if (!selectField(current) && m_filter->rowCount() > 0)
            m_table->selectRow(0);
        const int needs = m_model->needsDecisionCount();
        emit message(tr("Profiled %Ln field(s) of “%1”; %2 need a decision.", nullptr,
                            m_model->rowCount())
                         .arg(m_dataset.name, QLocale().toString(needs)));
    }
}

void ClassificationView::profilingFinished()
{
    m_progressRow->hide();
    updateHeader();
    updateActions();
    // Another dataset was chosen while this one was profiled: profile that one now.
    if (hasDataset() && m_runner->dataset().id != m_dataset.id && m_active && m_autoProfile
        && !m_autoProfiled && !m_model->classification().analyzed) {
        m_autoProfiled = true;
        startProfiling(false);
    }
}

} // namespace steward::ui
