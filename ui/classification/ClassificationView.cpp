#include "ui/classification/ClassificationView.h"

#include "ui/datasets/DatasetUndoStacks.h"

#include "ui/classification/ClassificationFilterModel.h"
#include "ui/classification/ClassificationHeader.h"
#include "ui/classification/ClassificationModel.h"
#include "ui/classification/ClassificationOverviewChart.h"
#include "ui/classification/ClassificationRunner.h"
#include "ui/classification/ClassificationTable.h"
#include "ui/classification/ClassificationTemplateActions.h"
#include "ui/classification/DataDictionaryExport.h"
#include "ui/classification/DecisionBatchCommand.h"
#include "ui/widgets/DisplayNames.h"
#include "ui/classification/FieldProfilePanel.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/InlineMessage.h"
#include "core/classify/ProjectRules.h"
#include "ui/classification/OverrideDialog.h"
#include "core/classify/ClassificationService.h"
#include "core/store/ProjectStore.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace steward::ui {

namespace {

constexpr int kPanelWidth = 340;

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
    // Apply from Dataset, the template actions and Export Dictionary come next, in this order of
    // the view's actions.
    m_templateActions = new ClassificationTemplateActions(this);
    m_dictionaryExport = new DataDictionaryExport(this);
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
    connect(m_templateActions, &ClassificationTemplateActions::message, this,
            &ClassificationView::message);
    connect(m_dictionaryExport, &DataDictionaryExport::message, this,
            &ClassificationView::message);
}

void ClassificationView::createLayout()
{
    m_header = new ClassificationHeader(this);
    connect(m_header, &ClassificationHeader::cancelRequested, this,
            &ClassificationView::cancelProfiling);

    // Tool bar with the decisions and the reuse actions; the filter beside it.
    auto *toolBar = new QToolBar(this);
    m_toolBar = toolBar;
    toolBar->setObjectName(QStringLiteral("classificationToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addAction(m_profileAction);
    toolBar->addSeparator();
    toolBar->addAction(m_confirmAction);
    toolBar->addAction(m_overrideAction);
    toolBar->addAction(m_reopenAction);
    toolBar->addSeparator();
    m_templateActions->addToToolBar(toolBar);
    toolBar->addAction(m_dictionaryExport->exportAction());

    // The filter and the search sit beside the tool bar, not in it: in a narrow window the tool
    // bar's buttons give up their text (fitToolBar) while the filter keeps its full width.
    auto *filterBar = new QWidget(this);
    m_filterBar = filterBar;
    filterBar->setObjectName(QStringLiteral("classificationFilterBar"));
    m_filterCheck = new QCheckBox(tr("&Needs decision only"), filterBar);
    m_filterCheck->setObjectName(QStringLiteral("needsDecisionFilter"));
    m_filterCheck->setToolTip(tr("Show only the fields that still need a decision (Ctrl+Shift+D)"));
    m_searchEdit = new QLineEdit(filterBar);
    m_searchEdit->setObjectName(QStringLiteral("fieldSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Find field (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    const int charWidth = fontMetrics().averageCharWidth();
    m_searchEdit->setMinimumWidth(
        std::max(charWidth * 18, m_searchEdit->fontMetrics().horizontalAdvance(m_searchEdit->placeholderText())
                                     + charWidth * 6));
    m_searchEdit->setMaximumWidth(charWidth * 28);
    auto *filterLayout = new QHBoxLayout(filterBar);
    filterLayout->setContentsMargins(4, 0, 6, 0);
    filterLayout->setSpacing(8);
    filterLayout->addWidget(m_filterCheck);
    filterLayout->addWidget(m_searchEdit, 1);
    auto *toolRow = new QHBoxLayout;
    toolRow->setContentsMargins(0, 0, 0, 0);
    toolRow->setSpacing(0);
    toolRow->addWidget(toolBar, 1);
    toolRow->addWidget(filterBar, 0);

    connect(m_filterCheck, &QCheckBox::toggled, m_filterAction, &QAction::setChecked);
    connect(m_filterAction, &QAction::toggled, this, [this](bool on) {
        m_filterCheck->setChecked(on);
        const QString current = currentField();
        m_filter->setNeedsDecisionOnly(on);
        m_table->selectFieldOrFirstRow(current);
        updateActions();
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString current = currentField();
        m_filter->setText(text);
        m_table->selectFieldOrFirstRow(current);
    });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] { m_table->setFocus(); });
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("classificationMessage"));

    // Table and side panel.
    m_table = new ClassificationTable(m_model, m_filter, this);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_confirmSpaceAction);
    for (QAction *action : {m_confirmAction, m_overrideAction, m_reopenAction})
        m_table->addAction(action);
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
    layout->addWidget(m_header);
    layout->addLayout(toolRow);
    auto *messageRow = new QHBoxLayout;
    messageRow->setContentsMargins(8, 2, 8, 4);
    messageRow->addWidget(m_message);
    layout->addLayout(messageRow);
    layout->addWidget(m_splitter, 1);
}

void ClassificationView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitToolBar();
}

void ClassificationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitToolBar();
}

// Buttons show their text while the tool bar fits beside the filter; when it does not (a 1280-pixel
// window, a longer language), the reuse buttons and then the decisions show their icon alone,
// with the name in the tool tip, before anything folds into "»".
void ClassificationView::fitToolBar()
{
    // A hidden tool bar does not measure its buttons again: fit it when it is shown.
    if (!m_toolBar || !m_filterBar || !isVisible())
        return;
    QList<QToolButton *> reuse;
    QList<QToolButton *> decisions;
    for (QAction *action : {m_templateActions->applyDatasetAction(), m_dictionaryExport->exportAction()})
        reuse << qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action));
    reuse << m_toolBar->findChild<QToolButton *>(QStringLiteral("templateButton"));
    for (QAction *action : {m_confirmAction, m_overrideAction, m_reopenAction})
        decisions << qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action));
    reuse.removeAll(nullptr);
    decisions.removeAll(nullptr);
    const auto setStyle = [](const QList<QToolButton *> &buttons, Qt::ToolButtonStyle style) {
        for (QToolButton *button : buttons) {
            button->setToolButtonStyle(style);
            if (!button->defaultAction() && button->toolTip().isEmpty())
                button->setToolTip(button->text());
        }
    };
    const int available = width() - m_filterBar->sizeHint().width();
    setStyle(reuse, Qt::ToolButtonTextBesideIcon);
    setStyle(decisions, Qt::ToolButtonTextBesideIcon);
    if (m_toolBar->sizeHint().width() <= available)
        return;
    setStyle(reuse, Qt::ToolButtonIconOnly);
    if (m_toolBar->sizeHint().width() <= available)
        return;
    setStyle(decisions, Qt::ToolButtonIconOnly);
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
    m_header->setTitle(dataset.name);
    reload();
    if (!sameVersion) {
        m_table->scrollToTop();
        if (m_filter->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
        // Another dataset starts at its Field column, not where the last one was scrolled to.
        m_table->horizontalScrollBar()->setValue(m_table->horizontalScrollBar()->minimum());
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
    m_header->overviewChart()->setClassification(DatasetClassification{});
    m_undoGroup->setActiveStack(nullptr);
    m_header->clearTitle();
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
    m_header->overviewChart()->setClassification(*loaded);
    updateHeader();
    updatePanel();
    updateActions();
    emit classificationChanged();
}

// ---------------------------------------------------------------------------------------------
// Header, actions, panel

QString ClassificationView::headerText() const
{
    return m_header->text();
}

QTableView *ClassificationView::tableView() const
{
    return m_table;
}

ClassificationOverviewChart *ClassificationView::overviewChart() const
{
    return m_header->overviewChart();
}

QString ClassificationView::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void ClassificationView::updateHeader()
{
    m_header->showState(m_model->classification(), hasDataset(), m_runner->isRunning());
}

void ClassificationView::updateActions()
{
    const bool project = m_service != nullptr;
    const bool dataset = project && hasDataset();
    const bool running = m_runner->isRunning();
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
    m_templateActions->updateActions();
    m_dictionaryExport->updateAction();
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
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        fitToolBar();
}

// ---------------------------------------------------------------------------------------------
// Selection

QStringList ClassificationView::selectedFields() const
{
    return m_table->selectedFields();
}

QString ClassificationView::currentField() const
{
    return m_table->currentField();
}

bool ClassificationView::selectField(const QString &name)
{
    return m_table->selectField(name);
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

bool ClassificationView::goToNextNeedingDecision()
{
    const QString next = m_table->nextNeedingDecision(selectedFields());
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
    if (next.isEmpty() || !selectField(next))
        m_table->selectFieldOrFirstRow(stay);
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
    const QString next = m_table->nextNeedingDecision(names);
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
    const QString next = m_table->nextNeedingDecision(fields);
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

void ClassificationView::recordApplied(const DecisionBatch &batch, const QString &undoText,
                                       const QString &source)
{
    if (!batch.isEmpty())
        pushBatch(batch, undoText);
    reload();
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
    m_header->showCancelling();
}

void ClassificationView::profilingStarted()
{
    m_header->showProgressStarted(m_runner->dataset().name);
    updateHeader();
    updateActions();
    emit message(tr("Profiling “%1” in the background…").arg(m_runner->dataset().name));
}

void ClassificationView::profilingProgress(qint64 done, qint64 total)
{
    if (m_runner->isCancelling())
        return;
    m_header->showProgress(done, total);
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
        m_table->selectFieldOrFirstRow(current);
        const int needs = m_model->needsDecisionCount();
        emit message(tr("Profiled %Ln field(s) of “%1”; %2 need a decision.", nullptr,
                            m_model->rowCount())
                         .arg(m_dataset.name, QLocale().toString(needs)));
    }
}

void ClassificationView::profilingFinished()
{
    m_header->hideProgress();
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
