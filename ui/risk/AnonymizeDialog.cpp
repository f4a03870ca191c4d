#include "ui/risk/AnonymizeDialog.h"

#include "ui/risk/AnonymizeRunner.h"
#include "ui/widgets/DisplayNames.h"
#include "ui/widgets/InlineMessage.h"

#include "core/classify/ClassificationService.h"
#include "core/hierarchy/Hierarchy.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/RecordSuppressionStore.h"
#include "core/store/ProjectStore.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace steward::ui {

namespace {

enum FieldColumn { NameColumn, QuasiColumn, FileColumn, WeightColumn, LevelColumn, FieldColumns };

constexpr int kProgressSteps = 1000;
constexpr int kMaxLevelLimit = 99;
constexpr double kMaxWeight = 1000.0;

} // namespace

AnonymizeDialog::AnonymizeDialog(ProjectStore &store, const DatasetInfo &dataset, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_dataset(dataset),
      m_runner(new AnonymizeRunner(this)),
      m_fieldTable(new QTableWidget(this)),
      m_kSpin(new QSpinBox(this)),
      m_limitSpin(new QDoubleSpinBox(this)),
      m_runButton(new QPushButton(tr("Run"), this)),
      m_progress(new QProgressBar(this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)),
      m_message(new InlineMessage(this)),
      m_resultBox(new QGroupBox(tr("Result"), this)),
      m_levelTable(new QTableWidget(m_resultBox)),
      m_summary(new QLabel(m_resultBox)),
      m_suppressionNote(new QLabel(m_resultBox)),
      m_applyButton(nullptr),
      m_closeButton(nullptr)
{
    setObjectName(QStringLiteral("anonymizeDialog"));
    setWindowTitle(tr("Anonymize “%1”").arg(dataset.name));

    auto *intro = new QLabel(
        tr("Finds the generalisation of the quasi-identifiers with the least information loss "
           "that puts every record in a class of at least k records, suppressing the records "
           "of smaller classes within the limit. A field without a hierarchy file stays as it "
           "is."),
        this);
    intro->setWordWrap(true);

    buildFieldTable();

    m_kSpin->setObjectName(QStringLiteral("anonymizeKSpin"));
    m_kSpin->setRange(2, 1000000000);
    m_kSpin->setValue(5);
    m_limitSpin->setObjectName(QStringLiteral("anonymizeLimitSpin"));
    m_limitSpin->setRange(0.0, 100.0);
    m_limitSpin->setDecimals(2);
    m_limitSpin->setSingleStep(0.5);
    m_limitSpin->setSuffix(tr(" %"));
    m_limitSpin->setToolTip(tr("Percent of the records that may be left out of the release"));
    auto *settings = new QFormLayout;
    settings->addRow(tr("Target &k:"), m_kSpin);
    settings->addRow(tr("&Suppression limit:"), m_limitSpin);

    m_runButton->setObjectName(QStringLiteral("anonymizeRunButton"));
    m_progress->setObjectName(QStringLiteral("anonymizeProgress"));
    m_progress->setRange(0, kProgressSteps);
    m_cancelButton->setObjectName(QStringLiteral("anonymizeCancelButton"));
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancelButton);

    m_message->setObjectName(QStringLiteral("anonymizeMessage"));

    m_resultBox->setObjectName(QStringLiteral("anonymizeResultBox"));
    m_levelTable->setObjectName(QStringLiteral("anonymizeLevelTable"));
    m_levelTable->setColumnCount(2);
    m_levelTable->setHorizontalHeaderLabels({tr("Field"), tr("Generalisation")});
    m_levelTable->horizontalHeader()->setStretchLastSection(true);
    m_levelTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_levelTable->setWordWrap(false);
    m_levelTable->verticalHeader()->hide();
    m_levelTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_levelTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary->setObjectName(QStringLiteral("anonymizeSummary"));
    // Short lines, not wrapped: a wrapping label's minimum height is one line, and the layout
    // would squeeze the figures away under the table.
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_suppressionNote->setObjectName(QStringLiteral("anonymizeSuppressionNote"));
    m_suppressionNote->setTextFormat(Qt::PlainText);
    m_suppressionNote->setWordWrap(true);
    m_suppressionNote->setText(tr("Applying also stores the record suppression: the masked data "
                                  "and the risk measurement leave the suppressed records out."));
    m_suppressionNote->hide();
    auto *resultLayout = new QVBoxLayout(m_resultBox);
    resultLayout->addWidget(m_levelTable);
    resultLayout->addWidget(m_summary);
    resultLayout->addWidget(m_suppressionNote);

    auto *buttons = new QDialogButtonBox(this);
    m_applyButton = buttons->addButton(tr("&Apply as Rules"), QDialogButtonBox::ApplyRole);
    m_applyButton->setObjectName(QStringLiteral("anonymizeApplyButton"));
    m_applyButton->setToolTip(tr("Store the generalisation as the fields' rules, with the record "
                                 "suppression when records are suppressed"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("anonymizeCloseButton"));
    // Enter runs the search, and once a result shows, applies it (updateState).
    m_closeButton->setAutoDefault(false);
    m_runButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_fieldTable, 3);
    layout->addLayout(settings);
    layout->addLayout(runRow);
    layout->addWidget(m_message);
    // The result box takes the height its rows need; the field table the rest.
    layout->addWidget(m_resultBox, 0);
    layout->addWidget(buttons);

    connect(m_runButton, &QPushButton::clicked, this, &AnonymizeDialog::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &AnonymizeDialog::cancel);
    connect(m_applyButton, &QPushButton::clicked, this, &AnonymizeDialog::apply);
    connect(m_closeButton, &QPushButton::clicked, this, &AnonymizeDialog::reject);
    connect(m_kSpin, &QSpinBox::valueChanged, this, &AnonymizeDialog::clearResult);
    connect(m_limitSpin, &QDoubleSpinBox::valueChanged, this, &AnonymizeDialog::clearResult);
    connect(m_fieldTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != QuasiColumn)
            return;
        clearResult();
        updateState();
    });

    connect(m_runner, &AnonymizeRunner::progressChanged, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(std::min(done, total) * kProgressSteps / total) : 0);
    });
    connect(m_runner, &AnonymizeRunner::succeeded, this,
            [this](const AnonymizationOutcome &outcome) {
                m_outcome = outcome;
                showOutcome(outcome);
                updateState();
                m_applyButton->setFocus();
                emit resultReady();
            });
    connect(m_runner, &AnonymizeRunner::failed, this, [this](const Error &error) {
        showError(error);
        updateState();
        emit runEnded();
    });
    connect(m_runner, &AnonymizeRunner::cancelled, this, [this] {
        m_noQuasiNotice = false;
        m_message->showMessage(InlineMessage::Kind::Notice, tr("The search was cancelled."));
        updateState();
        emit runEnded();
    });
    connect(m_runner, &AnonymizeRunner::finished, this, &AnonymizeDialog::updateState);

    preselect();
    clearResult();
    updateState();
    resize(sizeHint().expandedTo(QSize(820, 760)));
}

AnonymizeDialog::~AnonymizeDialog()
{
    // The runner (a child) waits for its worker when destroyed; nothing must reach this
    // half-destroyed dialog meanwhile.
    disconnect(m_runner, nullptr, this, nullptr);
}

void AnonymizeDialog::buildFieldTable()
{
    m_fieldTable->setObjectName(QStringLiteral("anonymizeFieldTable"));
    m_fieldTable->setColumnCount(FieldColumns);
    m_fieldTable->setHorizontalHeaderLabels({tr("Field"), tr("Quasi-identifier"),
                                             tr("Hierarchy file"), tr("Weight"),
                                             tr("Highest level")});
    m_fieldTable->verticalHeader()->hide();
    m_fieldTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_fieldTable->setRowCount(int(m_dataset.columns.size()));
    for (int row = 0; row < m_dataset.columns.size(); ++row) {
        FieldRow r;
        r.name = m_dataset.columns.at(row).name;

        auto *name = new QTableWidgetItem(r.name);
        name->setFlags(Qt::ItemIsEnabled);
        m_fieldTable->setItem(row, NameColumn, name);
        auto *quasi = new QTableWidgetItem;
        quasi->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        quasi->setCheckState(Qt::Unchecked);
        quasi->setToolTip(tr("Generalise this field to reach k"));
        m_fieldTable->setItem(row, QuasiColumn, quasi);

        auto *fileCell = new QWidget(m_fieldTable);
        auto *fileLayout = new QHBoxLayout(fileCell);
        fileLayout->setContentsMargins(2, 0, 2, 0);
        r.file = new QLineEdit(fileCell);
        r.file->setObjectName(QStringLiteral("anonymizeHierarchyEdit_%1").arg(row));
        r.file->setPlaceholderText(tr("None: the field stays as it is"));
        r.file->setClearButtonEnabled(true);
        r.browse = new QPushButton(tr("Browse…"), fileCell);
        r.browse->setObjectName(QStringLiteral("anonymizeBrowseButton_%1").arg(row));
        fileLayout->addWidget(r.file, 1);
        fileLayout->addWidget(r.browse);
        m_fieldTable->setCellWidget(row, FileColumn, fileCell);

        r.weight = new QDoubleSpinBox(m_fieldTable);
        r.weight->setObjectName(QStringLiteral("anonymizeWeightSpin_%1").arg(row));
        r.weight->setRange(0.0, kMaxWeight);
        r.weight->setDecimals(2);
        r.weight->setSingleStep(0.5);
        r.weight->setValue(1.0);
        r.weight->setToolTip(tr("How much this field's information loss counts"));
        m_fieldTable->setCellWidget(row, WeightColumn, r.weight);

        r.maxLevel = new QSpinBox(m_fieldTable);
        r.maxLevel->setObjectName(QStringLiteral("anonymizeMaxLevelSpin_%1").arg(row));
        r.maxLevel->setRange(-1, kMaxLevelLimit);
        r.maxLevel->setSpecialValueText(tr("No limit"));
        r.maxLevel->setValue(-1);
        m_fieldTable->setCellWidget(row, LevelColumn, r.maxLevel);

        connect(r.file, &QLineEdit::textChanged, this, &AnonymizeDialog::clearResult);
        // The cell shows the end of a long path; the tooltip all of it.
        connect(r.file, &QLineEdit::textChanged, r.file, &QLineEdit::setToolTip);
        connect(r.browse, &QPushButton::clicked, this, [this, row] { browseHierarchy(row); });
        connect(r.weight, &QDoubleSpinBox::valueChanged, this, &AnonymizeDialog::clearResult);
        connect(r.maxLevel, &QSpinBox::valueChanged, this, &AnonymizeDialog::clearResult);
        m_rows.append(r);
    }
    QHeaderView *header = m_fieldTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
}

// Starts from what the project already says: the classification's quasi-identifiers, the
// hierarchy files of stored hierarchy rules, and a stored record suppression's k and limit.
void AnonymizeDialog::preselect()
{
    const QSignalBlocker blocker(m_fieldTable);
    ClassificationService classification(m_store);
    int checked = 0;
    if (auto cls = classification.load(m_dataset.name)) {
        for (const FieldClassification &f : std::as_const(cls->fields)) {
            const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                         [&f](const FieldRow &r) { return r.name == f.name; });
            if (it != m_rows.cend() && f.effectiveRole() == FieldRole::Quasi) {
                m_fieldTable->item(int(it - m_rows.cbegin()), QuasiColumn)->setCheckState(Qt::Checked);
                ++checked;
            }
        }
    }
    if (checked == 0) {
        m_message->showMessage(InlineMessage::Kind::Notice,
                               tr("No field is classified as a quasi-identifier: check the fields "
                                  "to generalise."));
        m_noQuasiNotice = true;
    }
    if (auto rules = MaskRuleStore(m_store).load(m_dataset)) {
        for (const StoredMaskRule &rule : std::as_const(*rules)) {
            if (rule.rule.op() != MaskOperator::Hierarchy)
                continue;
            for (FieldRow &r : m_rows) {
                if (r.name == rule.field)
                    r.file->setText(rule.rule.param(u"file"));
            }
        }
    }
    if (auto stored = RecordSuppressionStore(m_store).load(m_dataset); stored && *stored) {
        m_kSpin->setValue((*stored)->k);
        if ((*stored)->maxFraction)
            m_limitSpin->setValue(*(*stored)->maxFraction * 100.0);
    }
}

bool AnonymizeDialog::isQuasi(int row) const
{
    return m_fieldTable->item(row, QuasiColumn)->checkState() == Qt::Checked;
}

AnonymizationRequest AnonymizeDialog::request() const
{
    AnonymizationRequest request;
    request.k = m_kSpin->value();
    request.suppressionLimit = m_limitSpin->value() / 100.0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!isQuasi(row))
            continue;
        const FieldRow &r = m_rows.at(row);
        request.quasi.append({r.name, r.file->text().trimmed(), r.weight->value(), r.maxLevel->value()});
    }
    return request;
}

bool AnonymizeDialog::isRunning() const
{
    return m_runner->isRunning();
}

void AnonymizeDialog::run()
{
    if (isRunning())
        return;
    const AnonymizationRequest req = request();
    m_noQuasiNotice = false;
    if (req.quasi.isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Error,
                               tr("Check at least one field as a quasi-identifier."));
        return;
    }
    m_message->clearMessage();
    clearResult();
    m_progress->setValue(0);
    m_runner->start(m_store, m_dataset, req);
    updateState();
}

void AnonymizeDialog::cancel()
{
    m_runner->cancel();
    updateState();
}

void AnonymizeDialog::apply()
{
    if (!m_outcome || isRunning())
        return;
    const Status s = m_applyHandler ? m_applyHandler(*m_outcome)
                                    : AnonymizationService::apply(m_store, m_dataset, *m_outcome);
    if (!s) {
        showError(s.error());
        return;
    }
    emit applied();
    accept();
}

void AnonymizeDialog::reject()
{
    if (isRunning())
        m_runner->stop();
    QDialog::reject();
}

void AnonymizeDialog::browseHierarchy(int row)
{
    FieldRow &r = m_rows[row];
    const QString current = r.file->text().trimmed();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Hierarchy of “%1”").arg(r.name),
        current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
        tr("Hierarchies (*.csv *.txt);;All files (*)"));
    if (!file.isEmpty())
        r.file->setText(file);
}

void AnonymizeDialog::clearResult()
{
    m_outcome.reset();
    m_levelTable->setRowCount(0);
    fitLevelTable();
    m_summary->setText(tr("Run the search to see the generalisation it finds."));
    m_suppressionNote->hide();
    updateState();
}

void AnonymizeDialog::showOutcome(const AnonymizationOutcome &outcome)
{
    const QLocale locale;
    const AnonymizationResult &r = outcome.result;
    m_levelTable->setRowCount(int(outcome.quasi.size()));
    const AnonymizationRequest req = request();
    for (int i = 0; i < outcome.quasi.size(); ++i) {
        const QString field = outcome.quasi.at(i);
        const int level = r.levels[size_t(i)];
        QString file;
        for (const AnonymizationField &f : req.quasi) {
            if (f.name == field)
                file = f.hierarchyFile;
        }
        QString text = level == 0 ? tr("Level 0 (kept as it is)")
                                  : tr("Level %1").arg(locale.toString(level));
        const QString example = level == 0 ? QString() : exampleOf(field, file, level);
        if (!example.isEmpty())
            text = tr("%1, e.g. %2").arg(text, example);
        m_levelTable->setItem(i, 0, new QTableWidgetItem(field));
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(text);
        m_levelTable->setItem(i, 1, item);
    }
    m_levelTable->resizeColumnToContents(0);
    fitLevelTable();
    const double suppressedPercent =
        r.records > 0 ? 100.0 * double(r.suppressedRecords) / double(r.records) : 0.0;
    QStringList lines;
    // The mean of the per-field losses, as the risk panel reports it after Apply; the weighted
    // figure the search minimised only when the weights make it differ.
    double mean = 0.0;
    for (double f : r.fieldLoss)
        mean += f;
    mean = r.fieldLoss.empty() ? 0.0 : mean / double(r.fieldLoss.size());
    QString lossLine = tr("Information loss: %1 % (mean over the quasi-identifiers)")
                           .arg(locale.toString(100.0 * mean, 'f', 2));
    if (std::abs(mean - r.loss) > 5e-5)
        lossLine = tr("Information loss: %1 % (mean over the quasi-identifiers; %2 % weighted)")
                       .arg(locale.toString(100.0 * mean, 'f', 2),
                            locale.toString(100.0 * r.loss, 'f', 2));
    lines << tr("Smallest class: %Ln record(s)", nullptr, int(r.minClass))
          << tr("Suppressed records: %1 (%2 %)")
                 .arg(locale.toString(qint64(r.suppressedRecords)),
                      locale.toString(suppressedPercent, 'f', 2))
          << lossLine;
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_suppressionNote->setVisible(outcome.suppression.has_value());
}

QString AnonymizeDialog::exampleOf(const QString &field, const QString &hierarchyFile, int level)
{
    if (hierarchyFile.isEmpty())
        return {};
    // The search has just read the same file: it is there and small enough to read again.
    const auto hierarchy = Hierarchy::load(hierarchyFile);
    if (!hierarchy || level > hierarchy->height() || hierarchy->size(0) == 0)
        return {};
    // A value from the middle of the file (its first rows are often edge cases), not empty.
    const uint32_t n = hierarchy->size(0);
    for (uint32_t i = 0; i < n; ++i) {
        uint32_t code = (n / 2 + i) % n;
        const std::string_view value = hierarchy->label(0, code);
        if (value.empty())
            continue;
        for (int l = 0; l < level; ++l)
            code = hierarchy->parent(l, code);
        const std::string_view label = hierarchy->label(level, code);
        return tr("%1 %2 → %3")
            .arg(field, QString::fromUtf8(value.data(), qsizetype(value.size())),
                 QString::fromUtf8(label.data(), qsizetype(label.size())));
    }
    return {};
}

void AnonymizeDialog::fitLevelTable()
{
    // Every row of the result visible (up to a screenful), no empty space above or below it.
    const int rows = std::max(1, std::min(m_levelTable->rowCount(), 12));
    const int rowHeight = m_levelTable->verticalHeader()->defaultSectionSize();
    m_levelTable->setFixedHeight(m_levelTable->horizontalHeader()->sizeHint().height()
                                 + rows * rowHeight + 2 * m_levelTable->frameWidth());
}

void AnonymizeDialog::showError(const Error &error)
{
    QString text = errorSentence(error.message);
    if (!error.file.isEmpty()) {
        const QString where = error.line > 0
                                  ? tr("%1, line %2").arg(QFileInfo(error.file).fileName(),
                                                          QLocale().toString(error.line))
                                  : QFileInfo(error.file).fileName();
        text = tr("%1: %2").arg(where, text);
    }
    m_noQuasiNotice = false;
    m_message->showMessage(InlineMessage::Kind::Error, text);
}

void AnonymizeDialog::updateState()
{
    const bool running = isRunning();
    bool anyQuasi = false;
    for (int row = 0; row < m_rows.size(); ++row) {
        const bool quasi = isQuasi(row);
        anyQuasi = anyQuasi || quasi;
        const FieldRow &r = m_rows.at(row);
        for (QWidget *w : {static_cast<QWidget *>(r.file), static_cast<QWidget *>(r.browse),
                           static_cast<QWidget *>(r.weight), static_cast<QWidget *>(r.maxLevel)})
            w->setEnabled(quasi && !running);
    }
    m_fieldTable->setEnabled(!running);
    m_kSpin->setEnabled(!running);
    m_limitSpin->setEnabled(!running);
    m_runButton->setEnabled(!running && anyQuasi);
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running && !m_runner->isCancelling());
    m_resultBox->setEnabled(m_outcome.has_value());
    m_applyButton->setEnabled(m_outcome.has_value() && !running);
    // Enter does the next step: run, then apply what the run found.
    const bool canApply = m_outcome.has_value() && !running;
    m_runButton->setDefault(!canApply);
    m_applyButton->setDefault(canApply);
    if (anyQuasi && m_noQuasiNotice) {
        m_message->clearMessage();
        m_noQuasiNotice = false;
    }
}

} // namespace steward::ui
