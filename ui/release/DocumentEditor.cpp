#include "ui/release/DocumentEditor.h"

#include "core/documents/DocumentComposer.h"
#include "core/documents/DocumentContent.h"
#include "core/documents/DocumentPlaceholders.h"
#include "core/documents/DocumentService.h"
#include "core/documents/DocumentTemplate.h"
#include "core/documents/ReidentificationLikelihood.h"
#include "core/store/ProjectStore.h"
#include "ui/release/DocumentExportRunner.h"
#include "ui/release/DocumentHistoryDialog.h"
#include "ui/release/RiskMapChart.h"
#include "ui/widgets/ErrorText.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/widgets/MenuButton.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <optional>
#include <utility>

namespace steward::ui {

namespace {

constexpr int kPreviewDelayMs = 200;
constexpr int kTypingCommandId = 0x5d0c;
const QDate kNoDate(1900, 1, 1);

// An edit of the document's content: the whole content before and after (small: texts people
// wrote, ticks, ratings), so undo and redo restore exactly. Typing into one text merges into one
// command, so Ctrl+Z takes back a clause edit at once rather than a letter at a time.
class ContentCommand final : public QUndoCommand {
public:
    using Apply = std::function<void(const DocumentContent &, bool syncWidgets)>;

    ContentCommand(QString text, QString key, bool typing, DocumentContent before,
                   DocumentContent after, Apply apply)
        : QUndoCommand(std::move(text)), m_key(std::move(key)), m_typing(typing),
          m_before(std::move(before)), m_after(std::move(after)), m_apply(std::move(apply))
    {
    }

    int id() const override { return m_typing ? kTypingCommandId : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ContentCommand *>(other);
        if (next->m_key != m_key)
            return false;
        m_after = next->m_after;
        return true;
    }
    void redo() override
    {
        // The first redo comes from push(): the widget that was edited holds the text already, and
        // setting it again would move its cursor.
        m_apply(m_after, !m_first);
        m_first = false;
    }
    void undo() override { m_apply(m_before, true); }

private:
    QString m_key;
    bool m_typing;
    bool m_first = true;
    DocumentContent m_before;
    DocumentContent m_after;
    Apply m_apply;
};

// A text box as tall as its text (within bounds), so that the editor scrolls as one page rather
// than as many small boxes. Measured at the box's width: it is fitted again when resized.
void fitHeight(QPlainTextEdit *edit)
{
    const int minLines = edit->property("minLines").toInt();
    const int maxLines = edit->property("maxLines").toInt();
    // A little narrower than the viewport, and a spare line: the estimate must not fall short
    // of the layout's own wrapping, or the box would scroll.
    const int width = std::max(80, edit->viewport()->width()
                                       - int(2 * edit->document()->documentMargin()) - 12);
    const QFontMetrics metrics(edit->font());
    const QString text = edit->toPlainText();
    const int textHeight =
        text.isEmpty() ? metrics.lineSpacing()
                       : metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, text)
                             .height();
    const int lines = std::clamp((textHeight + metrics.lineSpacing() - 1) / metrics.lineSpacing()
                                     + (text.isEmpty() ? 0 : 1),
                                 minLines, maxLines);
    const int height = lines * metrics.lineSpacing()
                       + int(2 * edit->document()->documentMargin()) + 2 * edit->frameWidth() + 2;
    if (edit->height() != height)
        edit->setFixedHeight(height);
}

void setLineBounds(QPlainTextEdit *edit, int minLines, int maxLines)
{
    edit->setProperty("minLines", minLines);
    edit->setProperty("maxLines", maxLines);
    fitHeight(edit);
}

} // namespace

class DocumentEditor::Private {
public:
    explicit Private(DocumentEditor *editor) : q(editor) {}

    DocumentEditor *q;
    ProjectStore *store = nullptr;
    std::optional<DocumentTemplate> tmpl;
    bool shown = false;     // a release's document is loaded
    DocumentState state;    // the latest saved version and the facts now
    DocumentContent content; // what is being edited
    bool measuring = false;
    Completeness completeness;
    bool syncing = false;   // widgets being set from the content: their signals are not edits
    bool lastUnsaved = false;
    bool lastOutOfDate = false;

    QUndoStack *undo = nullptr;
    QAction *undoAction = nullptr;
    QAction *redoAction = nullptr;
    QAction *saveAction = nullptr;

    // Chrome.
    QLabel *titleLabel = nullptr;
    QLabel *statusLabel = nullptr;
    QToolButton *saveButton = nullptr;
    QToolButton *historyButton = nullptr;
    QToolButton *exportButton = nullptr;
    QToolButton *importButton = nullptr;
    QComboBox *exportLanguage = nullptr;
    QProgressBar *exportProgress = nullptr;
    QPushButton *exportCancel = nullptr;
    InlineMessage *message = nullptr;
    InlineMessage *banner = nullptr;
    QPushButton *refreshButton = nullptr;
    QLabel *completenessLabel = nullptr;
    QListWidget *missingList = nullptr;
    QScrollArea *scroll = nullptr;
    QWidget *form = nullptr;
    QVBoxLayout *formLayout = nullptr;
    QTextBrowser *preview = nullptr;
    QTimer previewTimer;
    DocumentExportRunner *runner = nullptr;
    QPointer<DocumentHistoryDialog> history;

    // Item widgets by item key.
    struct ClauseWidgets {
        QPlainTextEdit *edit = nullptr;
        QLabel *edited = nullptr;
        QToolButton *restore = nullptr;
    };
    QHash<QString, ClauseWidgets> clauses;
    QHash<QString, QWidget *> fields;
    QHash<QString, QCheckBox *> checks;
    QHash<QString, QLabel *> generated;
    QHash<QString, QWidget *> boxes;      // the box of each item, to scroll to
    QHash<QString, QWidget *> sectionBoxes;
    QTableWidget *riskTable = nullptr;
    // The selected risk's impacts, threats, sources and measures.
    QGroupBox *riskDetails = nullptr;
    QHash<QString, QPlainTextEdit *> riskTexts;
    QTableWidget *actionTable = nullptr;
    RiskMapChart *riskMap = nullptr;
    QString builtFor;                     // kind + language the form was built for

    // --- values -----------------------------------------------------------------------------
    const DocumentFacts &facts() const { return state.version.facts; }

    QHash<QString, QString> placeholderValues() const;
    QString standardText(const TemplateItem &item) const;
    QString clauseText(const TemplateItem &item) const;
    bool checked(const TemplateItem &item) const;
    QString riskTitle(const RiskEntry &risk) const;
    DocumentState shownState() const;

    // --- building ---------------------------------------------------------------------------
    void buildChrome();
    void buildForm();
    void clearForm();
    QWidget *makeItem(const TemplateItem &item, QWidget *parent);
    QWidget *makeClause(const TemplateItem &item, QWidget *parent);
    QWidget *makeField(const TemplateItem &item, QWidget *parent);
    QWidget *makeRiskRegister(QWidget *parent);
    QWidget *makeActionPlan(QWidget *parent);
    QString generatedSummary(const TemplateItem &item) const;
    QComboBox *ratingCombo(int value, QWidget *parent) const;
    QDateEdit *dateEdit(QWidget *parent) const;
    void watchShortcuts(QWidget *widget);

    // --- state ------------------------------------------------------------------------------
    // `replaced`: the content was replaced from elsewhere (restore, import): undo starts anew.
    void load(const Release &release, const DocumentFacts &facts, bool keepEdits,
              bool replaced = false);
    void edit(const QString &key, const QString &description, bool typing,
              const std::function<void(DocumentContent &)> &change);
    void apply(const DocumentContent &next, bool syncWidgets);
    void syncWidgets();
    void syncRisks();
    void syncRiskDetails();
    int selectedRisk() const;
    void syncActions();
    void contentChanged();
    void updateChrome();
    void updateBanner();
    void updateCompleteness();
    void schedulePreview() { previewTimer.start(); }
    void renderPreview();
    void jumpTo(const QString &itemKey);
    void showError(const Error &error);
    bool confirmDiscard(const QString &question);
    void exportAs(DocumentFormat format);
    void importJson();
    void refresh();
    void restore(int version);
};

// ---------------------------------------------------------------------------------------------
// Values

QHash<QString, QString> DocumentEditor::Private::placeholderValues() const
{
    // The clause text a person starts from is the template filled from the release as it is
    // now: the same values the document fills in when the clause is left as it is.
    return DocumentPlaceholders::values(*tmpl, state.release, facts(), content);
}

QString DocumentEditor::Private::standardText(const TemplateItem &item) const
{
    return DocumentTemplate::fill(item.text, placeholderValues());
}

QString DocumentEditor::Private::clauseText(const TemplateItem &item) const
{
    const auto written = content.texts.constFind(item.key);
    return written != content.texts.constEnd() ? *written : standardText(item);
}

bool DocumentEditor::Private::checked(const TemplateItem &item) const
{
    const auto ticked = content.checks.constFind(item.key);
    if (ticked != content.checks.constEnd())
        return *ticked;
    return !item.fact.isEmpty() && facts().measures.contains(item.fact);
}

QString DocumentEditor::Private::riskTitle(const RiskEntry &risk) const
{
    return risk.title.isEmpty() ? tmpl->phrase(QStringLiteral("risk.%1.title").arg(risk.key))
                                : risk.title;
}

DocumentState DocumentEditor::Private::shownState() const
{
    DocumentState shown = state;
    shown.version.content = content;
    shown.completeness = completeness;
    return shown;
}

// ---------------------------------------------------------------------------------------------
// Building

void DocumentEditor::Private::buildChrome()
{
    undo = new QUndoStack(q);
    undoAction = undo->createUndoAction(q, DocumentEditor::tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("documentUndoAction"));
    undoAction->setIcon(icon(IconId::Undo));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redoAction = undo->createRedoAction(q, DocumentEditor::tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("documentRedoAction"));
    redoAction->setIcon(icon(IconId::Redo));
    redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    saveAction = new QAction(DocumentEditor::tr("&Save"), q);
    saveAction->setObjectName(QStringLiteral("documentSaveAction"));
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    saveAction->setToolTip(DocumentEditor::tr("Save the edits as a new version (%1)")
                               .arg(QKeySequence(QKeySequence::Save)
                                        .toString(QKeySequence::NativeText)));
    q->addAction(undoAction);
    q->addAction(redoAction);
    q->addAction(saveAction);
    QObject::connect(saveAction, &QAction::triggered, q, [this] { q->save(); });

    titleLabel = new QLabel(q);
    titleLabel->setObjectName(QStringLiteral("documentTitle"));
    QFont bold = titleLabel->font();
    bold.setBold(true);
    titleLabel->setFont(bold);
    statusLabel = new QLabel(q);
    statusLabel->setObjectName(QStringLiteral("documentStatus"));
    // A long "saved by … on …" must not widen the window: the label gives way (full text in its
    // tooltip).
    statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusLabel->setMinimumWidth(40);

    const auto toolButton = [this](const QString &name, QAction *action = nullptr) {
        auto *button = new QToolButton(q);
        button->setObjectName(name);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        if (action)
            button->setDefaultAction(action);
        return button;
    };
    auto *undoButton = toolButton(QStringLiteral("documentUndoButton"), undoAction);
    auto *redoButton = toolButton(QStringLiteral("documentRedoButton"), redoAction);
    undoButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    redoButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    saveButton = toolButton(QStringLiteral("documentSaveButton"), saveAction);
    historyButton = toolButton(QStringLiteral("documentHistoryButton"));
    historyButton->setText(DocumentEditor::tr("&History…"));
    historyButton->setToolTip(DocumentEditor::tr("Earlier versions: who saved them and when; view or restore one"));
    QObject::connect(historyButton, &QToolButton::clicked, q, [this] { q->showHistory(); });

    exportButton = toolButton(QStringLiteral("documentExportButton"));
    exportButton->setText(DocumentEditor::tr("&Export"));
    exportButton->setIcon(icon(IconId::Export));
    auto *exportMenu = new QMenu(exportButton);
    QAction *pdf = exportMenu->addAction(DocumentEditor::tr("&PDF…"));
    pdf->setObjectName(QStringLiteral("exportPdfAction"));
    QAction *html = exportMenu->addAction(DocumentEditor::tr("&HTML…"));
    html->setObjectName(QStringLiteral("exportHtmlAction"));
    QAction *json = exportMenu->addAction(DocumentEditor::tr("&JSON…"));
    json->setObjectName(QStringLiteral("exportJsonAction"));
    QObject::connect(pdf, &QAction::triggered, q, [this] { exportAs(DocumentFormat::Pdf); });
    QObject::connect(html, &QAction::triggered, q, [this] { exportAs(DocumentFormat::Html); });
    QObject::connect(json, &QAction::triggered, q, [this] { exportAs(DocumentFormat::Json); });
    setDropDownMenu(exportButton, exportMenu);

    exportLanguage = new QComboBox(q);
    exportLanguage->setObjectName(QStringLiteral("exportLanguage"));
    exportLanguage->addItem(DocumentEditor::tr("Chinese"), QStringLiteral("zh_CN"));
    exportLanguage->addItem(DocumentEditor::tr("English"), QStringLiteral("en"));
    exportLanguage->setToolTip(DocumentEditor::tr("Language of the exported document (the release's by default)"));

    importButton = toolButton(QStringLiteral("documentImportButton"));
    importButton->setText(DocumentEditor::tr("&Import JSON…"));
    importButton->setIcon(icon(IconId::Import));
    importButton->setToolTip(
        DocumentEditor::tr("Read back a document exported as JSON and edited elsewhere, as a new version"));
    QObject::connect(importButton, &QToolButton::clicked, q, [this] { importJson(); });

    exportProgress = new QProgressBar(q);
    exportProgress->setObjectName(QStringLiteral("exportProgress"));
    exportProgress->setMaximumWidth(160);
    exportProgress->setTextVisible(false);
    exportProgress->hide();
    exportCancel = new QPushButton(DocumentEditor::tr("Cancel"), q);
    exportCancel->setObjectName(QStringLiteral("exportCancelButton"));
    exportCancel->hide();

    runner = new DocumentExportRunner(q);
    QObject::connect(exportCancel, &QPushButton::clicked, runner, &DocumentExportRunner::cancel);
    QObject::connect(runner, &DocumentExportRunner::started, q, [this] {
        exportProgress->setRange(0, 0);
        exportProgress->show();
        exportCancel->show();
        exportButton->setEnabled(false);
        importButton->setEnabled(false);
    });
    QObject::connect(runner, &DocumentExportRunner::progressed, q, [this](qint64 done, qint64 total) {
        if (total > 0) {
            exportProgress->setRange(0, int(total));
            exportProgress->setValue(int(std::min(done, total)));
        }
    });
    QObject::connect(runner, &DocumentExportRunner::succeeded, q,
                     [this](const DocumentExportResult &result) {
                         const QLocale locale;
                         const QString name = QFileInfo(result.file).fileName();
                         message->showMessage(
                             InlineMessage::Kind::Notice,
                             result.pages > 0
                                 ? DocumentEditor::tr("Exported %1 (%2 pages, %3).")
                                       .arg(name, locale.toString(result.pages),
                                            locale.formattedDataSize(result.bytes))
                                 : DocumentEditor::tr("Exported %1 (%2).")
                                       .arg(name, locale.formattedDataSize(result.bytes)));
                     });
    QObject::connect(runner, &DocumentExportRunner::failed, q,
                     [this](const Error &error) { showError(error); });
    QObject::connect(runner, &DocumentExportRunner::cancelled, q, [this] {
        message->showMessage(InlineMessage::Kind::Notice, DocumentEditor::tr("Export cancelled; no file written."));
    });
    QObject::connect(runner, &DocumentExportRunner::finished, q, [this] {
        exportProgress->hide();
        exportCancel->hide();
        updateChrome();
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(titleLabel);
    bar->addWidget(statusLabel, 1);
    bar->addWidget(undoButton);
    bar->addWidget(redoButton);
    bar->addWidget(saveButton);
    bar->addWidget(historyButton);
    bar->addSpacing(12);
    bar->addWidget(exportProgress);
    bar->addWidget(exportCancel);
    bar->addWidget(exportLanguage);
    bar->addWidget(exportButton);
    bar->addWidget(importButton);

    message = new InlineMessage(q);
    message->setObjectName(QStringLiteral("documentMessage"));

    banner = new InlineMessage(q);
    banner->setObjectName(QStringLiteral("outOfDateBanner"));
    refreshButton = new QPushButton(DocumentEditor::tr("&Refresh"), q);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    refreshButton->setToolTip(DocumentEditor::tr("Quote the project as it is now (a new version); text people "
                                 "wrote is kept"));
    QObject::connect(refreshButton, &QPushButton::clicked, q, [this] { refresh(); });
    auto *bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(0, 0, 0, 0);
    bannerRow->addWidget(banner, 1);
    bannerRow->addWidget(refreshButton, 0, Qt::AlignTop);

    completenessLabel = new QLabel(q);
    completenessLabel->setObjectName(QStringLiteral("completenessLabel"));
    missingList = new QListWidget(q);
    missingList->setObjectName(QStringLiteral("missingList"));
    missingList->setMaximumHeight(110);
    missingList->setWordWrap(true);
    missingList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    missingList->setToolTip(DocumentEditor::tr("Click an item to go to it"));
    QObject::connect(missingList, &QListWidget::itemActivated, q,
                     [this](QListWidgetItem *item) { jumpTo(item->data(Qt::UserRole).toString()); });
    QObject::connect(missingList, &QListWidget::itemClicked, q,
                     [this](QListWidgetItem *item) { jumpTo(item->data(Qt::UserRole).toString()); });

    form = new QWidget;
    form->setObjectName(QStringLiteral("documentForm"));
    formLayout = new QVBoxLayout(form);
    scroll = new QScrollArea(q);
    scroll->setObjectName(QStringLiteral("documentFormScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(form);

    auto *left = new QWidget(q);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(completenessLabel);
    leftLayout->addWidget(missingList);
    leftLayout->addWidget(scroll, 1);

    preview = new QTextBrowser(q);
    preview->setObjectName(QStringLiteral("documentPreview"));
    preview->setOpenLinks(false);
    previewTimer.setSingleShot(true);
    previewTimer.setInterval(kPreviewDelayMs);
    QObject::connect(&previewTimer, &QTimer::timeout, q, [this] { renderPreview(); });

    auto *splitter = new QSplitter(Qt::Horizontal, q);
    splitter->setObjectName(QStringLiteral("documentSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 440});

    auto *layout = new QVBoxLayout(q);
    layout->addLayout(bar);
    layout->addWidget(message);
    layout->addLayout(bannerRow);
    layout->addWidget(splitter, 1);

    QObject::connect(undo, &QUndoStack::indexChanged, q, [this] { updateChrome(); });
}

void DocumentEditor::Private::clearForm()
{
    clauses.clear();
    fields.clear();
    checks.clear();
    generated.clear();
    boxes.clear();
    sectionBoxes.clear();
    riskTable = nullptr;
    riskDetails = nullptr;
    riskTexts.clear();
    actionTable = nullptr;
    riskMap = nullptr;
    builtFor.clear();
    while (QLayoutItem *child = formLayout->takeAt(0)) {
        delete child->widget();
        delete child;
    }
}

void DocumentEditor::Private::buildForm()
{
    const QString key = documentKindName(tmpl->kind) + QLatin1Char('/') + tmpl->language;
    if (builtFor == key)
        return;
    clearForm();
    builtFor = key;
    int number = 0;
    for (const TemplateSection &section : tmpl->sections) {
        auto *box = new QGroupBox(QStringLiteral("%1. %2").arg(++number).arg(section.title), form);
        box->setObjectName(QStringLiteral("section:") + section.key);
        sectionBoxes.insert(section.key, box);
        auto *layout = new QVBoxLayout(box);
        for (const TemplateItem &item : section.items) {
            QWidget *widget = makeItem(item, box);
            widget->setObjectName(QStringLiteral("item:") + item.key);
            boxes.insert(item.key, widget);
            layout->addWidget(widget);
        }
        formLayout->addWidget(box);
    }
    // A template without a risk map block still shows the map under its register.
    if (riskTable && !riskMap) {
        riskMap = new RiskMapChart(riskTable->parentWidget());
        riskMap->setObjectName(QStringLiteral("riskMapChart"));
        riskTable->parentWidget()->layout()->addWidget(riskMap);
    }
    formLayout->addStretch(1);
}

QWidget *DocumentEditor::Private::makeItem(const TemplateItem &item, QWidget *parent)
{
    switch (item.type) {
    case TemplateItemType::Clause:
        return makeClause(item, parent);
    case TemplateItemType::Field:
        return makeField(item, parent);
    case TemplateItemType::Check: {
        auto *box = new QCheckBox(item.label, parent);
        box->setToolTip(item.text);
        checks.insert(item.key, box);
        QObject::connect(box, &QCheckBox::toggled, q, [this, key = item.key](bool on) {
            if (syncing)
                return;
            edit(key, DocumentEditor::tr("Tick a measure"), false,
                 [&key, on](DocumentContent &c) { c.checks.insert(key, on); });
        });
        return box;
    }
    case TemplateItemType::Generated: {
        auto *widget = new QWidget(parent);
        auto *layout = new QVBoxLayout(widget);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(item.label.toHtmlEscaped()), widget);
        layout->addWidget(label);
        auto *summary = new QLabel(widget);
        summary->setObjectName(QStringLiteral("generated:") + item.key);
        summary->setWordWrap(true);
        summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        summary->setToolTip(DocumentEditor::tr("Generated from the project; not editable. Refresh quotes the "
                               "project as it is now."));
        layout->addWidget(summary);
        auto *note = new QLabel(DocumentEditor::tr("Generated from the project; not editable."),
                                widget);
        note->setEnabled(false);
        QFont small = note->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        note->setFont(small);
        layout->addWidget(note);
        generated.insert(item.key, summary);
        if (item.generator == QLatin1String("risk_map") && !riskMap) {
            riskMap = new RiskMapChart(widget);
            riskMap->setObjectName(QStringLiteral("riskMapChart"));
            layout->addWidget(riskMap);
        }
        return widget;
    }
    case TemplateItemType::RiskRegister:
        return makeRiskRegister(parent);
    case TemplateItemType::ActionPlan:
        return makeActionPlan(parent);
    }
    return new QWidget(parent);
}

QWidget *DocumentEditor::Private::makeClause(const TemplateItem &item, QWidget *parent)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(item.label.toHtmlEscaped()), widget);
    ClauseWidgets w;
    w.edited = new QLabel(DocumentEditor::tr("edited"), widget);
    w.edited->setObjectName(QStringLiteral("edited:") + item.key);
    w.edited->setToolTip(DocumentEditor::tr("This text was rewritten for this release; it no longer follows the "
                            "standard text"));
    QPalette accent = w.edited->palette();
    accent.setColor(QPalette::WindowText, accent.color(QPalette::Highlight));
    w.edited->setPalette(accent);
    w.restore = new QToolButton(widget);
    w.restore->setObjectName(QStringLiteral("restore:") + item.key);
    w.restore->setText(DocumentEditor::tr("Restore standard text"));
    w.restore->setAutoRaise(true);
    head->addWidget(label);
    head->addWidget(w.edited);
    head->addStretch(1);
    head->addWidget(w.restore);
    layout->addLayout(head);
    w.edit = new QPlainTextEdit(widget);
    w.edit->setObjectName(QStringLiteral("clause:") + item.key);
    w.edit->setUndoRedoEnabled(false);
    w.edit->setTabChangesFocus(true);
    setLineBounds(w.edit, 2, 16);
    layout->addWidget(w.edit);
    watchShortcuts(w.edit);
    QPlainTextEdit *box = w.edit;
    QObject::connect(box, &QPlainTextEdit::textChanged, q, [this, box, key = item.key] {
        fitHeight(box);
        if (syncing)
            return;
        const TemplateItem *item = tmpl->item(key);
        if (!item)
            return;
        const QString text = box->toPlainText();
        const QString standard = standardText(*item);
        edit(key, DocumentEditor::tr("Edit %1").arg(item->label), true,
             [&key, &text, &standard](DocumentContent &c) {
                 // Typed back to the standard text: the clause follows the template again.
                 if (text == standard)
                     c.texts.remove(key);
                 else
                     c.texts.insert(key, text);
             });
    });
    QObject::connect(w.restore, &QToolButton::clicked, q, [this, key = item.key] {
        edit(key, DocumentEditor::tr("Restore standard text"), false,
             [&key](DocumentContent &c) { c.texts.remove(key); });
    });
    clauses.insert(item.key, w);
    return widget;
}

QDateEdit *DocumentEditor::Private::dateEdit(QWidget *parent) const
{
    // An unset date is the minimum, shown as a dash: a date edit cannot be empty.
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(DocumentEditor::tr("—"));
    edit->setDate(kNoDate);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    edit->setFocusPolicy(Qt::StrongFocus);
    edit->installEventFilter(q);
    return edit;
}

QWidget *DocumentEditor::Private::makeField(const TemplateItem &item, QWidget *parent)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(item.required ? DocumentEditor::tr("%1 *").arg(item.label) : item.label, widget);
    if (item.required)
        label->setToolTip(DocumentEditor::tr("Required"));
    layout->addWidget(label);
    const QString key = item.key;
    const auto setValue = [this, key](const QString &value) {
        if (syncing)
            return;
        edit(key, DocumentEditor::tr("Fill %1").arg(tmpl->item(key) ? tmpl->item(key)->label : key), true,
             [&key, &value](DocumentContent &c) {
                 if (value.isEmpty())
                     c.texts.remove(key);
                 else
                     c.texts.insert(key, value);
             });
    };
    QWidget *editor = nullptr;
    if (!item.choices.isEmpty()) {
        auto *combo = new QComboBox(widget);
        combo->addItem(DocumentEditor::tr("—"), QString());
        for (const QString &choice : item.choices)
            combo->addItem(tmpl->phrase(QStringLiteral("choice.%1.%2").arg(key, choice)), choice);
        QObject::connect(combo, &QComboBox::currentIndexChanged, q, [this, combo, key](int) {
            if (syncing)
                return;
            const QString value = combo->currentData().toString();
            edit(key, DocumentEditor::tr("Choose %1").arg(tmpl->item(key) ? tmpl->item(key)->label : key), false,
                 [&key, &value](DocumentContent &c) {
                     if (value.isEmpty())
                         c.texts.remove(key);
                     else
                         c.texts.insert(key, value);
                 });
        });
        combo->setFocusPolicy(Qt::StrongFocus);
        combo->installEventFilter(q);
        editor = combo;
    } else if (item.format == QLatin1String("date")) {
        QDateEdit *date = dateEdit(widget);
        QObject::connect(date, &QDateEdit::dateChanged, q, [setValue](QDate value) {
            setValue(value == kNoDate ? QString() : value.toString(Qt::ISODate));
        });
        editor = date;
    } else if (item.multiline && item.format.isEmpty()) {
        auto *text = new QPlainTextEdit(widget);
        text->setUndoRedoEnabled(false);
        text->setTabChangesFocus(true);
        text->setPlaceholderText(item.text);
        setLineBounds(text, 2, 10);
        QObject::connect(text, &QPlainTextEdit::textChanged, q, [text, setValue] {
            fitHeight(text);
            setValue(text->toPlainText());
        });
        watchShortcuts(text);
        editor = text;
    } else {
        auto *line = new QLineEdit(widget);
        line->setPlaceholderText(item.text);
        if (item.format == QLatin1String("integer"))
            line->setValidator(new QIntValidator(0, 1000000, line));
        QObject::connect(line, &QLineEdit::textEdited, q, setValue);
        watchShortcuts(line);
        editor = line;
    }
    editor->setObjectName(QStringLiteral("field:") + key);
    layout->addWidget(editor);
    fields.insert(key, editor);
    return widget;
}

QComboBox *DocumentEditor::Private::ratingCombo(int value, QWidget *parent) const
{
    // Digits keep the register's five columns within the editor's half of the window; the
    // scale's names are in the drop-down's tooltips and in the legend under the table.
    const QString names[] = {DocumentEditor::tr("Negligible"), DocumentEditor::tr("Limited"),
                             DocumentEditor::tr("Significant"), DocumentEditor::tr("Maximum")};
    auto *combo = new QComboBox(parent);
    combo->addItem(DocumentEditor::tr("—"), 0);
    combo->setItemData(0, DocumentEditor::tr("Not rated yet"), Qt::ToolTipRole);
    for (int i = 0; i < 4; ++i) {
        combo->addItem(QStringLiteral("%1").arg(i + 1), i + 1);
        combo->setItemData(i + 1, names[i], Qt::ToolTipRole);
    }
    combo->setCurrentIndex(std::clamp(value, 0, 4));
    combo->setFocusPolicy(Qt::StrongFocus);
    combo->installEventFilter(q);
    return combo;
}

QWidget *DocumentEditor::Private::makeRiskRegister(QWidget *parent)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    riskTable = new QTableWidget(0, 5, widget);
    riskTable->setObjectName(QStringLiteral("riskTable"));
    riskTable->setHorizontalHeaderLabels(
        {DocumentEditor::tr("Risk"), DocumentEditor::tr("Severity\nbefore"),
         DocumentEditor::tr("Likelihood\nbefore"), DocumentEditor::tr("Severity\nafter"),
         DocumentEditor::tr("Likelihood\nafter")});
    riskTable->setWordWrap(true);
    riskTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        riskTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    riskTable->verticalHeader()->hide();
    riskTable->setMinimumHeight(230);
    QObject::connect(riskTable, &QTableWidget::itemChanged, q, [this](QTableWidgetItem *cell) {
        if (syncing || cell->column() != 0 || cell->row() >= content.risks.size())
            return;
        const int row = cell->row();
        const QString text = cell->text();
        const RiskEntry &risk = content.risks.at(row);
        const QString standard = tmpl->phrase(QStringLiteral("risk.%1.title").arg(risk.key));
        edit(QStringLiteral("risk.%1.title").arg(risk.key), DocumentEditor::tr("Rename a risk"), false,
             [row, &text, &standard](DocumentContent &c) {
                 c.risks[row].title = text == standard ? QString() : text;
             });
    });
    layout->addWidget(riskTable);
    auto *legend = new QLabel(
        DocumentEditor::tr("1 negligible · 2 limited · 3 significant · 4 maximum. The likelihood "
                           "of re-identification is derived from the measured risk of the "
                           "released data."),
        widget);
    legend->setWordWrap(true);
    layout->addWidget(legend);

    riskDetails = new QGroupBox(widget);
    riskDetails->setObjectName(QStringLiteral("riskDetails"));
    auto *details = new QFormLayout(riskDetails);
    const std::pair<QString, QString> parts[] = {
        {QStringLiteral("impacts"), DocumentEditor::tr("Impacts on people:")},
        {QStringLiteral("threats"), DocumentEditor::tr("Threats:")},
        {QStringLiteral("sources"), DocumentEditor::tr("Sources:")},
        {QStringLiteral("measures"), DocumentEditor::tr("Measures:")}};
    for (const auto &[part, label] : parts) {
        auto *text = new QPlainTextEdit(riskDetails);
        text->setObjectName(QStringLiteral("risk:") + part);
        text->setUndoRedoEnabled(false);
        text->setTabChangesFocus(true);
        setLineBounds(text, 2, 8);
        watchShortcuts(text);
        details->addRow(label, text);
        riskTexts.insert(part, text);
        QObject::connect(text, &QPlainTextEdit::textChanged, q, [this, text, part] {
            fitHeight(text);
            const int row = selectedRisk();
            if (syncing || row < 0)
                return;
            const QString key = content.risks.at(row).key;
            const QString value = text->toPlainText();
            const QString standard = tmpl->phrase(QStringLiteral("risk.%1.%2").arg(key, part));
            edit(QStringLiteral("risk.%1.%2").arg(key, part), DocumentEditor::tr("Describe a risk"),
                 true, [row, &part, &value, &standard](DocumentContent &c) {
                     RiskEntry &risk = c.risks[row];
                     // The template's wording typed back is no edit: it follows the template.
                     const QString stored = value == standard ? QString() : value;
                     if (part == QLatin1String("impacts"))
                         risk.impacts = stored;
                     else if (part == QLatin1String("threats"))
                         risk.threats = stored;
                     else if (part == QLatin1String("sources"))
                         risk.sources = stored;
                     else
                         risk.measures = stored;
                 });
        });
    }
    layout->addWidget(riskDetails);
    QObject::connect(riskTable, &QTableWidget::currentCellChanged, q,
                     [this] { syncRiskDetails(); });
    return widget;
}

int DocumentEditor::Private::selectedRisk() const
{
    const int row = riskTable ? riskTable->currentRow() : -1;
    return row >= 0 && row < content.risks.size() ? row : -1;
}

void DocumentEditor::Private::syncRiskDetails()
{
    if (!riskDetails)
        return;
    const int row = selectedRisk();
    riskDetails->setEnabled(row >= 0);
    riskDetails->setTitle(row >= 0 ? riskTitle(content.risks.at(row))
                                   : DocumentEditor::tr("Select a risk to describe it"));
    const bool wasSyncing = syncing;
    syncing = true;
    for (auto it = riskTexts.cbegin(); it != riskTexts.cend(); ++it) {
        QString value;
        if (row >= 0) {
            const RiskEntry &risk = content.risks.at(row);
            const QString &part = it.key();
            value = part == QLatin1String("impacts")   ? risk.impacts
                    : part == QLatin1String("threats") ? risk.threats
                    : part == QLatin1String("sources") ? risk.sources
                                                       : risk.measures;
            if (value.isEmpty())
                value = tmpl->phrase(QStringLiteral("risk.%1.%2").arg(risk.key, part));
        }
        if (it.value()->toPlainText() != value)
            it.value()->setPlainText(value);
    }
    syncing = wasSyncing;
}

QWidget *DocumentEditor::Private::makeActionPlan(QWidget *parent)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    actionTable = new QTableWidget(0, 3, widget);
    actionTable->setObjectName(QStringLiteral("actionTable"));
    actionTable->setHorizontalHeaderLabels({DocumentEditor::tr("Action"), DocumentEditor::tr("Owner"), DocumentEditor::tr("Due")});
    actionTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    actionTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    actionTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    actionTable->verticalHeader()->hide();
    actionTable->setMinimumHeight(140);
    QObject::connect(actionTable, &QTableWidget::itemChanged, q, [this](QTableWidgetItem *cell) {
        if (syncing || cell->row() >= content.actions.size() || cell->column() > 1)
            return;
        const int row = cell->row();
        const int column = cell->column();
        const QString text = cell->text();
        edit(QStringLiteral("action.%1").arg(row + 1), DocumentEditor::tr("Edit an action"), false,
             [row, column, &text](DocumentContent &c) {
                 if (column == 0)
                     c.actions[row].action = text;
                 else
                     c.actions[row].owner = text;
             });
    });
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(DocumentEditor::tr("&Add Action"), widget);
    add->setObjectName(QStringLiteral("addActionButton"));
    auto *remove = new QPushButton(DocumentEditor::tr("Remove Action"), widget);
    remove->setObjectName(QStringLiteral("removeActionButton"));
    QObject::connect(add, &QPushButton::clicked, q, [this] {
        edit(QString(), DocumentEditor::tr("Add an action"), false,
             [](DocumentContent &c) { c.actions.append(ActionItem{}); });
        if (actionTable->rowCount() > 0) {
            actionTable->setCurrentCell(actionTable->rowCount() - 1, 0);
            actionTable->editItem(actionTable->item(actionTable->rowCount() - 1, 0));
        }
    });
    QObject::connect(remove, &QPushButton::clicked, q, [this] {
        const int row = actionTable->currentRow();
        if (row < 0 || row >= content.actions.size())
            return;
        edit(QString(), DocumentEditor::tr("Remove an action"), false,
             [row](DocumentContent &c) { c.actions.removeAt(row); });
    });
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addWidget(actionTable);
    layout->addLayout(buttons);
    return widget;
}

void DocumentEditor::Private::watchShortcuts(QWidget *widget)
{
    // Text widgets take Ctrl+Z for their own undo; the document's undo stack owns it here.
    widget->installEventFilter(q);
}

QString DocumentEditor::Private::generatedSummary(const TemplateItem &item) const
{
    const DocumentFacts &f = facts();
    const QLocale locale;
    if (f.isEmpty() && item.generator != QLatin1String("parties")
        && item.generator != QLatin1String("users") && item.generator != QLatin1String("signatures")
        && item.generator != QLatin1String("policy"))
        return measuring ? DocumentEditor::tr("Measuring the release…") : DocumentEditor::tr("Nothing measured yet.");
    const QString &g = item.generator;
    if (g == QLatin1String("parties"))
        return DocumentEditor::tr("%1 provides, %2 receives.")
            .arg(state.release.providerOrganisation.isEmpty() ? DocumentEditor::tr("(provider not set)")
                                                              : state.release.providerOrganisation,
                 state.release.recipientOrganisation.isEmpty()
                     ? DocumentEditor::tr("(recipient not set)")
                     : state.release.recipientOrganisation);
    if (g == QLatin1String("datasets")) {
        QStringList parts;
        for (const FactDataset &dataset : f.datasets)
            parts.append(DocumentEditor::tr("%1 (version %2, %3 records, grade %4)")
                             .arg(dataset.name, locale.toString(dataset.version),
                                  locale.toString(dataset.records), locale.toString(dataset.grade)));
        return parts.join(QStringLiteral("; "));
    }
    if (g == QLatin1String("annex") || g == QLatin1String("inventory")) {
        int released = 0;
        for (const FactField &field : f.fields)
            released += field.released ? 1 : 0;
        return DocumentEditor::tr("%1 fields, %2 released, %3 withheld; release grade %4.")
            .arg(locale.toString(f.fields.size()), locale.toString(released),
                 locale.toString(f.fields.size() - released), locale.toString(f.releaseGrade));
    }
    if (g == QLatin1String("dropped") || g == QLatin1String("minimisation")) {
        QStringList dropped;
        QStringList generalised;
        for (const FactField &field : f.fields) {
            if (!field.released)
                dropped.append(field.field);
            else if (field.generalised)
                generalised.append(field.field);
        }
        if (g == QLatin1String("dropped"))
            return dropped.isEmpty() ? DocumentEditor::tr("Every field is released.")
                                     : DocumentEditor::tr("Withheld: %1").arg(dropped.join(QStringLiteral(", ")));
        return DocumentEditor::tr("Withheld: %1. Generalised: %2.")
            .arg(dropped.isEmpty() ? DocumentEditor::tr("none") : dropped.join(QStringLiteral(", ")),
                 generalised.isEmpty() ? DocumentEditor::tr("none") : generalised.join(QStringLiteral(", ")));
    }
    if (g == QLatin1String("risk_figures")) {
        double before = 0.0;
        double after = 0.0;
        for (const FactDataset &dataset : f.datasets) {
            before = std::max(before, dataset.before.prosecutorMax);
            after = std::max(after, dataset.after.prosecutorMax);
        }
        return DocumentEditor::tr("Highest prosecutor risk: %1 before measures, %2 after.")
            .arg(locale.toString(before, 'g', 3), locale.toString(after, 'g', 3));
    }
    if (g == QLatin1String("policy"))
        return DocumentEditor::tr("Minimum k %1, highest prosecutor risk %2, highest grade left unmasked %3.")
            .arg(locale.toString(state.release.policy.minK),
                 locale.toString(state.release.policy.maxProsecutorRisk, 'g', 3),
                 locale.toString(state.release.policy.maxUnmaskedGrade));
    if (g == QLatin1String("measures_in_place"))
        return DocumentEditor::tr("The project takes %n measure(s).", nullptr, int(f.measures.size()));
    if (g == QLatin1String("risk_map"))
        return DocumentEditor::tr("The risks of the register, before and after measures:");
    if (g == QLatin1String("users"))
        return state.release.users.isEmpty()
                   ? DocumentEditor::tr("No named users yet (set them in the Overview).")
                   : state.release.users.join(QStringLiteral(", "));
    if (g == QLatin1String("signatures"))
        return DocumentEditor::tr("Signature blocks for both parties.");
    return DocumentEditor::tr("Generated from the project.");
}

// ---------------------------------------------------------------------------------------------
// State

void DocumentEditor::Private::load(const Release &release, const DocumentFacts &now, bool keepEdits,
                                   bool replaced)
{
    message->clearMessage();
    Result<DocumentTemplate> loaded = DocumentTemplate::load(q->m_kind, release.language);
    if (!loaded) {
        showError(loaded.error());
        return;
    }
    DocumentService service(*store);
    Result<DocumentState> current = service.state(release, q->m_kind, now);
    if (!current) {
        showError(current.error());
        return;
    }
    const DocumentContent edits = content;
    const bool sameRelease = shown && state.release.id == release.id;
    tmpl = std::move(loaded).value();
    state = std::move(current).value();
    shown = true;
    if (!keepEdits)
        content = state.version.content;
    // The edit history stays while the release does (undo after a save makes the edit unsaved
    // again); another release, or content replaced from elsewhere, starts a new one.
    if (!sameRelease || replaced)
        undo->clear();
    if (!sameRelease)
        exportLanguage->setCurrentIndex(std::max(0, exportLanguage->findData(release.language)));
    buildForm();
    syncWidgets();
    contentChanged();
    renderPreview();
}

void DocumentEditor::Private::edit(const QString &key, const QString &description, bool typing,
                                   const std::function<void(DocumentContent &)> &change)
{
    if (!shown)
        return;
    DocumentContent next = content;
    change(next);
    if (next == content)
        return;
    undo->push(new ContentCommand(description, key, typing, content, next,
                                  [this](const DocumentContent &c, bool sync) { apply(c, sync); }));
}

void DocumentEditor::Private::apply(const DocumentContent &next, bool sync)
{
    content = next;
    if (sync)
        syncWidgets();
    else {
        // The edited widget holds its value; the markers and dependent tables still follow.
        for (auto it = clauses.cbegin(); it != clauses.cend(); ++it) {
            it->edited->setVisible(content.texts.contains(it.key()));
            it->restore->setEnabled(content.texts.contains(it.key()));
        }
        if (riskTable && riskTable->rowCount() != content.risks.size())
            syncRisks();
        if (actionTable && actionTable->rowCount() != content.actions.size())
            syncActions();
        if (riskMap)
            syncRisks();
    }
    contentChanged();
}

void DocumentEditor::Private::syncWidgets()
{
    if (!tmpl)
        return;
    const bool wasSyncing = syncing;
    syncing = true;
    for (const TemplateSection &section : tmpl->sections) {
        for (const TemplateItem &item : section.items) {
            switch (item.type) {
            case TemplateItemType::Clause: {
                const ClauseWidgets w = clauses.value(item.key);
                if (!w.edit)
                    break;
                const QString text = clauseText(item);
                if (w.edit->toPlainText() != text)
                    w.edit->setPlainText(text);
                const bool edited = content.texts.contains(item.key);
                w.edited->setVisible(edited);
                w.restore->setEnabled(edited);
                break;
            }
            case TemplateItemType::Field: {
                QWidget *editor = fields.value(item.key);
                const QString value = content.texts.value(item.key);
                if (auto *combo = qobject_cast<QComboBox *>(editor))
                    combo->setCurrentIndex(std::max(0, combo->findData(value)));
                else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
                    const QDate parsed = QDate::fromString(value, Qt::ISODate);
                    date->setDate(parsed.isValid() ? parsed : kNoDate);
                } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
                    if (text->toPlainText() != value)
                        text->setPlainText(value);
                } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
                    if (line->text() != value)
                        line->setText(value);
                }
                break;
            }
            case TemplateItemType::Check:
                if (QCheckBox *box = checks.value(item.key)) {
                    box->setChecked(checked(item));
                    const bool pre = !item.fact.isEmpty() && facts().measures.contains(item.fact);
                    box->setText(pre ? DocumentEditor::tr("%1 (the project does this)").arg(item.label)
                                     : item.label);
                }
                break;
            case TemplateItemType::Generated:
                if (QLabel *label = generated.value(item.key))
                    label->setText(generatedSummary(item));
                break;
            case TemplateItemType::RiskRegister:
            case TemplateItemType::ActionPlan:
                break;
            }
        }
    }
    syncRisks();
    syncRiskDetails();
    syncActions();
    syncing = wasSyncing;
}

void DocumentEditor::Private::syncRisks()
{
    const DocumentFacts &f = facts();
    if (riskMap) {
        QList<RiskMapPoint> points;
        for (const RiskEntry &risk : std::as_const(content.risks)) {
            RiskMapPoint point;
            point.title = riskTitle(risk);
            point.severityBefore = risk.severityBefore;
            point.severityAfter = risk.severityAfter;
            point.likelihoodBefore = risk.likelihoodDerived ? f.reidentificationBefore
                                                            : risk.likelihoodBefore;
            point.likelihoodAfter = risk.likelihoodDerived ? f.reidentificationAfter
                                                           : risk.likelihoodAfter;
            points.append(point);
        }
        riskMap->setRisks(points);
    }
    if (!riskTable)
        return;
    const bool wasSyncing = syncing;
    syncing = true;
    riskTable->setRowCount(int(content.risks.size()));
    const QString derivedNote = tmpl->phrase(QStringLiteral("risk.derived_note"));
    for (int row = 0; row < content.risks.size(); ++row) {
        const RiskEntry &risk = content.risks.at(row);
        auto *title = riskTable->item(row, 0);
        if (!title) {
            title = new QTableWidgetItem;
            riskTable->setItem(row, 0, title);
        }
        title->setText(riskTitle(risk));
        title->setToolTip(tmpl->phrase(QStringLiteral("risk.%1.impacts").arg(risk.key)));
        const int values[4] = {risk.severityBefore,
                               risk.likelihoodDerived ? f.reidentificationBefore
                                                      : risk.likelihoodBefore,
                               risk.severityAfter,
                               risk.likelihoodDerived ? f.reidentificationAfter
                                                      : risk.likelihoodAfter};
        for (int c = 0; c < 4; ++c) {
            const bool derived = risk.likelihoodDerived && (c == 1 || c == 3);
            auto *combo = qobject_cast<QComboBox *>(riskTable->cellWidget(row, c + 1));
            if (!combo) {
                combo = ratingCombo(values[c], riskTable);
                combo->setObjectName(QStringLiteral("rating:%1:%2").arg(row).arg(c));
                riskTable->setCellWidget(row, c + 1, combo);
                QObject::connect(combo, &QComboBox::currentIndexChanged, q, [this, row, c](int index) {
                    if (syncing || row >= content.risks.size())
                        return;
                    edit(QStringLiteral("risk.%1").arg(content.risks.at(row).key), DocumentEditor::tr("Rate a risk"),
                         false, [row, c, index](DocumentContent &content) {
                             RiskEntry &risk = content.risks[row];
                             int *fields[4] = {&risk.severityBefore, &risk.likelihoodBefore,
                                               &risk.severityAfter, &risk.likelihoodAfter};
                             *fields[c] = index;
                         });
                });
            }
            combo->setCurrentIndex(std::clamp(values[c], 0, 4));
            combo->setEnabled(!derived);
            combo->setToolTip(
                derived ? DocumentEditor::tr("Derived from the measured risk of the released data; not typed.")
                              + QLatin1Char('\n') + derivedNote
                        : QString());
        }
    }
    riskTable->resizeRowsToContents();
    if (riskTable->currentRow() < 0 && !content.risks.isEmpty())
        riskTable->setCurrentCell(0, 0);
    syncing = wasSyncing;
}

void DocumentEditor::Private::syncActions()
{
    if (!actionTable)
        return;
    const bool wasSyncing = syncing;
    syncing = true;
    actionTable->setRowCount(int(content.actions.size()));
    for (int row = 0; row < content.actions.size(); ++row) {
        const ActionItem &action = content.actions.at(row);
        for (int c = 0; c < 2; ++c) {
            auto *cell = actionTable->item(row, c);
            if (!cell) {
                cell = new QTableWidgetItem;
                actionTable->setItem(row, c, cell);
            }
            cell->setText(c == 0 ? action.action : action.owner);
        }
        auto *due = qobject_cast<QDateEdit *>(actionTable->cellWidget(row, 2));
        if (!due) {
            due = dateEdit(actionTable);
            due->setObjectName(QStringLiteral("due:%1").arg(row));
            actionTable->setCellWidget(row, 2, due);
            QObject::connect(due, &QDateEdit::dateChanged, q, [this, row](QDate date) {
                if (syncing || row >= content.actions.size())
                    return;
                edit(QStringLiteral("action.%1").arg(row + 1), DocumentEditor::tr("Set a due date"), false,
                     [row, date](DocumentContent &c) {
                         c.actions[row].due = date == kNoDate ? QDate() : date;
                     });
            });
        }
        due->setDate(action.due.isValid() ? action.due : kNoDate);
    }
    syncing = wasSyncing;
}

void DocumentEditor::Private::contentChanged()
{
    // Clauses that quote a field ({field:KEY}, {breach_hours}) follow it while not rewritten.
    if (tmpl) {
        const bool wasSyncing = syncing;
        syncing = true;
        for (auto it = clauses.cbegin(); it != clauses.cend(); ++it) {
            if (content.texts.contains(it.key()) || it->edit->hasFocus())
                continue;
            if (const TemplateItem *item = tmpl->item(it.key())) {
                const QString text = standardText(*item);
                if (it->edit->toPlainText() != text)
                    it->edit->setPlainText(text);
            }
        }
        syncing = wasSyncing;
    }
    updateCompleteness();
    updateChrome();
    schedulePreview();
}

void DocumentEditor::Private::updateChrome()
{
    const bool unsaved = shown && content != state.version.content;
    const bool exporting = runner->isRunning();
    saveAction->setEnabled(unsaved && !exporting);
    historyButton->setEnabled(shown);
    exportButton->setEnabled(shown && !exporting);
    importButton->setEnabled(shown && !exporting);
    exportLanguage->setEnabled(shown && !exporting);
    if (!shown) {
        titleLabel->clear();
        statusLabel->clear();
    } else {
        titleLabel->setText(DocumentKinds::label(q->m_kind));
        const QLocale locale;
        QString status = state.version.version == 0
                             ? DocumentEditor::tr("not saved yet")
                             : DocumentEditor::tr("version %1, saved by %2 on %3")
                                   .arg(locale.toString(state.version.version),
                                        state.version.savedBy,
                                        locale.toString(state.version.savedAt.toLocalTime(),
                                                        QLocale::ShortFormat));
        if (unsaved)
            status += DocumentEditor::tr(" — unsaved changes");
        statusLabel->setText(status);
        statusLabel->setToolTip(status);
    }
    if (unsaved != lastUnsaved) {
        lastUnsaved = unsaved;
        emit q->unsavedChangesChanged(unsaved);
    }
}

void DocumentEditor::Private::updateBanner()
{
    const bool outOfDate = shown && state.outOfDate;
    if (outOfDate) {
        QString text = DocumentEditor::tr("Out of date: the project changed since this document's facts were "
                          "taken.");
        for (const QString &change : std::as_const(state.changes))
            text += QStringLiteral("\n• ") + change;
        banner->showMessage(InlineMessage::Kind::Notice, text);
    } else if (shown && measuring) {
        banner->showMessage(InlineMessage::Kind::Notice, DocumentEditor::tr("Measuring the release…"));
    } else {
        banner->clearMessage();
    }
    refreshButton->setVisible(outOfDate);
    if (outOfDate != lastOutOfDate) {
        lastOutOfDate = outOfDate;
        emit q->outOfDateChanged(outOfDate);
    }
}

void DocumentEditor::Private::updateCompleteness()
{
    missingList->clear();
    if (!shown) {
        completeness = {};
        completenessLabel->clear();
        missingList->hide();
        return;
    }
    completeness = DocumentCompleteness::check(*tmpl, state.release, content, facts());
    const QLocale locale;
    completenessLabel->setText(
        completeness.complete()
            ? DocumentEditor::tr("Complete: all %1 required items are filled.").arg(locale.toString(completeness.required))
            : DocumentEditor::tr("%1 of %2 required items filled; missing:")
                  .arg(locale.toString(completeness.filled), locale.toString(completeness.required)));
    for (const MissingItem &missing : std::as_const(completeness.missing)) {
        auto *row = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(missing.sectionTitle, missing.label), missingList);
        row->setData(Qt::UserRole, missing.item);
        if (missing.item.startsWith(QLatin1String("release.")))
            row->setToolTip(DocumentEditor::tr("A setting of the release: change it in the Overview tab"));
    }
    missingList->setVisible(!completeness.missing.isEmpty());
    emit q->completenessChanged(completeness);
}

void DocumentEditor::Private::renderPreview()
{
    previewTimer.stop();
    if (!shown) {
        preview->clear();
        return;
    }
    // Keep the reader's place: the preview is recomposed whole on every pause in typing.
    const int position = preview->verticalScrollBar()->value();
    const DocumentState shownNow = shownState();
    DocumentComposer(shownNow, *tmpl).populate(*preview->document(),
                                                DocumentComposer::Target::Preview);
    // The browser's cursor ends where the composer last wrote; left there it would pull the view
    // to the end of the document.
    preview->setTextCursor(QTextCursor(preview->document()));
    preview->verticalScrollBar()->setValue(position);
    QTimer::singleShot(0, preview, [bar = preview->verticalScrollBar(), position] {
        bar->setValue(position);
    });
}

void DocumentEditor::Private::jumpTo(const QString &itemKey)
{
    QWidget *target = boxes.value(itemKey);
    QWidget *focus = nullptr;
    if (itemKey.startsWith(QLatin1String("risk.")) && riskTable) {
        target = riskTable;
        const QString riskKey = itemKey.section(QLatin1Char('.'), 1, -2);
        for (int row = 0; row < content.risks.size(); ++row) {
            if (content.risks.at(row).key == riskKey) {
                riskTable->setCurrentCell(row, 0);
                const QString what = itemKey.section(QLatin1Char('.'), -1);
                const int column = what == QLatin1String("severity_before")     ? 1
                                   : what == QLatin1String("likelihood_before") ? 2
                                   : what == QLatin1String("severity_after")    ? 3
                                   : what == QLatin1String("likelihood_after")  ? 4
                                                                                : 0;
                focus = column > 0 ? riskTable->cellWidget(row, column) : riskTable;
            }
        }
    } else if (itemKey.startsWith(QLatin1String("action.")) && actionTable) {
        target = actionTable;
        focus = actionTable;
    } else if (!target) {
        target = sectionBoxes.value(itemKey.section(QLatin1Char('.'), 0, 0));
    }
    if (!target)
        return;
    scroll->ensureWidgetVisible(target, 20, 40);
    if (!focus) {
        if (ClauseWidgets w = clauses.value(itemKey); w.edit)
            focus = w.edit;
        else if (QWidget *field = fields.value(itemKey))
            focus = field;
        else if (QCheckBox *box = checks.value(itemKey))
            focus = box;
    }
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

void DocumentEditor::Private::showError(const Error &error)
{
    message->showMessage(InlineMessage::Kind::Error, ErrorText::located(error));
}

bool DocumentEditor::Private::confirmDiscard(const QString &question)
{
    if (content == state.version.content)
        return true;
    QMessageBox box(QMessageBox::Question, DocumentKinds::label(q->m_kind), question,
                    QMessageBox::Discard | QMessageBox::Cancel, q);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

void DocumentEditor::Private::exportAs(DocumentFormat format)
{
    if (!shown)
        return;
    if (content != state.version.content) {
        QMessageBox box(QMessageBox::Question, DocumentKinds::label(q->m_kind),
                        DocumentEditor::tr("An export is made of a saved version. Save the edits as a new version "
                           "first?"),
                        QMessageBox::Save | QMessageBox::Cancel, q);
        box.setDefaultButton(QMessageBox::Save);
        if (box.exec() != QMessageBox::Save || !q->save())
            return;
    }
    const QString language = exportLanguage->currentData().toString();
    QString suffix;
    QString filter;
    switch (format) {
    case DocumentFormat::Pdf:
        suffix = QStringLiteral("pdf");
        filter = DocumentEditor::tr("PDF documents (*.pdf)");
        break;
    case DocumentFormat::Html:
        suffix = QStringLiteral("html");
        filter = DocumentEditor::tr("Web pages (*.html)");
        break;
    case DocumentFormat::Json:
        suffix = QStringLiteral("json");
        filter = DocumentEditor::tr("JSON files (*.json)");
        break;
    }
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2-%3.%4")
            .arg(state.release.name, documentKindName(q->m_kind), language, suffix));
    QString path = QFileDialog::getSaveFileName(q, DocumentEditor::tr("Export %1").arg(DocumentKinds::label(q->m_kind)),
                                                suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    q->startExport(format, path, language);
}

void DocumentEditor::Private::importJson()
{
    if (!shown)
        return;
    if (!confirmDiscard(DocumentEditor::tr("Importing replaces the unsaved edits of this document. Discard them?")))
        return;
    const QString path = QFileDialog::getOpenFileName(
        q, DocumentEditor::tr("Import %1").arg(DocumentKinds::label(q->m_kind)), QDir::homePath(),
        DocumentEditor::tr("JSON files (*.json)"));
    if (!path.isEmpty())
        q->importJsonFile(path);
}

void DocumentEditor::Private::refresh()
{
    if (!shown || !store)
        return;
    DocumentService service(*store);
    Result<DocumentVersion> refreshed = service.refresh(state.release, q->m_kind, state.currentFacts);
    if (!refreshed) {
        showError(refreshed.error());
        return;
    }
    const bool unsaved = content != state.version.content;
    load(state.release, state.currentFacts, unsaved);
    message->showMessage(InlineMessage::Kind::Notice,
                         DocumentEditor::tr("Refreshed: version %1 quotes the project as it is now.")
                             .arg(QLocale().toString(refreshed->version)));
    updateBanner();
    emit q->documentSaved();
}

void DocumentEditor::Private::restore(int version)
{
    if (!shown || !store)
        return;
    if (!confirmDiscard(DocumentEditor::tr("Restoring replaces the unsaved edits of this document. Discard them?")))
        return;
    DocumentService service(*store);
    Result<DocumentVersion> restored = service.restore(state.release, q->m_kind, version, state.currentFacts);
    if (!restored) {
        showError(restored.error());
        return;
    }
    load(state.release, state.currentFacts, false, true);
    updateBanner();
    message->showMessage(InlineMessage::Kind::Notice,
                         DocumentEditor::tr("Version %1 restored as version %2.")
                             .arg(QLocale().toString(version),
                                  QLocale().toString(restored->version)));
    if (history)
        history->close();
    emit q->documentSaved();
}

// ---------------------------------------------------------------------------------------------
// DocumentEditor

DocumentEditor::DocumentEditor(DocumentKind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), d(new Private(this))
{
    setObjectName(kind == DocumentKind::Agreement ? QStringLiteral("agreementEditor")
                                                   : QStringLiteral("assessmentEditor"));
    d->buildChrome();
    d->updateChrome();
    d->updateBanner();
    d->updateCompleteness();
}

DocumentEditor::~DocumentEditor()
{
    d->runner->stop();
    delete d;
}

void DocumentEditor::setProject(ProjectStore *store)
{
    if (store == d->store)
        return;
    d->runner->stop();
    clear();
    d->store = store;
}

void DocumentEditor::setRelease(const Release &release, const DocumentFacts &facts)
{
    if (!d->store)
        return;
    // Edits are kept by item key, so they survive a new language or new facts of the same release.
    const bool sameRelease = d->shown && d->state.release.id == release.id;
    const bool keepEdits = sameRelease && hasUnsavedChanges();
    if (facts.isEmpty()) {
        // Measuring: keep the facts shown until the new ones come, and claim nothing about
        // being out of date meanwhile.
        d->measuring = true;
        if (sameRelease && d->state.release.language == release.language) {
            d->state.release = release;
            d->syncWidgets();
            d->contentChanged();
        } else {
            const DocumentFacts shownFacts = sameRelease ? d->state.currentFacts : DocumentFacts();
            d->load(release, shownFacts, keepEdits);
        }
        if (d->shown && d->state.currentFacts.isEmpty()) {
            d->state.currentFacts = d->state.version.facts;
            d->state.outOfDate = false;
            d->state.changes.clear();
        }
        d->updateBanner();
        return;
    }
    d->measuring = false;
    d->load(release, facts, keepEdits);
    d->updateBanner();
}

void DocumentEditor::clear()
{
    d->shown = false;
    d->measuring = false;
    d->state = {};
    d->content = {};
    d->undo->clear();
    d->clearForm();
    d->tmpl.reset();
    d->message->clearMessage();
    d->renderPreview();
    d->updateCompleteness();
    d->updateChrome();
    d->updateBanner();
}

Completeness DocumentEditor::completeness() const
{
    return d->completeness;
}

bool DocumentEditor::isOutOfDate() const
{
    return d->shown && d->state.outOfDate;
}

bool DocumentEditor::hasUnsavedChanges() const
{
    return d->shown && d->content != d->state.version.content;
}

bool DocumentEditor::save()
{
    if (!d->shown || !d->store || !hasUnsavedChanges())
        return d->shown;
    DocumentService service(*d->store);
    Result<DocumentVersion> saved =
        service.save(d->state.release, m_kind, d->content, d->state.currentFacts);
    if (!saved) {
        d->showError(saved.error());
        return false;
    }
    d->undo->setClean();
    d->load(d->state.release, d->state.currentFacts, false);
    d->updateBanner();
    d->message->showMessage(InlineMessage::Kind::Notice,
                            tr("Saved as version %1.").arg(QLocale().toString(saved->version)));
    emit documentSaved();
    return true;
}

void DocumentEditor::discardChanges()
{
    if (!d->shown)
        return;
    d->content = d->state.version.content;
    d->undo->clear();
    d->syncWidgets();
    d->contentChanged();
}

QUndoStack *DocumentEditor::undoStack() const
{
    return d->undo;
}

bool DocumentEditor::startExport(DocumentFormat format, const QString &path, const QString &language)
{
    if (!d->shown || d->runner->isRunning())
        return false;
    Result<DocumentTemplate> tmpl = DocumentTemplate::load(m_kind, language);
    if (!tmpl) {
        d->showError(tmpl.error());
        return false;
    }
    d->message->clearMessage();
    return d->runner->start(d->state, *tmpl, format, path);
}

bool DocumentEditor::importJsonFile(const QString &path)
{
    if (!d->shown || !d->store)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        d->showError(Error::badInput(tr("Cannot read the file: %1").arg(file.errorString()), path));
        return false;
    }
    const QByteArray json = file.readAll();
    DocumentService service(*d->store);
    Result<DocumentVersion> imported =
        service.importJson(d->state.release, m_kind, json, path, d->state.currentFacts);
    if (!imported) {
        d->showError(imported.error());
        return false;
    }
    d->load(d->state.release, d->state.currentFacts, false, true);
    d->updateBanner();
    d->message->showMessage(InlineMessage::Kind::Notice,
                            tr("Imported %1 as version %2.")
                                .arg(QFileInfo(path).fileName(),
                                     QLocale().toString(imported->version)));
    emit documentSaved();
    return true;
}

void DocumentEditor::showHistory()
{
    if (!d->shown || !d->store)
        return;
    DocumentService service(*d->store);
    Result<QList<DocumentVersion>> versions = service.versions(d->state.release, m_kind);
    if (!versions) {
        d->showError(versions.error());
        return;
    }
    if (d->history)
        d->history->close();
    auto *dialog = new DocumentHistoryDialog(d->state, *d->tmpl, *versions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &DocumentHistoryDialog::restoreRequested, this,
            [this](int version) { d->restore(version); });
    d->history = dialog;
    dialog->open();
}

bool DocumentEditor::eventFilter(QObject *watched, QEvent *event)
{
    // A wheel turned over a combo or date box while scrolling the form scrolls the form; it does
    // not change a rating or a date nobody meant to touch.
    if (event->type() == QEvent::Wheel && watched->isWidgetType()
        && !static_cast<QWidget *>(watched)->hasFocus()
        && (qobject_cast<QComboBox *>(watched) || qobject_cast<QDateEdit *>(watched))) {
        QCoreApplication::sendEvent(d->scroll->verticalScrollBar(), event);
        return true;
    }
    if (event->type() == QEvent::Resize) {
        if (auto *text = qobject_cast<QPlainTextEdit *>(watched))
            fitHeight(text);
    }
    // Undo and redo in a text box act on the document (the boxes' own undo is off).
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool isUndo = key->matches(QKeySequence::Undo);
        const bool isRedo = key->matches(QKeySequence::Redo)
                            || key->keyCombination()
                                   == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z);
        const bool isSave = key->matches(QKeySequence::Save);
        if (isUndo || isRedo || isSave) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            if (isUndo)
                d->undo->undo();
            else if (isRedo)
                d->undo->redo();
            else
                save();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace steward::ui
