#include "ui/risk/AnonymizeDialog.h"

#include "ui/risk/AnonymizeResultView.h"
#include "ui/risk/AnonymizeRunner.h"
#include "ui/risk/HierarchyText.h"
#include "ui/risk/PrivacyModelPanel.h"
#include "ui/risk/QuasiFieldTable.h"
#include "ui/widgets/DisplayNames.h"
#include "ui/widgets/InlineMessage.h"

#include "ui/hierarchy/HierarchyEditorDialog.h"

#include "core/classify/ClassificationService.h"
#include "core/hierarchy/Generalizer.h"
#include "core/hierarchy/Hierarchy.h"
#include "core/hierarchy/HierarchyService.h"
#include "core/hierarchy/HierarchySuggester.h"
#include "core/mask/MaskRuleStore.h"
#include "core/mask/RecordSuppressionStore.h"
#include "core/store/ProjectStore.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace steward::ui {

namespace {

constexpr int kProgressSteps = 1000;
constexpr int kExampleValues = 8;

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

AnonymizeDialog::AnonymizeDialog(ProjectStore &store, const DatasetInfo &dataset, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_dataset(dataset),
      m_runner(new AnonymizeRunner(this)),
      m_tabs(new QTabWidget(this)),
      m_fieldTable(new QuasiFieldTable(this)),
      m_models(new PrivacyModelPanel(this)),
      m_resultView(new AnonymizeResultView(this)),
      m_kSpin(new QSpinBox(this)),
      m_limitSpin(new QDoubleSpinBox(this)),
      m_runButton(new QPushButton(tr("Run"), this)),
      m_progress(new QProgressBar(this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this)),
      m_message(new InlineMessage(this)),
      m_applyButton(nullptr),
      m_closeButton(nullptr)
{
    setObjectName(QStringLiteral("anonymizeDialog"));
    setWindowTitle(tr("Anonymize “%1”").arg(dataset.name));

    auto *intro = new QLabel(
        tr("Finds the generalisation of the quasi-identifiers with the least information loss "
           "that puts every record in a class of at least k records and meets the privacy "
           "models, suppressing the records of failing classes within the limit. No field is "
           "generalised less than its stored rule."),
        this);
    intro->setWordWrap(true);

    QStringList fields;
    for (const ColumnInfo &c : std::as_const(m_dataset.columns))
        fields.append(c.name);
    m_fieldTable->setFields(fields);

    m_tabs->setObjectName(QStringLiteral("anonymizeTabs"));
    m_tabs->addTab(m_fieldTable, tr("&Quasi-identifiers"));
    m_tabs->addTab(m_models, tr("&Privacy models"));
    m_tabs->addTab(m_resultView, tr("Res&ult"));

    m_kSpin->setObjectName(QStringLiteral("anonymizeKSpin"));
    m_kSpin->setRange(2, 1000000000);
    m_kSpin->setValue(5);
    m_kSpin->setToolTip(tr("Every record kept shares its quasi-identifiers with at least k − 1 "
                           "others"));
    m_limitSpin->setObjectName(QStringLiteral("anonymizeLimitSpin"));
    m_limitSpin->setRange(0.0, 100.0);
    m_limitSpin->setDecimals(2);
    m_limitSpin->setSingleStep(0.5);
    m_limitSpin->setSuffix(tr(" %"));
    m_limitSpin->setToolTip(tr("Percent of the records that may be left out of the release"));
    auto *kLabel = new QLabel(tr("Target &k:"), this);
    kLabel->setBuddy(m_kSpin);
    auto *limitLabel = new QLabel(tr("&Suppression limit:"), this);
    limitLabel->setBuddy(m_limitSpin);

    m_runButton->setObjectName(QStringLiteral("anonymizeRunButton"));
    m_progress->setObjectName(QStringLiteral("anonymizeProgress"));
    m_progress->setRange(0, kProgressSteps);
    m_cancelButton->setObjectName(QStringLiteral("anonymizeCancelButton"));
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(kLabel);
    runRow->addWidget(m_kSpin);
    runRow->addSpacing(16);
    runRow->addWidget(limitLabel);
    runRow->addWidget(m_limitSpin);
    runRow->addSpacing(16);
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancelButton);
    runRow->addStretch(0);

    m_message->setObjectName(QStringLiteral("anonymizeMessage"));

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
    // The tabs take all the height: the result has its own tab, so nothing is reserved for it
    // before a run.
    layout->addWidget(m_tabs, 1);
    layout->addLayout(runRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_runButton, &QPushButton::clicked, this, &AnonymizeDialog::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &AnonymizeDialog::cancel);
    connect(m_applyButton, &QPushButton::clicked, this, &AnonymizeDialog::apply);
    connect(m_closeButton, &QPushButton::clicked, this, &AnonymizeDialog::reject);
    connect(m_kSpin, &QSpinBox::valueChanged, this, &AnonymizeDialog::inputChanged);
    connect(m_limitSpin, &QDoubleSpinBox::valueChanged, this, &AnonymizeDialog::inputChanged);
    connect(m_fieldTable, &QuasiFieldTable::inputChanged, this, &AnonymizeDialog::inputChanged);
    connect(m_models, &PrivacyModelPanel::inputChanged, this, &AnonymizeDialog::inputChanged);
    connect(m_fieldTable, &QuasiFieldTable::editHierarchyRequested, this,
            [this](int row) { editHierarchy(m_fieldTable->fieldName(row)); });

    connect(m_runner, &AnonymizeRunner::progressChanged, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(std::min(done, total) * kProgressSteps / total) : 0);
    });
    connect(m_runner, &AnonymizeRunner::succeeded, this,
            [this](const AnonymizationOutcome &outcome) {
                m_outcome = outcome;
                // The Result tab enabled first: its charts take their colours from the palette
                // they are built with.
                updateState();
                showOutcome(outcome);
                m_tabs->setCurrentIndex(ResultTab);
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
        m_problemShown = false;
        m_message->showMessage(InlineMessage::Kind::Notice, tr("The search was cancelled."));
        updateState();
        emit runEnded();
    });
    connect(m_runner, &AnonymizeRunner::finished, this, &AnonymizeDialog::updateState);

    preselect();
    clearResult();
    inputChanged();
    // Wide enough for the hierarchies' levels, within the screen.
    QSize size = sizeHint().expandedTo(QSize(1180, 760));
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.94);
    resize(size);
}

AnonymizeDialog::~AnonymizeDialog()
{
    // The runner (a child) waits for its worker when destroyed; nothing must reach this
    // half-destroyed dialog meanwhile.
    disconnect(m_runner, nullptr, this, nullptr);
}

// Starts from what the project already says: the classification's quasi-identifiers and
// sensitive attributes (confirmed, else suggested), stored hierarchies, the hierarchies and
// floors of stored rules, and a stored record suppression's k and limit.
void AnonymizeDialog::preselect()
{
    const QSignalBlocker blocker(m_fieldTable);
    QStringList sensitive;
    QHash<QString, qint64> distinct;
    int checked = 0;
    if (auto cls = ClassificationService(m_store).load(m_dataset.name)) {
        for (const FieldClassification &f : std::as_const(cls->fields)) {
            const int row = m_fieldTable->fieldRow(f.name);
            if (row < 0)
                continue;
            if (f.effectiveRole() == FieldRole::Quasi) {
                m_fieldTable->setQuasi(row, true);
                ++checked;
            } else if (f.effectiveRole() == FieldRole::Sensitive) {
                sensitive.append(f.name);
            }
            if (!f.hasProfile)
                continue;
            distinct.insert(f.name, f.profile.distinct);
            m_suggested.insert(f.name, {HierarchySuggester::suggest(f.profile),
                                        HierarchySuggester::reason(f.profile)});
            QStringList values;
            for (const ValueCount &v : f.profile.topValues) {
                if (values.size() < kExampleValues && !v.value.isEmpty())
                    values.append(v.value);
            }
            m_values.insert(f.name, values);
        }
    }
    if (checked == 0) {
        m_message->showMessage(InlineMessage::Kind::Notice,
                               tr("No field is classified as a quasi-identifier: check the fields "
                                  "to generalise."));
        m_noQuasiNotice = true;
    }

    QList<PrivacyModelPanel::Candidate> candidates;
    for (const ColumnInfo &c : std::as_const(m_dataset.columns))
        candidates.append({c.name, c.type == ColumnType::Integer || c.type == ColumnType::Decimal,
                           distinct.value(c.name, -1)});
    m_models->setCandidates(candidates, sensitive);

    QHash<QString, HierarchySpec> stored;
    if (auto all = HierarchyService(m_store).loadAll(m_dataset)) {
        for (const StoredHierarchy &h : std::as_const(*all))
            stored.insert(h.field, h.spec);
    }
    if (auto rules = MaskRuleStore(m_store).load(m_dataset)) {
        for (const StoredMaskRule &rule : std::as_const(*rules)) {
            const int row = m_fieldTable->fieldRow(rule.field);
            if (row < 0)
                continue;
            const auto storedSpec = stored.contains(rule.field)
                                        ? std::optional<HierarchySpec>(stored.value(rule.field))
                                        : std::nullopt;
            m_fieldTable->setFloor(row, HierarchyText::floorOf(rule.rule, storedSpec));
            if (rule.rule.op() != MaskOperator::Hierarchy)
                continue;
            m_fieldTable->setFile(row, rule.rule.param(u"file"));
            if (const QString builder = rule.rule.param(u"builder"); !builder.isEmpty()) {
                if (auto spec = HierarchySpec::parse(builder))
                    m_ruleBuilders.insert(rule.field, *spec);
            }
        }
    }
    for (int row = 0; row < m_dataset.columns.size(); ++row) {
        const QString field = m_fieldTable->fieldName(row);
        if (stored.contains(field))
            m_fieldTable->setHierarchy(row, stored.value(field), QuasiFieldTable::Source::Stored);
        else
            loadHierarchy(row);
    }

    if (auto suppression = RecordSuppressionStore(m_store).load(m_dataset);
        suppression && *suppression) {
        m_kSpin->setValue((*suppression)->k);
        if ((*suppression)->maxFraction)
            m_limitSpin->setValue(*(*suppression)->maxFraction * 100.0);
    }
}

void AnonymizeDialog::loadHierarchy(int row)
{
    const QString field = m_fieldTable->fieldName(row);
    if (const auto it = m_ruleBuilders.constFind(field); it != m_ruleBuilders.cend())
        m_fieldTable->setHierarchy(row, *it, QuasiFieldTable::Source::Rule);
    else if (const auto s = m_suggested.constFind(field); s != m_suggested.cend())
        m_fieldTable->setHierarchy(row, s->first, QuasiFieldTable::Source::Suggested, s->second);
    else
        m_fieldTable->setHierarchy(row, std::nullopt, QuasiFieldTable::Source::Unknown);
}

AnonymizationRequest AnonymizeDialog::request() const
{
    AnonymizationRequest request;
    request.k = m_kSpin->value();
    request.suppressionLimit = m_limitSpin->value() / 100.0;
    request.quasi = m_fieldTable->requestFields();
    m_models->applyTo(request);
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
    if (const QString problem = m_models->problem(m_fieldTable->quasiFields()); !problem.isEmpty()) {
        m_problemShown = true;
        m_message->showMessage(InlineMessage::Kind::Error, problem);
        return;
    }
    m_problemShown = false;
    m_message->clearMessage();
    clearResult();
    m_progress->setValue(0);
    m_outcomeRequest = req;
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

void AnonymizeDialog::editHierarchy(const QString &field)
{
    const int row = m_fieldTable->fieldRow(field);
    if (row < 0 || isRunning())
        return;
    HierarchyEditorDialog::edit(m_store, m_dataset, field, this, m_projectUndo);
    // Whatever the editor stored (or cleared) is what the search uses from now on.
    auto stored = HierarchyService(m_store).load(m_dataset, field);
    if (!stored) {
        showError(stored.error());
        return;
    }
    if (*stored)
        m_fieldTable->setHierarchy(row, (*stored)->spec, QuasiFieldTable::Source::Stored);
    else
        loadHierarchy(row);
    inputChanged();
}

void AnonymizeDialog::inputChanged()
{
    clearResult();
    m_models->setTargetK(m_kSpin->value());
    const int models = m_models->activeCount();
    m_tabs->setTabText(ModelsTab, models > 0 ? tr("&Privacy models (%1)").arg(QLocale().toString(models))
                                             : tr("&Privacy models"));
    if (isRunning())
        return;
    const QString problem = m_models->problem(m_fieldTable->quasiFields());
    if (!problem.isEmpty()) {
        m_noQuasiNotice = false;
        m_problemShown = true;
        m_message->showMessage(InlineMessage::Kind::Error, problem);
    } else if (m_problemShown) {
        m_problemShown = false;
        m_message->clearMessage();
    }
    updateState();
}

void AnonymizeDialog::clearResult()
{
    m_outcome.reset();
    m_resultView->clear();
    if (m_tabs->currentIndex() == ResultTab)
        m_tabs->setCurrentIndex(FieldsTab);
    updateState();
}

void AnonymizeDialog::showOutcome(const AnonymizationOutcome &outcome)
{
    m_resultView->showOutcome(outcome, m_outcomeRequest,
                              [this](const QString &field, int level) {
                                  return exampleOf(field, level);
                              });
}

QString AnonymizeDialog::exampleOf(const QString &field, int level) const
{
    const int row = m_fieldTable->fieldRow(field);
    if (row < 0)
        return {};
    if (const QString file = m_fieldTable->file(row); !file.isEmpty()) {
        // The search has just read the same file: it is there and small enough to read again.
        const auto hierarchy = Hierarchy::load(file);
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
            if (label == "*")
                return {};
            return tr("%1 %2 → %3").arg(field, fromStd(value), fromStd(label));
        }
        return {};
    }
    std::optional<HierarchySpec> spec = m_fieldTable->hierarchy(row);
    if (!spec && m_outcome) {
        // Suggested by the service: the change names the spec it used.
        for (const AnonymizationFieldChange &c : m_outcome->changes) {
            if (c.field == field && HierarchySpec::isBuilderText(c.hierarchy)) {
                if (auto parsed = HierarchySpec::parse(c.hierarchy))
                    spec = *parsed;
            }
        }
    }
    if (!spec)
        return {};
    const auto generalizer = Generalizer::create(*spec);
    if (!generalizer || level > generalizer->height())
        return {};
    for (const QString &value : m_values.value(field)) {
        const QByteArray utf8 = value.toUtf8();
        const std::string_view view(utf8.constData(), size_t(utf8.size()));
        if (!generalizer->readable(view))
            continue;
        const std::string label = generalizer->label(view, level);
        // "→ *" explains nothing: the level's name says it all.
        if (label == "*")
            return {};
        return tr("%1 %2 → %3").arg(field, value, fromStd(label));
    }
    return {};
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
    m_problemShown = false;
    m_message->showMessage(InlineMessage::Kind::Error, text);
}

void AnonymizeDialog::updateState()
{
    const bool running = isRunning();
    const bool anyQuasi = !m_fieldTable->quasiFields().isEmpty();
    m_fieldTable->setBusy(running);
    m_models->setBusy(running);
    m_kSpin->setEnabled(!running);
    m_limitSpin->setEnabled(!running);
    m_runButton->setEnabled(!running && anyQuasi && !m_problemShown);
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_cancelButton->setEnabled(running && !m_runner->isCancelling());
    m_tabs->setTabEnabled(ResultTab, m_outcome.has_value());
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
