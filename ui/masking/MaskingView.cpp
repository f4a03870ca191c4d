#include "ui/masking/MaskingView.h"

#include "ui/widgets/PassphraseDialog.h"

#include "ui/datasets/DatasetUndoStacks.h"
#include "ui/hierarchy/HierarchyEditorDialog.h"
#include "ui/widgets/DisplayNames.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MenuButton.h"
#include "ui/Settings.h"
#include "core/mask/RecordSuppressionStore.h"
#include "ui/masking/ApplyRuleSetCommand.h"
#include "ui/masking/MaskPreviewModel.h"
#include "ui/masking/MaskRuleEditor.h"
#include "ui/masking/MaskRuleModel.h"
#include "ui/masking/MaskRuleSetActions.h"
#include "ui/masking/SetMaskRulesCommand.h"
#include "core/mask/MaskRuleService.h"
#include "core/mask/ProjectSecretStore.h"
#include "core/store/ProjectStore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace steward::ui {

MaskingView::MaskingView(QWidget *parent)
    : QWidget(parent),
      m_rules(new MaskRuleModel(this)),
      m_preview(new MaskPreviewModel(this)),
      m_undoGroup(new DatasetUndoStacks(QStringLiteral("maskingUndoStack"), this))
{
    setObjectName(QStringLiteral("maskingView"));
    createActions();
    createLayout();
    m_ruleSets = new MaskRuleSetActions(this);
    connect(m_preview, &MaskPreviewModel::suppressionPendingChanged, this,
            &MaskingView::updatePreviewMessages);
    connect(m_preview, &MaskPreviewModel::rulesApplied, this, [this] {
        updateLockPrompt();
        updatePreviewMessages();
    });
    connect(m_preview, &MaskPreviewModel::modelReset, this, &MaskingView::updatePreviewColumns);
    connect(m_preview, &MaskPreviewModel::fetchFailed, this, [this](const QString &text) {
        showError(tr("Rows of the dataset could not be read."), Error::internal(text));
    });
    clearDataset();
}

MaskingView::~MaskingView()
{
    // The commands reach the store: drop them before anything else goes.
    m_undoGroup->dropAll();
}

// ---------------------------------------------------------------------------------------------
// Construction

void MaskingView::createActions()
{
    const auto make = [this](const char *name, const QString &text, const QString &toolTip) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setToolTip(toolTip);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_suggestAllAction = make("applySuggestedRulesAction", tr("Apply &Suggested Rules"),
                              tr("Set every field's rule to the one suggested from the "
                                 "classification"));
    m_suggestAllAction->setIcon(icon(IconId::Apply));
    m_suggestSelectedAction =
        make("applySuggestedToSelectedAction", tr("Apply Suggested to Se&lected"),
             tr("Set the selected fields' rules to the ones suggested from the classification"));
    m_clearAction = make("clearMaskRuleAction", tr("&Keep (Clear Rule)"),
                         tr("Remove the rules of the selected fields: they are kept unchanged "
                            "(Delete)"));
    m_editHierarchyAction =
        make("editHierarchyAction", tr("Edit &Hierarchy…"),
             tr("Inspect and edit how the current field is generalised, level by level"));
    // Short on the toolbar, so that the dataset's name keeps its room at 1280 pixels.
    m_editHierarchyAction->setIconText(tr("Hierarchy…"));
    m_unlockAction = make("unlockSecretAction", tr("&Unlock…"),
                          tr("Enter the project passphrase to preview pseudonyms and date shifts"));

    // Undo/redo of this tab's own history; the Classification tab has its own stack.
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("maskingUndoAction"));
    m_undoAction->setIcon(icon(IconId::Undo));
    m_undoAction->setIconText(tr("Undo")); // the text names the step: too long for a toolbar
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undoAction);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("maskingRedoAction"));
    m_redoAction->setIcon(icon(IconId::Redo));
    m_redoAction->setIconText(tr("Redo"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_redoAction);

    connect(m_suggestAllAction, &QAction::triggered, this, [this] { applySuggested(false); });
    connect(m_suggestSelectedAction, &QAction::triggered, this, [this] { applySuggested(true); });
    connect(m_clearAction, &QAction::triggered, this, &MaskingView::clearSelected);
    connect(m_unlockAction, &QAction::triggered, this, &MaskingView::unlockWithDialog);
    connect(m_editHierarchyAction, &QAction::triggered, this, &MaskingView::editHierarchy);
}

void MaskingView::createLayout()
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("maskingTitle"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_titleLabel->setFont(titleFont);
    // The toolbar keeps its room; a long dataset name gives way (its full text is the tooltip).
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_titleLabel->setMinimumWidth(fontMetrics().averageCharWidth() * 12);

    // Few buttons, related actions behind a menu, so that the bar fits a 1280-pixel screen
    // without an overflow ("»") in either language.
    auto *toolBar = new QToolBar(this);
    m_toolBar = toolBar;
    toolBar->setObjectName(QStringLiteral("maskingToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_suggestAllAction);
    m_suggestMenu = new QMenu(this);
    m_suggestMenu->setObjectName(QStringLiteral("maskSuggestMenu"));
    m_suggestMenu->addAction(m_suggestAllAction);
    m_suggestMenu->addAction(m_suggestSelectedAction);
    m_suggestMenu->setToolTipsVisible(true);
    if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(m_suggestAllAction)))
        setDropDownMenu(button, m_suggestMenu);
    toolBar->addAction(m_clearAction);
    toolBar->addAction(m_editHierarchyAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("maskingMessage"));
    // Its own line, recomputed from the stored classification at every reload: a notice shown
    // once would outlive the decisions that answer it.
    m_classificationNotice = new InlineMessage(this);
    m_classificationNotice->setObjectName(QStringLiteral("maskingClassificationNotice"));

    m_rulesTable = new QTableView(this);
    m_rulesTable->setObjectName(QStringLiteral("maskRulesTable"));
    m_rulesTable->setModel(m_rules);
    m_rulesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_rulesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rulesTable->setWordWrap(false);
    m_rulesTable->verticalHeader()->hide();
    // Compact rows, as in the preview: one line of text each.
    m_rulesTable->verticalHeader()->setDefaultSectionSize(
        m_rulesTable->verticalHeader()->minimumSectionSize());
    m_rulesTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_rulesTable->horizontalHeader()->setStretchLastSection(true);
    m_rulesTable->horizontalHeader()->setHighlightSections(false);
    m_rulesTable->setColumnWidth(MaskRuleModel::FieldColumn, 150);
    m_rulesTable->setColumnWidth(MaskRuleModel::RoleColumn, 130);
    m_rulesTable->setColumnWidth(MaskRuleModel::GradeColumn, 70);
    m_rulesTable->setColumnWidth(MaskRuleModel::OperatorColumn, 130);
    m_rulesTable->setColumnWidth(MaskRuleModel::ParametersColumn, 150);
    // Delete clears the rule while the table has focus (in the editor it edits text).
    auto *clearKey = new QAction(this);
    clearKey->setShortcuts({QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)});
    clearKey->setShortcutContext(Qt::WidgetShortcut);
    m_rulesTable->addAction(clearKey);
    connect(clearKey, &QAction::triggered, this, &MaskingView::clearSelected);
    connect(m_rulesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateEditor();
        updateActions();
    });
    connect(m_rulesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const MaskRuleModel::Field *f = m_rules->field(current.row()))
                    scrollPreviewToField(f->name);
            });

    // The editor scrolls its parameters itself and keeps Apply in view.
    m_editor = new MaskRuleEditor(this);
    connect(m_editor, &MaskRuleEditor::applyRequested, this, &MaskingView::setRule);
    m_editor->setMinimumWidth(fontMetrics().averageCharWidth() * 40);

    m_rulesSplitter = new QSplitter(Qt::Horizontal, this);
    m_rulesSplitter->setObjectName(QStringLiteral("maskingRulesSplitter"));
    m_rulesSplitter->addWidget(m_rulesTable);
    m_rulesSplitter->addWidget(m_editor);
    m_rulesSplitter->setStretchFactor(0, 1);
    m_rulesSplitter->setStretchFactor(1, 0);
    m_rulesSplitter->setChildrenCollapsible(false);

    // Below the rules, the full width for the preview or the risk panel: beside the preview, the
    // risk panel would leave each preview half two columns on a 1280-pixel screen.
    m_bottomTabs = new QTabWidget(this);
    m_bottomTabs->setObjectName(QStringLiteral("maskingBottomTabs"));
    m_bottomTabs->setDocumentMode(true);
    m_bottomTabs->addTab(createPreviewPane(), tr("Preview"));
    m_bottomTabs->setTabToolTip(0, tr("The first rows as they are and masked with the rules"));
    m_bottomTabs->setCornerWidget(createPreviewModeButtons(), Qt::TopRightCorner);
    connect(m_bottomTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (QWidget *corner = m_bottomTabs->cornerWidget(Qt::TopRightCorner))
            corner->setVisible(index == 0);
    });

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("maskingSplitter"));
    m_splitter->addWidget(m_rulesSplitter);
    m_splitter->addWidget(m_bottomTabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    // Where the steward left the splitters (this window size or another) is where they stay.
    Settings settings;
    for (QSplitter *splitter : {m_splitter, m_rulesSplitter}) {
        const QByteArray state = settings.maskingSplitterState(splitter->objectName());
        if (!state.isEmpty() && splitter->restoreState(state) && splitter == m_splitter)
            m_layoutRestored = true;
        connect(splitter, &QSplitter::splitterMoved, this, [splitter] {
            Settings().setMaskingSplitterState(splitter->objectName(), splitter->saveState());
        });
    }
    setPreviewMaskedOnly(settings.maskingPreviewMaskedOnly());

    auto *header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1);
    header->addWidget(toolBar);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_classificationNotice);
    layout->addWidget(m_splitter, 1);
}

QWidget *MaskingView::createPreviewModeButtons()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("maskPreviewModeButtons"));
    auto *group = new QActionGroup(this);
    m_sideBySideAction = new QAction(tr("Side by Side"), group);
    m_sideBySideAction->setObjectName(QStringLiteral("maskPreviewSideBySideAction"));
    m_sideBySideAction->setToolTip(tr("Show the original rows next to the masked ones"));
    m_maskedOnlyAction = new QAction(tr("Masked Only"), group);
    m_maskedOnlyAction->setObjectName(QStringLiteral("maskPreviewMaskedOnlyAction"));
    m_maskedOnlyAction->setToolTip(tr("Show only the masked rows: twice the columns"));
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(0);
    for (QAction *action : {m_sideBySideAction, m_maskedOnlyAction}) {
        action->setCheckable(true);
        auto *button = new QToolButton(box);
        button->setObjectName(action->objectName().replace(QStringLiteral("Action"),
                                                           QStringLiteral("Button")));
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        layout->addWidget(button);
    }
    m_sideBySideAction->setChecked(true);
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        setPreviewMaskedOnly(action == m_maskedOnlyAction);
        Settings().setMaskingPreviewMaskedOnly(action == m_maskedOnlyAction);
    });
    return box;
}

void MaskingView::setPreviewMaskedOnly(bool maskedOnly)
{
    m_originalBox->setVisible(!maskedOnly);
    (maskedOnly ? m_maskedOnlyAction : m_sideBySideAction)->setChecked(true);
}

bool MaskingView::isPreviewMaskedOnly() const
{
    return m_maskedOnlyAction->isChecked();
}

void MaskingView::showSidePanel()
{
    if (m_sidePanel)
        m_bottomTabs->setCurrentWidget(m_sidePanel);
}

void MaskingView::showPreview()
{
    m_bottomTabs->setCurrentIndex(0);
}

void MaskingView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_layoutRestored || m_defaultSizesPending)
        return;
    // Once laid out: the rules table gets nine rows at least and nearly half of the height
    // (every field of a typical extract on a large screen), the preview the rest.
    m_defaultSizesPending = true;
    QTimer::singleShot(0, this, [this] {
        m_defaultSizesPending = false;
        if (m_layoutRestored || !isVisible())
            return;
        m_layoutRestored = true;
        const int rows = m_rulesTable->verticalHeader()->defaultSectionSize() * 9;
        const int table = rows + m_rulesTable->horizontalHeader()->height()
                          + 2 * m_rulesTable->frameWidth()
                          + m_rulesTable->horizontalScrollBar()->sizeHint().height();
        const int total = m_splitter->height() - m_splitter->handleWidth();
        const int top =
            std::max({table, m_editor->minimumSizeHint().height(), total * 45 / 100});
        if (total > top)
            m_splitter->setSizes({top, total - top});
    });
}

QWidget *MaskingView::createPreviewPane()
{
    auto *pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("maskPreviewPane"));

    m_lockRow = new QFrame(pane);
    m_lockRow->setObjectName(QStringLiteral("maskLockRow"));
    static_cast<QFrame *>(m_lockRow)->setFrameShape(QFrame::StyledPanel);
    m_lockLabel = new QLabel(m_lockRow);
    m_lockLabel->setObjectName(QStringLiteral("maskLockLabel"));
    m_lockLabel->setWordWrap(true);
    m_unlockButton = new QPushButton(tr("Unlock…"), m_lockRow);
    m_unlockButton->setObjectName(QStringLiteral("unlockSecretButton"));
    connect(m_unlockButton, &QPushButton::clicked, this, &MaskingView::unlockWithDialog);
    m_lockError = new InlineMessage(m_lockRow);
    m_lockError->setObjectName(QStringLiteral("maskLockError"));
    auto *lockLayout = new QGridLayout(m_lockRow);
    lockLayout->setContentsMargins(8, 6, 8, 6);
    lockLayout->addWidget(m_lockLabel, 0, 0);
    lockLayout->addWidget(m_unlockButton, 0, 1, Qt::AlignTop);
    lockLayout->addWidget(m_lockError, 1, 0, 1, 2);
    lockLayout->setColumnStretch(0, 1);
    m_lockRow->hide();

    m_suppressionMessage = new InlineMessage(pane);
    m_suppressionMessage->setObjectName(QStringLiteral("maskSuppressionMessage"));
    m_previewMessage = new InlineMessage(pane);
    m_previewMessage->setObjectName(QStringLiteral("maskPreviewMessage"));

    const auto makeView = [pane](const char *name) {
        auto *view = new QTableView(pane);
        view->setObjectName(QString::fromLatin1(name));
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setWordWrap(false);
        view->horizontalHeader()->setHighlightSections(false);
        view->verticalHeader()->setDefaultSectionSize(view->verticalHeader()->minimumSectionSize());
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        return view;
    };
    m_originalView = makeView("maskOriginalView");
    m_maskedView = makeView("maskMaskedView");
    m_originalView->setModel(m_preview);
    m_maskedView->setModel(m_preview);
    // One selection and one vertical position: a row reads across both halves.
    QItemSelectionModel *unused = m_maskedView->selectionModel();
    m_maskedView->setSelectionModel(m_originalView->selectionModel());
    delete unused;
    m_originalView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_originalView->verticalScrollBar(), &QScrollBar::valueChanged,
            m_maskedView->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_maskedView->verticalScrollBar(), &QScrollBar::valueChanged,
            m_originalView->verticalScrollBar(), &QScrollBar::setValue);

    const auto side = [pane](const QString &caption, QTableView *view) {
        auto *box = new QWidget(pane);
        auto *label = new QLabel(caption, box);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(label);
        layout->addWidget(view, 1);
        return box;
    };
    auto *halves = new QSplitter(Qt::Horizontal, pane);
    halves->setObjectName(QStringLiteral("maskPreviewHalves"));
    m_originalBox = side(tr("Original"), m_originalView);
    halves->addWidget(m_originalBox);
    halves->addWidget(side(tr("Masked (preview, nothing is written)"), m_maskedView));
    halves->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lockRow);
    layout->addWidget(m_suppressionMessage);
    layout->addWidget(m_previewMessage);
    layout->addWidget(halves, 1);
    return pane;
}

void MaskingView::updatePreviewColumns()
{
    const int n = m_preview->fieldCount();
    for (int c = 0; c < 2 * n; ++c) {
        m_originalView->setColumnHidden(c, m_preview->isMaskedColumn(c));
        m_maskedView->setColumnHidden(c, !m_preview->isMaskedColumn(c));
    }
}

void MaskingView::setSidePanel(QWidget *panel)
{
    if (m_sidePanel == panel)
        return;
    if (m_sidePanel)
        m_sidePanel->deleteLater();
    m_sidePanel = panel;
    if (panel) {
        const int tab = m_bottomTabs->addTab(panel, tr("Risk"));
        m_bottomTabs->setTabToolTip(tab, tr("Re-identification risk and information loss of "
                                             "the rules"));
    }
}

// ---------------------------------------------------------------------------------------------
// Project and dataset

void MaskingView::setProject(ProjectStore *store)
{
    if (store == m_store)
        return;
    m_undoGroup->dropAll();
    m_secret.reset(); // a secret belongs to its project
    m_store = store;
    clearDataset();
}

void MaskingView::showDataset(const DatasetInfo &dataset)
{
    if (!m_store)
        return;
    const bool sameVersion =
        hasDataset() && m_dataset.id == dataset.id && m_dataset.version == dataset.version;
    m_dataset = dataset;
    m_undoGroup->setActiveStack(m_undoGroup->stackFor(dataset));
    m_titleLabel->setText(tr("Masking of “%1”").arg(dataset.name));
    m_titleLabel->setToolTip(m_titleLabel->text());
    if (!sameVersion) {
        m_message->clearMessage();
        m_lockError->clearMessage();
        m_editor->setBaseDirectory(QFileInfo(m_store->path()).absolutePath());
        m_preview->setSource(m_store, dataset);
    }
    reload();
    if (!sameVersion && m_rules->rowCount() > 0)
        m_rulesTable->selectRow(0);
    updateActions();
}

void MaskingView::clearDataset()
{
    m_dataset = DatasetInfo{};
    m_rules->clear();
    m_preview->detach();
    m_undoGroup->setActiveStack(nullptr);
    m_titleLabel->setText(tr("No dataset"));
    m_titleLabel->setToolTip(QString());
    m_message->clearMessage();
    m_classificationNotice->clearMessage();
    m_editor->setFields({}, MaskRule());
    updateLockPrompt();
    updatePreviewMessages();
    updateActions();
}

void MaskingView::refresh()
{
    if (hasDataset())
        reload();
}

void MaskingView::reload()
{
    if (!m_store || !hasDataset())
        return;
    if (Status loaded = m_rules->load(*m_store, m_dataset); !loaded) {
        showError(tr("The masking rules could not be read."), loaded.error());
        return;
    }
    updateClassificationNotice();
    m_editor->setColumns(m_rules->fieldNames(), m_rules->subjectKey());
    updatePreviewRules();
    updateEditor();
    updateActions();
}

QList<std::pair<QString, MaskRule>> MaskingView::currentRules() const
{
    return m_rules->rules();
}

MaskEnvironment MaskingView::environment() const
{
    MaskEnvironment env;
    if (m_store) {
        // Stored hierarchies included: `hierarchy:level=L` rules (an imported hierarchy) read them.
        if (auto stored = MaskRuleService(*m_store).environment(m_dataset))
            env = std::move(*stored);
    } else if (m_dataset.missingMarkers) {
        env.missingMarkers = *m_dataset.missingMarkers;
    }
    env.secret = m_secret;
    return env;
}

void MaskingView::updateClassificationNotice()
{
    const QStringList unrated = hasDataset() ? m_rules->unratedFields() : QStringList();
    if (unrated.isEmpty()) {
        m_classificationNotice->clearMessage();
        return;
    }
    m_classificationNotice->showMessage(
        InlineMessage::Kind::Notice,
        unrated.size() == m_rules->rowCount()
            ? tr("This dataset has not been classified yet: roles, grades and suggested rules "
                 "appear once it is (Classification tab).")
            : tr("Not classified yet: %1. Roles, grades and suggested rules appear once every "
                 "field is (Classification tab).")
                  .arg(unrated.size() <= 3 ? unrated.join(tr(", "))
                                           : DisplayNames::fieldListText(unrated)));
}

void MaskingView::updatePreviewRules()
{
    m_preview->setRules(m_rules->rules(), environment());
}

void MaskingView::updateLockPrompt()
{
    const QStringList locked = m_preview->lockedFields();
    m_unlockAction->setEnabled(m_store && !m_secret && !locked.isEmpty());
    if (locked.isEmpty()) {
        m_lockRow->hide();
        m_lockError->clearMessage();
        return;
    }
    m_lockLabel->setText(
        tr("The rules of %1 need the project secret (pseudonyms, date shifts). Unlock it with "
           "the project passphrase to preview them; until then they show “(locked)”.")
            .arg(locked.size() <= 3 ? locked.join(tr(", ")) : DisplayNames::fieldListText(locked)));
    m_lockRow->show();
}

void MaskingView::updatePreviewMessages()
{
    if (m_preview->isSuppressionPending() && hasDataset())
        m_suppressionMessage->showMessage(
            InlineMessage::Kind::Notice,
            tr("Record suppression will show when the risk pass finishes"));
    else
        m_suppressionMessage->clearMessage();
    const QStringList errors = m_preview->ruleErrors();
    if (errors.isEmpty())
        m_previewMessage->clearMessage();
    else
        m_previewMessage->showMessage(
            InlineMessage::Kind::Error,
            tr("Some rules cannot be previewed: %1").arg(errors.join(QStringLiteral("; "))));
}

QString MaskingView::messageText() const
{
    return m_message->text();
}

QString MaskingView::classificationNoticeText() const
{
    return m_classificationNotice->text();
}

QString MaskingView::lockMessageText() const
{
    return m_lockRow->isVisibleTo(this) ? m_lockLabel->text() : QString();
}

bool MaskingView::isLockPromptVisible() const
{
    return m_lockRow->isVisibleTo(this);
}

void MaskingView::showError(const QString &what, const Error &error)
{
    m_message->showMessage(InlineMessage::Kind::Error,
                           what + QLatin1Char(' ') + errorSentence(error.message));
}

// ---------------------------------------------------------------------------------------------
// Selection and editor

QStringList MaskingView::selectedFields() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_rulesTable->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_rulesTable->currentIndex().isValid())
        rows << m_rulesTable->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    QStringList names;
    for (const int row : std::as_const(rows)) {
        if (const MaskRuleModel::Field *f = m_rules->field(row))
            names << f->name;
    }
    return names;
}

bool MaskingView::selectField(const QString &name)
{
    const int row = m_rules->rowOf(name);
    if (row < 0)
        return false;
    m_rulesTable->selectRow(row);
    m_rulesTable->scrollTo(m_rules->index(row, 0));
    return true;
}

void MaskingView::updateEditor()
{
    const QStringList fields = selectedFields();
    MaskRule rule;
    if (!fields.isEmpty()) {
        // Several fields: their common rule, else the first one's.
        rule = m_rules->storedRule(fields.front()).value_or(MaskRule());
    }
    m_editor->setFields(fields, rule);
}

void MaskingView::updateActions()
{
    const bool dataset = m_store && hasDataset();
    const bool selection = dataset && !selectedFields().isEmpty();
    m_suggestAllAction->setEnabled(dataset);
    m_suggestSelectedAction->setEnabled(selection);
    m_clearAction->setEnabled(selection);
    m_editHierarchyAction->setEnabled(selection);
}

void MaskingView::editHierarchy()
{
    const QStringList fields = selectedFields();
    if (!m_store || !hasDataset() || fields.isEmpty())
        return;
    const std::optional<HierarchySpec> saved = HierarchyEditorDialog::edit(
        *m_store, m_dataset, fields.front(), this, m_undoGroup->stackFor(m_dataset));
    if (saved)
        emit message(tr("Hierarchy of “%1” saved.").arg(fields.front()));
}

void MaskingView::scrollPreviewToField(const QString &field)
{
    const int at = m_rules->rowOf(field);
    if (at < 0 || at >= m_preview->fieldCount() || m_preview->rowCount() == 0)
        return;
    // Horizontally only: keep the rows in view.
    for (QTableView *view : {m_originalView, m_maskedView}) {
        const int column = view == m_originalView ? m_preview->originalColumn(at)
                                                  : m_preview->maskedColumn(at);
        const int top = std::max(0, view->rowAt(0));
        view->scrollTo(m_preview->index(top, column), QAbstractItemView::EnsureVisible);
    }
}

// ---------------------------------------------------------------------------------------------
// Changes

bool MaskingView::setRule(const QStringList &fields, const MaskRule &rule)
{
    if (!m_store || !hasDataset() || fields.isEmpty())
        return false;
    // What MaskRule::create cannot check: required parameters, the subject field, readable
    // files. Checked for these fields alone (another rule's problem must not block this one),
    // with a stand-in secret when the real one is locked.
    if (rule.op() != MaskOperator::Keep) {
        QList<std::pair<QString, MaskRule>> check;
        for (const QString &f : fields)
            check.append({f, rule});
        if (Status s = MaskRuleService::validate(m_rules->fieldNames(), check, environment());
            !s) {
            m_editor->showError(errorSentence(s.error().message));
            return false;
        }
    }
    QList<std::pair<QString, std::optional<MaskRule>>> after;
    for (const QString &f : fields) {
        // Keep is what a field without a rule gets: store nothing.
        after.append({f, rule.op() == MaskOperator::Keep ? std::nullopt
                                                         : std::optional<MaskRule>(rule)});
    }
    const QString text = rule.op() == MaskOperator::Keep
                             ? tr("Keep %1").arg(DisplayNames::fieldListText(fields))
                             : tr("Set rule of %1 to %2")
                                   .arg(DisplayNames::fieldListText(fields), MaskRuleModel::ruleText(rule));
    return push(after, text, false);
}

bool MaskingView::applySuggested(bool selectedOnly)
{
    if (!m_store || !hasDataset())
        return false;
    const QStringList selected = selectedFields();
    // A suggestion for a field without a role would be "keep": refuse rather than keep an
    // identifier nobody looked at.
    QStringList unrated = m_rules->unratedFields();
    if (selectedOnly)
        unrated.removeIf([&selected](const QString &f) { return !selected.contains(f); });
    if (!unrated.isEmpty()) {
        updateClassificationNotice();
        emit message(tr("Classify the dataset first (Classification tab): the suggestions come "
                        "from the fields' roles."));
        return false;
    }
    QList<std::pair<QString, std::optional<MaskRule>>> after;
    for (const auto &[field, rule] : m_rules->suggestedRules()) {
        if (!selectedOnly || selected.contains(field))
            after.append({field, rule}); // keep included, as `rules --suggest` stores it
    }
    if (after.isEmpty())
        return false;
    return push(after,
                selectedOnly ? tr("Apply suggested rules to %1").arg(DisplayNames::fieldListText(selected))
                             : tr("Apply suggested rules"),
                true);
}

bool MaskingView::clearSelected()
{
    const QStringList fields = selectedFields();
    if (!m_store || !hasDataset() || fields.isEmpty())
        return false;
    QList<std::pair<QString, std::optional<MaskRule>>> after;
    for (const QString &f : fields)
        after.append({f, std::nullopt});
    return push(after, tr("Keep %1 (clear rule)").arg(DisplayNames::fieldListText(fields)), false);
}

bool MaskingView::push(const QList<std::pair<QString, std::optional<MaskRule>>> &after,
                       const QString &undoText, bool suggestion)
{
    // Only the fields that change: the audit entry and the undo step name nothing else.
    SetMaskRulesCommand::FieldRules before;
    SetMaskRulesCommand::FieldRules changed;
    for (const auto &[field, rule] : after) {
        const std::optional<MaskRule> old = m_rules->storedRule(field);
        if (old == rule)
            continue;
        before.append({field, old});
        changed.append({field, rule});
    }
    if (changed.isEmpty()) {
        emit message(tr("The rules are already set."));
        return true;
    }
    m_lastWriteOk = false;
    m_undoGroup->stackFor(m_dataset)->push(new SetMaskRulesCommand(
        m_store, m_dataset, before, changed,
        suggestion ? MaskRuleStore::Action::Suggest : MaskRuleStore::Action::Set, undoText,
        [this](const Status &status) { written(status); }));
    if (m_lastWriteOk)
        emit message(undoText);
    return m_lastWriteOk;
}

bool MaskingView::applyRuleSet(const QList<std::pair<QString, MaskRule>> &rules,
                               const std::optional<std::optional<RecordSuppression>> &suppression,
                               const QString &undoText, const QString &auditAction,
                               const QJsonObject &auditDetail)
{
    if (!m_store || !hasDataset())
        return false;
    RuleSetState before;
    RuleSetState after;
    for (const auto &[field, rule] : rules) {
        const std::optional<MaskRule> old = m_rules->storedRule(field);
        const std::optional<MaskRule> wanted =
            rule.op() == MaskOperator::Keep ? std::nullopt : std::optional<MaskRule>(rule);
        if (old == wanted)
            continue;
        before.rules.append({field, old});
        after.rules.append({field, wanted});
    }
    if (suppression) {
        auto stored = RecordSuppressionStore(*m_store).load(m_dataset);
        if (!stored) {
            showError(tr("The record suppression could not be read."), stored.error());
            return false;
        }
        if (*stored != *suppression) {
            before.hasSuppression = after.hasSuppression = true;
            before.suppression = *stored;
            after.suppression = *suppression;
        }
    }
    if (after.rules.isEmpty() && !after.hasSuppression) {
        emit message(tr("The rules are already set."));
        return true;
    }
    after.auditAction = auditAction;
    if (!auditAction.isEmpty())
        after.auditDetail =
            QString::fromUtf8(QJsonDocument(auditDetail).toJson(QJsonDocument::Compact));
    m_lastWriteOk = false;
    m_undoGroup->stackFor(m_dataset)->push(new ApplyRuleSetCommand(
        m_store, m_dataset, before, after, undoText,
        [this](const Status &status) { written(status); }));
    if (m_lastWriteOk)
        emit message(undoText);
    return m_lastWriteOk;
}

void MaskingView::showNotice(const QString &text)
{
    m_message->showMessage(InlineMessage::Kind::Notice, text);
}

void MaskingView::written(const Status &status)
{
    m_lastWriteOk = status.ok();
    if (!status) {
        showError(tr("The masking rules could not be stored."), status.error());
        return;
    }
    if (m_message->kind() == InlineMessage::Kind::Error)
        m_message->clearMessage();
    reload();
    emit rulesChanged();
}

QUndoStack *MaskingView::undoStack() const
{
    return hasDataset() ? m_undoGroup->existing(m_dataset.id) : nullptr;
}

// ---------------------------------------------------------------------------------------------
// Project secret

bool MaskingView::unlock(const QString &passphrase)
{
    if (!m_store)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor); // scrypt: a fraction of a second
    Result<ProjectSecret> secret = ProjectSecretStore(*m_store).obtain(passphrase);
    QApplication::restoreOverrideCursor();
    if (!secret) {
        // Never the passphrase in a message; a wrong one gets its own sentence.
        m_lockError->showMessage(InlineMessage::Kind::Error,
                                 secret.error().code == ErrorCode::Verification
                                     ? tr("The passphrase is not correct.")
                                     : errorSentence(secret.error().message));
        if (!m_lockRow->isVisibleTo(this))
            showError(tr("The project secret could not be unlocked."), secret.error());
        return false;
    }
    m_secret = *secret;
    m_lockError->clearMessage();
    updatePreviewRules();
    emit message(tr("Project secret unlocked"));
    emit secretUnlocked();
    return true;
}

void MaskingView::unlockWithDialog()
{
    if (!m_store)
        return;
    const bool exists = ProjectSecretStore(*m_store).exists();
    PassphraseDialog dialog(exists ? PassphraseDialog::Mode::Unlock
                                   : PassphraseDialog::Mode::Create,
                            this);
    if (dialog.exec() != QDialog::Accepted || dialog.passphrase().isEmpty())
        return;
    const QString passphrase = dialog.passphrase();
    unlock(passphrase);
}

} // namespace steward::ui
