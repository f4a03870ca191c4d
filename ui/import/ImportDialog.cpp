#include "ui/import/ImportDialog.h"

#include "ui/widgets/ErrorText.h"

#include "ui/datasets/DatasetNameRules.h"
#include "ui/widgets/DisplayNames.h"
#include "ui/import/ImportPreviewModel.h"
#include "ui/widgets/InlineMessage.h"
#include "ui/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace steward::ui {

namespace {

constexpr int kBusyDelayMs = 250;
constexpr int kMaxPreviewColumnWidth = 280;

bool hasSpreadsheetSuffix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("xls");
}

} // namespace

ImportDialog::ImportDialog(const QStringList &existingNames, QWidget *parent)
    : QDialog(parent),
      m_existingNames(existingNames),
      m_pathEdit(new QLineEdit(this)),
      m_browseButton(new QPushButton(this)),
      m_encodingCombo(new QComboBox(this)),
      m_delimiterCombo(new QComboBox(this)),
      m_headerCombo(new QComboBox(this)),
      m_sheetCombo(new QComboBox(this)),
      m_nameEdit(new QLineEdit(this)),
      m_nameProblem(new QLabel(this)),
      m_replaceNote(new QLabel(this)),
      m_detectedLabel(new QLabel(this)),
      m_notice(new InlineMessage(this)),
      m_error(new InlineMessage(this)),
      m_previewTable(new QTableView(this)),
      m_previewModel(new ImportPreviewModel(this)),
      m_footer(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_importButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Data"));
    setSizeGripEnabled(true);

    // File and dataset name.
    m_pathEdit->setObjectName(QStringLiteral("filePathEdit"));
    m_pathEdit->setPlaceholderText(tr("A CSV, TSV or Excel file"));
    m_pathEdit->setClearButtonEnabled(true);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_browseButton->setText(tr("&Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);

    m_nameEdit->setObjectName(QStringLiteral("datasetNameEdit"));
    m_nameEdit->setMaxLength(kMaxDatasetNameLength + 16);
    m_nameProblem->setObjectName(QStringLiteral("nameProblemLabel"));
    m_nameProblem->setWordWrap(true);
    m_nameProblem->setTextFormat(Qt::PlainText);
    m_nameProblem->setForegroundRole(QPalette::PlaceholderText);
    m_nameProblem->hide();
    m_replaceNote->setObjectName(QStringLiteral("replaceNoteLabel"));
    m_replaceNote->setWordWrap(true);
    m_replaceNote->setTextFormat(Qt::PlainText);
    m_replaceNote->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    qobject_cast<QLabel *>(form->labelForField(pathRow))->setBuddy(m_pathEdit);
    form->addRow(tr("Dataset &name:"), m_nameEdit);
    form->addRow(QString(), m_nameProblem);
    form->addRow(QString(), m_replaceNote);

    // How the file is read.
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    m_encodingCombo->addItem(tr("Auto"), int(TextEncoding::Auto));
    m_encodingCombo->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
    m_encodingCombo->addItem(tr("GB18030 / GBK"), int(TextEncoding::Gb18030));
    m_encodingCombo->addItem(QStringLiteral("UTF-16 LE"), int(TextEncoding::Utf16LE));
    m_encodingCombo->addItem(QStringLiteral("UTF-16 BE"), int(TextEncoding::Utf16BE));
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiterCombo->addItem(tr("Auto"), QString());
    m_delimiterCombo->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiterCombo->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiterCombo->addItem(tr("Pipe ( | )"), QStringLiteral("|"));
    m_headerCombo->setObjectName(QStringLiteral("headerCombo"));
    m_headerCombo->addItem(tr("Auto-detect"), int(HeaderMode::Auto));
    m_headerCombo->addItem(tr("First row is header"), int(HeaderMode::Present));
    m_headerCombo->addItem(tr("No header"), int(HeaderMode::Absent));
    m_sheetCombo->setObjectName(QStringLiteral("sheetCombo"));
    m_sheetCombo->setMinimumContentsLength(12);
    m_sheetCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    const auto labelled = [this](const QString &text, QComboBox *combo) {
        auto *box = new QWidget(this);
        auto *label = new QLabel(text, box);
        label->setBuddy(combo);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 16, 0);
        row->addWidget(label);
        row->addWidget(combo);
        return box;
    };
    m_encodingBox = labelled(tr("&Encoding:"), m_encodingCombo);
    m_delimiterBox = labelled(tr("&Delimiter:"), m_delimiterCombo);
    m_sheetBox = labelled(tr("&Sheet:"), m_sheetCombo);
    QWidget *headerBox = labelled(tr("&Header:"), m_headerCombo);

    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_encodingBox);
    optionsRow->addWidget(m_delimiterBox);
    optionsRow->addWidget(m_sheetBox);
    optionsRow->addWidget(headerBox);
    optionsRow->addStretch();

    // What was detected, problems, and the preview.
    m_detectedLabel->setObjectName(QStringLiteral("detectedLabel"));
    m_detectedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setObjectName(QStringLiteral("columnNoticeLabel"));
    m_error->setObjectName(QStringLiteral("previewErrorLabel"));

    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setModel(m_previewModel);
    m_previewTable->setWordWrap(false);
    m_previewTable->setAlternatingRowColors(true);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewTable->setFocusPolicy(Qt::NoFocus);
    m_previewTable->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_previewTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_previewTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_previewTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_previewTable->horizontalHeader()->setHighlightSections(false);
    m_footer->setObjectName(QStringLiteral("previewFooterLabel"));
    m_footer->setWordWrap(true);
    m_footer->setForegroundRole(QPalette::PlaceholderText);

    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setText(tr("&Import"));
    m_importButton->setDefault(true);
    m_importButton->setEnabled(false);
    m_buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(optionsRow);
    layout->addWidget(m_detectedLabel);
    layout->addWidget(m_notice);
    layout->addWidget(m_error);
    layout->addWidget(m_previewTable, 1);
    layout->addWidget(m_footer);
    layout->addWidget(m_buttons);

    // Behaviour.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ImportDialog::startPreview);
    m_busyDelay.setSingleShot(true);
    m_busyDelay.setInterval(kBusyDelayMs);
    connect(&m_busyDelay, &QTimer::timeout, this,
            [this] { m_detectedLabel->setText(tr("Reading the file…")); });
    connect(&m_watcher, &QFutureWatcher<PreviewOutcome>::finished, this,
            &ImportDialog::previewFinished);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_pathEdit, &QLineEdit::textChanged, this, [this] {
        m_sheetCombo->blockSignals(true);
        m_sheetCombo->clear();
        m_sheetCombo->blockSignals(false);
        updateSpreadsheetMode();
        if (!m_nameEdited && !isReplacing())
            m_nameEdit->setText(QFileInfo(filePath()).completeBaseName());
        optionsChanged();
    });
    for (QComboBox *combo : {m_encodingCombo, m_delimiterCombo, m_headerCombo, m_sheetCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::optionsChanged);
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_nameEdit, &QLineEdit::textChanged, this, &ImportDialog::validate);

    const QByteArray geometry = Settings().importDialogGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(980, 640);
    updateSpreadsheetMode();
    optionsChanged();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setFilePath(const QString &path)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
}

QString ImportDialog::filePath() const
{
    const QString text = m_pathEdit->text().trimmed();
    if (text.isEmpty())
        return {};
    return QDir::cleanPath(QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath());
}

void ImportDialog::setReplaceTarget(const DatasetInfo &target)
{
    m_replaceTarget = target;
    setWindowTitle(tr("Replace “%1” with a New Version").arg(target.name));
    m_nameEdit->setText(target.name);
    m_nameEdit->setReadOnly(true);
    const QLocale locale;
    m_replaceNote->setText(
        tr("The file becomes version %1 of “%2” (now %3 rows). The replacement happens in one "
           "step: if the import fails or is cancelled, the current version stays as it is.")
            .arg(locale.toString(target.version + 1), target.name,
                 locale.toString(target.rowCount)));
    m_replaceNote->show();
    m_importButton->setText(tr("&Replace"));
    validate();
}

bool ImportDialog::isSpreadsheet() const
{
    return hasSpreadsheetSuffix(filePath());
}

void ImportDialog::updateSpreadsheetMode()
{
    const bool spreadsheet = isSpreadsheet();
    m_encodingBox->setVisible(!spreadsheet);
    m_delimiterBox->setVisible(!spreadsheet);
    m_sheetBox->setVisible(spreadsheet);
}

ImportOptions ImportDialog::readingOptions() const
{
    ImportOptions options;
    const bool spreadsheet = isSpreadsheet();
    if (!spreadsheet) {
        options.encoding = static_cast<TextEncoding>(m_encodingCombo->currentData().toInt());
        const QString delimiter = m_delimiterCombo->currentData().toString();
        options.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    } else if (m_sheetCombo->currentIndex() >= 0) {
        options.sheet = m_sheetCombo->currentText();
    }
    options.header = static_cast<HeaderMode>(m_headerCombo->currentData().toInt());
    return options;
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options = readingOptions();
    if (m_preview) {
        // What the preview detected is what gets imported.
        if (!isSpreadsheet() && options.encoding == TextEncoding::Auto) {
            TextEncoding detected = TextEncoding::Auto;
            if (textEncodingFromName(m_preview->encoding, &detected))
                options.encoding = detected;
        }
        if (!isSpreadsheet() && options.delimiter.isNull())
            options.delimiter = m_preview->delimiter;
        if (options.header == HeaderMode::Auto)
            options.header = m_preview->hasHeader ? HeaderMode::Present : HeaderMode::Absent;
        if (isSpreadsheet() && options.sheet.isEmpty())
            options.sheet = m_preview->sheet;
    }
    options.datasetName = isReplacing() ? m_replaceTarget->name : m_nameEdit->text().trimmed();
    options.replaceExisting = isReplacing();
    return options;
}

bool ImportDialog::isPreviewPending() const
{
    return m_debounce.isActive() || m_running || m_shown != m_requested;
}

QString ImportDialog::detectedText() const
{
    return m_detectedLabel->text();
}

void ImportDialog::browse()
{
    Settings settings;
    const QString start = filePath().isEmpty() ? settings.lastImportDirectory() : filePath();
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Choose a File to Import"), start,
        tr("Data files (*.csv *.tsv *.txt *.xlsx *.xls);;All files (*)"));
    if (chosen.isEmpty())
        return;
    settings.setLastImportDirectory(QFileInfo(chosen).absolutePath());
    setFilePath(chosen);
}

void ImportDialog::optionsChanged()
{
    ++m_requested;
    m_previewOk = false;
    validate();
    m_debounce.start();
}

void ImportDialog::startPreview()
{
    if (m_running)
        return; // previewFinished() starts the next one
    const QString path = filePath();
    if (path.isEmpty()) {
        m_preview.reset();
        m_previewModel->clear();
        m_error->clearMessage();
        m_notice->clearMessage();
        m_detectedLabel->setText(tr("Choose a file to see how it will be imported."));
        m_footer->clear();
        m_shown = m_requested;
        validate();
        return;
    }
    m_running = true;
    m_busyDelay.start();
    const quint64 generation = m_requested;
    const ImportOptions options = readingOptions();
    m_watcher.setFuture(QtConcurrent::run([path, options, generation] {
        PreviewOutcome outcome;
        outcome.generation = generation;
        Result<ImportPreview> preview = previewImport(path, options, kPreviewRows);
        if (preview)
            outcome.preview = std::move(preview).value();
        else
            outcome.error = preview.error();
        return outcome;
    }));
}

void ImportDialog::previewFinished()
{
    m_running = false;
    m_busyDelay.stop();
    const PreviewOutcome outcome = m_watcher.result();
    if (outcome.generation != m_requested) {
        // The options changed while reading: this result is stale.
        if (!m_debounce.isActive())
            startPreview();
        return;
    }
    m_shown = outcome.generation;
    if (outcome.preview)
        showPreview(*outcome.preview);
    else
        showPreviewError(outcome.error);
}

void ImportDialog::showPreview(const ImportPreview &preview)
{
    m_preview = preview;
    m_previewOk = true;
    m_error->clearMessage();
    m_previewModel->setPreview(preview);

    if (isSpreadsheet() && !preview.sheets.isEmpty()) {
        const QSignalBlocker blocker(m_sheetCombo);
        QStringList current;
        for (int i = 0; i < m_sheetCombo->count(); ++i)
            current << m_sheetCombo->itemText(i);
        if (current != preview.sheets) {
            m_sheetCombo->clear();
            m_sheetCombo->addItems(preview.sheets);
        }
        const int index = preview.sheets.indexOf(preview.sheet);
        m_sheetCombo->setCurrentIndex(std::max<qsizetype>(index, 0));
    }

    const bool spreadsheet = isSpreadsheet();
    QStringList parts;
    parts << DisplayNames::encodingDisplayName(preview.encoding);
    if (spreadsheet) {
        if (!preview.sheet.isEmpty())
            parts << tr("sheet “%1”").arg(preview.sheet);
    } else {
        parts << delimiterText(preview.delimiter);
    }
    parts << (preview.hasHeader ? tr("header row") : tr("no header row"));
    const ImportOptions chosen = readingOptions();
    const bool detected = chosen.header == HeaderMode::Auto
                          || (!spreadsheet && (chosen.encoding == TextEncoding::Auto
                                               || chosen.delimiter.isNull()));
    const QString list = parts.join(tr(", ", "list separator"));
    const QLocale locale;
    QString text = detected ? tr("Detected: %1").arg(list) : tr("Reading as: %1").arg(list);
    if (preview.fileSize > 0)
        text += QStringLiteral("  ·  ") + locale.formattedDataSize(preview.fileSize);
    m_detectedLabel->setText(text);

    const int rows = static_cast<int>(preview.rows.size());
    m_footer->setText(rows < kPreviewRows
                          ? tr("Showing all %Ln row(s) of the file.", nullptr, rows)
                          : tr("Showing the first %Ln row(s). Column types are guessed from these "
                               "rows; the import checks every row.",
                               nullptr, rows));

    m_previewTable->resizeColumnsToContents();
    for (int column = 0; column < m_previewModel->columnCount(); ++column) {
        if (m_previewTable->columnWidth(column) > kMaxPreviewColumnWidth)
            m_previewTable->setColumnWidth(column, kMaxPreviewColumnWidth);
    }
    updateNotices();
    validate();
    emit previewUpdated(true);
}

void ImportDialog::showPreviewError(const Error &error)
{
    m_preview.reset();
    m_previewOk = false;
    m_previewModel->clear();
    m_notice->clearMessage();
    m_error->showMessage(InlineMessage::Kind::Error, ErrorText::located(error));
    m_detectedLabel->setText(tr("The file cannot be read with these options."));
    m_footer->clear();
    validate();
    emit previewUpdated(false);
}

void ImportDialog::updateNotices()
{
    if (!m_preview) {
        m_notice->clearMessage();
        return;
    }
    QStringList lines;
    if (!m_preview->columnNameProblems.isEmpty())
        lines << tr("Some column names were changed: %1")
                     .arg(m_preview->columnNameProblems.join(QStringLiteral("; ")));
    if (m_replaceTarget) {
        QStringList previous;
        for (const ColumnInfo &column : m_replaceTarget->columns)
            previous << column.name;
        QStringList missing, added;
        for (const QString &name : previous) {
            if (!m_preview->columnNames.contains(name))
                missing << name;
        }
        for (const QString &name : m_preview->columnNames) {
            if (!previous.contains(name))
                added << name;
        }
        const QString separator = tr(", ", "list separator");
        if (!missing.isEmpty())
            lines << tr("Columns of the current version missing from this file: %1")
                         .arg(missing.join(separator));
        if (!added.isEmpty())
            lines << tr("Columns new in this file: %1").arg(added.join(separator));
    }
    m_notice->showMessage(InlineMessage::Kind::Notice, lines.join(QLatin1Char('\n')));
}

void ImportDialog::validate()
{
    QString problem;
    if (!isReplacing() && !filePath().isEmpty()) {
        problem = DatasetNameRules::problem(m_nameEdit->text(), m_existingNames);
        if (!problem.isEmpty() && !m_nameEdit->text().trimmed().isEmpty()
            && m_existingNames.contains(m_nameEdit->text().trimmed(), Qt::CaseInsensitive))
            problem += QLatin1Char(' ')
                       + tr("Choose another name, or use Dataset → Replace with New Version to "
                            "import this file as its next version.");
    }
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    m_importButton->setEnabled(!filePath().isEmpty() && m_previewOk && m_shown == m_requested
                               && problem.isEmpty());
}

void ImportDialog::done(int result)
{
    Settings().setImportDialogGeometry(saveGeometry());
    QDialog::done(result);
}

} // namespace steward::ui
