#include "ui/hierarchy/HierarchyEditorDialog.h"

#include "ui/hierarchy/HierarchyBuilderForm.h"
#include "ui/hierarchy/HierarchyEditCommand.h"
#include "ui/hierarchy/HierarchyLevelsModel.h"
#include "ui/hierarchy/HierarchyValueLoader.h"
#include "ui/hierarchy/SetHierarchyCommand.h"
#include "ui/widgets/ErrorText.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/InlineMessage.h"
#include "core/classify/ClassificationService.h"
#include "core/hierarchy/Generalizer.h"
#include "core/hierarchy/Hierarchy.h"
#include "core/hierarchy/HierarchyBuilder.h"
#include "core/hierarchy/HierarchyService.h"
#include "core/hierarchy/HierarchySuggester.h"
#include "core/store/ProjectStore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace steward::ui {

namespace {

// The rows of a hierarchy read from a file, each value with its label at every level.
std::vector<std::vector<std::string>> rowsOf(const Hierarchy &hierarchy)
{
    std::vector<std::vector<std::string>> rows;
    rows.reserve(hierarchy.size(0));
    for (uint32_t code = 0; code < hierarchy.size(0); ++code) {
        std::vector<std::string> row;
        row.reserve(hierarchy.levelCount());
        uint32_t at = code;
        for (int level = 0; level < hierarchy.levelCount(); ++level) {
            row.emplace_back(hierarchy.label(level, at));
            if (level < hierarchy.height())
                at = hierarchy.parent(level, at);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

HierarchyEditorDialog::HierarchyEditorDialog(ProjectStore &store, const DatasetInfo &dataset,
                                             const QString &field, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_dataset(dataset),
      m_field(field),
      m_undo(new QUndoStack(this)),
      m_loader(new HierarchyValueLoader(this)),
      m_levels(new HierarchyLevelsModel(this))
{
    setObjectName(QStringLiteral("hierarchyEditorDialog"));
    setWindowTitle(tr("Hierarchy of “%1”").arg(field));
    for (const ColumnInfo &column : dataset.columns)
        if (column.name == field)
            m_position = column.position;

    // The suggestion comes from the cached profile when the dataset was profiled; without one,
    // from the field's name and type alone.
    FieldProfile profile;
    profile.name = field;
    if (m_position >= 0)
        profile.type = columnTypeName(dataset.columns.at(m_position).type);
    if (Result<DatasetClassification> c = ClassificationService(store).load(dataset.name)) {
        const int at = c->indexOf(field);
        if (at >= 0 && c->fields.at(at).hasProfile)
            profile = c->fields.at(at).profile;
    }
    m_suggested = HierarchySuggester::suggest(profile);
    const QString reason = HierarchySuggester::reason(profile);

    m_form = new HierarchyBuilderForm(this);
    m_form->setObjectName(QStringLiteral("hierarchyBuilderForm"));
    connect(m_form, &HierarchyBuilderForm::specEdited, this,
            [this](const HierarchySpec &spec, const QString &text) { setSpec(spec, text); });
    connect(m_form, &HierarchyBuilderForm::specInvalid, this, &HierarchyEditorDialog::showError);

    m_origin = new InlineMessage(this);
    m_origin->setObjectName(QStringLiteral("hierarchyOrigin"));
    m_error = new InlineMessage(this);
    m_error->setObjectName(QStringLiteral("hierarchyError"));

    m_summary = new QLabel(tr("Reading the field's values…"), this);
    m_summary->setObjectName(QStringLiteral("hierarchySummary"));
    m_summary->setWordWrap(true);

    m_levelsView = new QTableView(this);
    m_levelsView->setObjectName(QStringLiteral("hierarchyLevelsTable"));
    m_levelsView->setModel(m_levels);
    m_levelsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_levelsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_levelsView->setWordWrap(false);
    m_levelsView->verticalHeader()->setDefaultSectionSize(
        m_levelsView->verticalHeader()->minimumSectionSize());
    m_levelsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_levelsView->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 22);
    m_levelsView->horizontalHeader()->setStretchLastSection(true);

    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("hierarchyUndoAction"));
    m_undoAction->setIcon(icon(IconId::Undo));
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("hierarchyRedoAction"));
    m_redoAction->setIcon(icon(IconId::Redo));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(m_undoAction);
    addAction(m_redoAction);
    auto *undoButton = new QToolButton(this);
    undoButton->setObjectName(QStringLiteral("hierarchyUndoButton"));
    undoButton->setDefaultAction(m_undoAction);
    undoButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    auto *redoButton = new QToolButton(this);
    redoButton->setObjectName(QStringLiteral("hierarchyRedoButton"));
    redoButton->setDefaultAction(m_redoAction);
    redoButton->setToolButtonStyle(Qt::ToolButtonIconOnly);

    m_importButton = new QPushButton(tr("&Import CSV…"), this);
    m_importButton->setObjectName(QStringLiteral("hierarchyImportButton"));
    m_importButton->setToolTip(tr("Read the levels from a file of lines value;level1;…;*"));
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("hierarchyExportButton"));
    m_exportButton->setToolTip(tr("Write the levels shown as a file of lines value;level1;…;*"));
    m_suggestedButton = new QPushButton(tr("Use &Suggested"), this);
    m_suggestedButton->setObjectName(QStringLiteral("hierarchySuggestedButton"));
    m_suggestedButton->setToolTip(reason.isEmpty() ? tr("The hierarchy Steward suggests")
                                                   : reason);
    connect(m_importButton, &QPushButton::clicked, this, &HierarchyEditorDialog::chooseImportFile);
    connect(m_exportButton, &QPushButton::clicked, this, &HierarchyEditorDialog::chooseExportFile);
    connect(m_suggestedButton, &QPushButton::clicked, this,
            [this] { setSpec(m_suggested, tr("Suggested Hierarchy")); });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("hierarchySaveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HierarchyEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HierarchyEditorDialog::reject);

    auto *title = new QLabel(tr("How “%1” of %2 is generalised, level by level: anonymization "
                                "chooses one of these levels for the field.")
                                 .arg(field, dataset.name),
                              this);
    title->setWordWrap(true);

    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_error);
    tableLayout->addWidget(m_summary);
    tableLayout->addWidget(m_levelsView, 1);

    // The parameters take the room they need (a line for most builders, the group lists for
    // groups); the levels get the rest.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("hierarchySplitter"));
    splitter->addWidget(m_form);
    splitter->addWidget(tableBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_splitter = splitter;

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_importButton);
    bottom->addWidget(m_exportButton);
    bottom->addWidget(m_suggestedButton);
    bottom->addWidget(undoButton);
    bottom->addWidget(redoButton);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_origin);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    // Where the dialog starts: the stored hierarchy, else the suggestion.
    Result<std::optional<StoredHierarchy>> stored = HierarchyService(store).load(dataset, field);
    if (!stored) {
        showError(ErrorText::sentence(stored.error()));
    } else if (stored->has_value()) {
        m_stored = (*stored)->spec;
        m_origin->showMessage(
            InlineMessage::Kind::Notice,
            tr("Stored on %1 by %2.")
                .arg(QLocale().toString((*stored)->setAt.toLocalTime(), QLocale::ShortFormat),
                     (*stored)->setBy));
    } else {
        m_origin->showMessage(InlineMessage::Kind::Notice,
                              reason.isEmpty()
                                  ? tr("No hierarchy is stored for this field: this is the "
                                       "suggested one.")
                                  : tr("No hierarchy is stored for this field: this is the "
                                       "suggested one. %1")
                                        .arg(reason));
    }
    m_spec = m_stored.value_or(m_suggested);
    m_saved = m_spec;
    m_form->setSpec(m_spec);
    m_undo->setClean();

    connect(m_undo, &QUndoStack::indexChanged, this, &HierarchyEditorDialog::updateButtons);
    connect(m_loader, &HierarchyValueLoader::loaded, this, &HierarchyEditorDialog::takeValues);
    connect(m_loader, &HierarchyValueLoader::failed, this, [this](const Error &error) {
        m_summary->setText(tr("The field's values could not be read."));
        showError(ErrorText::sentence(error));
    });
    if (m_position >= 0)
        m_loader->start(store, dataset, m_position);
    else
        showError(tr("The dataset has no field “%1”.").arg(field));

    updateButtons();
    // Wide enough for a date's six levels side by side, within the screen.
    QSize size(fontMetrics().averageCharWidth() * 140, fontMetrics().height() * 42);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 9 / 10);
    resize(size);
    // Once laid out: the splitter has no sizes before.
    QTimer::singleShot(0, this, &HierarchyEditorDialog::fitParameters);
}

HierarchyEditorDialog::~HierarchyEditorDialog()
{
    m_loader->stop();
}

std::optional<HierarchySpec> HierarchyEditorDialog::edit(ProjectStore &store,
                                                         const DatasetInfo &dataset,
                                                         const QString &field, QWidget *parent,
                                                         QUndoStack *projectUndoStack)
{
    HierarchyEditorDialog dialog(store, dataset, field, parent);
    dialog.setProjectUndoStack(projectUndoStack);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.spec();
}

bool HierarchyEditorDialog::setSpec(const HierarchySpec &spec, const QString &undoText)
{
    if (spec == m_spec)
        return false;
    m_undo->push(new HierarchyEditCommand(m_spec, spec, undoText,
                                          [this](const HierarchySpec &s) { showSpec(s); }));
    return true;
}

void HierarchyEditorDialog::showSpec(const HierarchySpec &spec)
{
    const bool kindChanged = spec.kind != m_spec.kind;
    m_spec = spec;
    m_form->setSpec(spec);
    if (kindChanged)
        fitParameters();
    rebuild();
    updateButtons();
}

void HierarchyEditorDialog::fitParameters()
{
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.size() != 2)
        return;
    const int total = sizes[0] + sizes[1];
    if (total <= 0)
        return;
    const int wanted = std::min(m_form->sizeHint().height(), total * 2 / 3);
    m_splitter->setSizes({wanted, total - wanted});
}

void HierarchyEditorDialog::takeValues(const HierarchyFieldValues &values)
{
    m_values = values;
    m_valuesLoaded = true;
    m_form->setField(values, m_suggested);
    m_form->setSpec(m_spec);
    rebuild();
    updateButtons();
}

void HierarchyEditorDialog::rebuild()
{
    if (!m_valuesLoaded)
        return;
    m_error->clearMessage();
    HierarchyBuildReport report;
    Result<std::vector<std::vector<std::string>>> rows =
        HierarchyBuilder::rows(m_spec, m_values.views(), &report);
    if (!rows) {
        m_buildOk = false;
        m_levels->clear();
        m_summary->clear();
        showError(ErrorText::located(rows.error()));
        updateButtons();
        return;
    }
    m_buildOk = true;
    const int columns = rows->empty() ? 1 : static_cast<int>(rows->front().size());
    QStringList names;
    Result<Generalizer> generalizer = Generalizer::create(m_spec);
    for (int level = 0; level < columns; ++level) {
        QString name;
        if (level == 0)
            name = tr("value");
        else if (generalizer && level <= generalizer->height())
            name = generalizer->levelName(level);
        if (name.isEmpty())
            name = level == columns - 1 ? QStringLiteral("*") : tr("level %1").arg(level);
        names.append(name);
    }
    m_levels->setLevels(*rows, m_values, names);
    // Widths from the rows fetched so far (one window), never from every value.
    m_levelsView->resizeColumnsToContents();

    const QLocale locale;
    QString text = tr("%1 distinct values in %2 records, %Ln level(s) above the value.", nullptr,
                      columns - 1)
                       .arg(locale.toString(static_cast<qint64>(report.values)),
                            locale.toString(m_values.totalRecords));
    if (report.unreadable > 0)
        text += QLatin1Char(' ')
                + tr("%1 values are not read by this builder: they become * above the value.")
                      .arg(locale.toString(static_cast<qint64>(report.unreadable)));
    if (report.missing > 0)
        text += QLatin1Char(' ') + tr("Missing values stay missing below *.");
    m_summary->setText(text);
}

void HierarchyEditorDialog::showError(const QString &text)
{
    m_error->showMessage(InlineMessage::Kind::Error, text);
}

QString HierarchyEditorDialog::errorText() const
{
    return m_error->text();
}

QString HierarchyEditorDialog::summaryText() const
{
    return m_summary->text();
}

bool HierarchyEditorDialog::importFile(const QString &path)
{
    Result<Hierarchy> hierarchy = Hierarchy::load(path);
    if (!hierarchy) {
        showError(ErrorText::located(hierarchy.error()));
        return false;
    }
    HierarchySpec spec;
    spec.kind = HierarchySpec::Kind::Table;
    spec.rows = rowsOf(*hierarchy);
    if (!setSpec(spec, tr("Import “%1”").arg(QFileInfo(path).fileName()))) {
        m_error->showMessage(InlineMessage::Kind::Notice,
                             tr("The file holds the hierarchy already shown."));
        return false;
    }
    return true;
}

bool HierarchyEditorDialog::exportFile(const QString &path)
{
    if (!m_valuesLoaded) {
        showError(tr("The field's values are still being read."));
        return false;
    }
    Result<std::vector<std::vector<std::string>>> rows =
        HierarchyBuilder::rows(m_spec, m_values.views());
    if (!rows) {
        showError(ErrorText::located(rows.error()));
        return false;
    }
    const Status written = HierarchyBuilder::writeCsv(*rows, path);
    if (!written) {
        showError(ErrorText::sentence(written.error()));
        return false;
    }
    m_error->showMessage(InlineMessage::Kind::Notice,
                         tr("Wrote %1 (%Ln value(s)).", nullptr, static_cast<int>(rows->size()))
                             .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool HierarchyEditorDialog::save()
{
    if (m_valuesLoaded && !m_buildOk) {
        showError(tr("Correct the hierarchy before saving it: %1").arg(m_error->text()));
        return false;
    }
    if (m_stored && *m_stored == m_spec) {
        m_saved = m_spec;
        m_undo->setClean();
        return true;
    }
    Status status;
    if (m_projectUndo) {
        // The command outlives the dialog: it reports its first write (the save) here only.
        auto first = std::make_shared<std::optional<Status>>();
        m_projectUndo->push(new SetHierarchyCommand(&m_store, m_dataset, m_field, m_stored, m_spec,
                                                    [first](const Status &s) {
                                                        if (!first->has_value())
                                                            *first = s;
                                                    }));
        if (first->has_value())
            status = **first;
    } else {
        status = SetHierarchyCommand::write(&m_store, m_dataset, m_field, m_spec);
    }
    if (!status) {
        showError(tr("The hierarchy was not saved: %1").arg(ErrorText::sentence(status.error())));
        return false;
    }
    m_stored = m_spec;
    m_saved = m_spec;
    m_undo->setClean();
    return true;
}

void HierarchyEditorDialog::accept()
{
    if (save())
        QDialog::accept();
}

void HierarchyEditorDialog::reject()
{
    if (!m_undo->isClean()) {
        QMessageBox box(QMessageBox::Question, tr("Discard Changes"),
                        tr("Discard the changes to the hierarchy of “%1”?").arg(m_field),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("hierarchyDiscardBox"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void HierarchyEditorDialog::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Hierarchy"), {}, tr("Hierarchy files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void HierarchyEditorDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Hierarchy"), m_field + QStringLiteral(".csv"),
        tr("Hierarchy files (*.csv)"));
    if (!path.isEmpty())
        exportFile(path);
}

void HierarchyEditorDialog::updateButtons()
{
    m_exportButton->setEnabled(m_valuesLoaded && m_buildOk);
    m_suggestedButton->setEnabled(!(m_spec == m_suggested));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_valuesLoaded || m_buildOk);
}

} // namespace steward::ui
