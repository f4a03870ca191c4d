#include "ui/risk/RiskPanel.h"

#include "ui/widgets/InlineMessage.h"
#include "core/mask/MaskPlan.h"
#include "core/mask/MaskRuleService.h"
#include "core/mask/RecordSuppressionStore.h"
#include "ui/masking/MaskRuleModel.h"
#include "ui/risk/FieldChecklist.h"
#include "ui/risk/RiskCharts.h"
#include "ui/risk/RiskRunner.h"
#include "ui/Settings.h"
#include "core/store/ProjectStore.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace steward::ui {

namespace {

QString percent(double fraction)
{
    return RiskPanel::tr("%1 %").arg(QLocale().toString(100.0 * fraction, 'f', 1));
}

QString count(quint64 n)
{
    return QLocale().toString(qulonglong(n));
}

// A share that may be tiny (population uniques): one decimal from 1 %, else two significant
// digits, so that 0.004 % does not read as 0.0 %.
QString finePercent(double fraction)
{
    const double pct = 100.0 * fraction;
    int decimals = 1;
    if (pct > 0.0 && pct < 1.0)
        decimals = std::min(6, 1 + int(std::ceil(-std::log10(pct))));
    // A wrapped summary must not leave the "%" alone at the start of a line.
    return RiskPanel::tr("%1 %")
        .arg(QLocale().toString(pct, 'f', decimals))
        .replace(QLatin1Char(' '), QChar(0x00A0));
}

} // namespace

RiskPanel::RiskPanel(QWidget *parent)
    : QWidget(parent),
      m_runner(new RiskRunner(this)),
      m_kLabel(new QLabel(this)),
      m_k(new QSpinBox(this)),
      m_quasiButton(new QToolButton(this)),
      m_sensitiveButton(new QToolButton(this)),
      m_quasiList(new FieldChecklist(this)),
      m_sensitiveList(new FieldChecklist(this)),
      m_measuredLabel(new QLabel(this)),
      m_anonymize(new QPushButton(this)),
      m_message(new InlineMessage(this)),
      m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(this)),
      m_figures(new QTreeWidget(this)),
      m_charts(new RiskCharts(this)),
      m_populationLabel(new QLabel(this)),
      m_populationMode(new QComboBox(this)),
      m_populationValue(new QDoubleSpinBox(this)),
      m_populationSummary(new QLabel(this))
{
    setObjectName(QStringLiteral("riskPanel"));
    m_k->setObjectName(QStringLiteral("riskTargetK"));
    m_k->setRange(2, 1000000);
    m_k->setValue(5);
    m_kLabel->setBuddy(m_k);
    m_quasiButton->setObjectName(QStringLiteral("riskQuasiButton"));
    m_sensitiveButton->setObjectName(QStringLiteral("riskSensitiveButton"));
    m_quasiList->setObjectName(QStringLiteral("riskQuasiList"));
    m_sensitiveList->setObjectName(QStringLiteral("riskSensitiveList"));
    m_quasiButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_sensitiveButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_measuredLabel->setObjectName(QStringLiteral("riskMeasuredAt"));
    m_measuredLabel->setWordWrap(true);
    m_measuredLabel->setTextFormat(Qt::PlainText);
    m_anonymize->setObjectName(QStringLiteral("riskAnonymizeButton"));
    m_message->setObjectName(QStringLiteral("riskMessage"));
    m_progress->setObjectName(QStringLiteral("riskProgress"));
    m_progress->setTextVisible(true);
    m_cancel->setObjectName(QStringLiteral("riskCancel"));
    m_figures->setObjectName(QStringLiteral("riskFigures"));
    m_figures->setColumnCount(3);
    m_figures->setRootIsDecorated(false);
    m_figures->setSelectionMode(QAbstractItemView::NoSelection);
    m_figures->setFocusPolicy(Qt::TabFocus);
    m_figures->header()->setStretchLastSection(false);
    // Wide enough for the longest figure name and two percentages side by side.
    setMinimumWidth(fontMetrics().averageCharWidth() * 76);
    m_figures->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_figures->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_figures->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_kLabel);
    controls->addWidget(m_k);
    controls->addWidget(m_quasiButton);
    controls->addWidget(m_sensitiveButton);
    // On the same row: every line the controls take is a line less of figures on a laptop screen.
    controls->addWidget(m_anonymize);
    controls->addSpacing(fontMetrics().averageCharWidth() * 2);
    controls->addWidget(m_populationLabel);
    controls->addWidget(m_populationMode);
    controls->addWidget(m_populationValue);
    controls->addStretch(1);
    m_populationMode->setObjectName(QStringLiteral("riskPopulationMode"));
    m_populationMode->addItems({QString(), QString(), QString()}); // texts in retranslate()
    m_populationValue->setObjectName(QStringLiteral("riskPopulationValue"));
    m_populationValue->setGroupSeparatorShown(true);
    m_populationValue->setKeyboardTracking(false);
    m_populationLabel->setBuddy(m_populationMode);
    m_populationSummary->setObjectName(QStringLiteral("riskPopulationSummary"));
    m_populationSummary->setWordWrap(true);
    m_populationSummary->setTextFormat(Qt::PlainText);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_figures);
    split->addWidget(m_charts);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_message);
    layout->addLayout(progressRow);
    layout->addWidget(m_measuredLabel);
    layout->addWidget(m_populationSummary);
    layout->addWidget(split, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &RiskPanel::start);
    connect(m_k, &QSpinBox::valueChanged, this, &RiskPanel::schedule);
    connect(m_anonymize, &QPushButton::clicked, this, &RiskPanel::anonymizeRequested);
    connect(m_populationMode, &QComboBox::currentIndexChanged, this,
            &RiskPanel::populationModeChanged);
    connect(m_populationValue, &QDoubleSpinBox::valueChanged, this, &RiskPanel::populationEdited);
    connect(m_quasiButton, &QToolButton::clicked, this, [this] { m_quasiList->popup(m_quasiButton); });
    connect(m_sensitiveButton, &QToolButton::clicked, this,
            [this] { m_sensitiveList->popup(m_sensitiveButton); });
    connect(m_quasiList, &FieldChecklist::checkedChanged, this,
            [this](const QStringList &fields) { fieldsChosen(&m_quasi, fields); });
    connect(m_sensitiveList, &FieldChecklist::checkedChanged, this,
            [this](const QStringList &fields) { fieldsChosen(&m_sensitive, fields); });
    connect(m_cancel, &QPushButton::clicked, m_runner, &RiskRunner::cancel);
    connect(m_runner, &RiskRunner::progressChanged, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(1000.0 * double(done) / double(total)));
        m_progress->setFormat(tr("Measuring risk: %1 of %2 records")
                                  .arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_runner, &RiskRunner::succeeded, this, [this](const DatasetRiskResult &result) {
        m_result = result;
        m_resultStoredOnly = m_passStoredOnly;
        m_measuredAt = QDateTime::currentDateTime();
        showResult();
        emit resultChanged();
    });
    connect(m_runner, &RiskRunner::failed, this,
            [this](const Error &error) { showFailure(error.message); });
    connect(m_runner, &RiskRunner::cancelled, this, [this] {
        m_message->showMessage(InlineMessage::Kind::Notice,
                               tr("Risk measurement cancelled; the figures are out of date."));
        emit suppressionChanged(nullptr, false);
    });
    connect(m_runner, &RiskRunner::finished, this, [this] { setRunningUi(false); });
    setRunningUi(false);
    retranslate();
    populationModeChanged();
}

RiskPanel::~RiskPanel() = default;

void RiskPanel::setProject(ProjectStore *store)
{
    m_runner->stop();
    m_debounce.stop();
    m_store = store;
    m_hasDataset = false;
    m_result.reset();
    m_measuredAt = {};
    // Nothing of the closed project stays in memory, the secret least of all.
    m_secret.reset();
    m_rules.clear();
    m_measuredSuppression.reset();
    showResult();
}

void RiskPanel::setDataset(const DatasetInfo &dataset, const QStringList &quasi,
                           const QStringList &sensitive)
{
    m_runner->stop();
    m_dataset = dataset;
    m_hasDataset = true;
    m_quasi = quasi;
    m_sensitive = sensitive;
    m_defaultQuasi = quasi;
    m_defaultSensitive = sensitive;
    m_rules.clear();
    m_result.reset();
    m_measuredAt = {};
    rebuildFieldMenus();
    loadPopulation();
    showResult();
}

void RiskPanel::setRules(const QList<std::pair<QString, MaskRule>> &rules,
                         const std::optional<ProjectSecret> &secret)
{
    // Showing the tab again re-sends the same rules: nothing to measure again, unless the stored
    // record suppression changed (an undone k-anonymity result, a template).
    std::optional<RecordSuppression> stored;
    if (m_store && m_hasDataset) {
        if (auto loaded = RecordSuppressionStore(*m_store).load(m_dataset))
            stored = *loaded;
    }
    const bool same = rules == m_rules && secret.has_value() == m_secret.has_value()
                      && stored == m_measuredSuppression && (m_result || isRunning());
    m_rules = rules;
    m_secret = secret;
    if (!same)
        schedule();
}

void RiskPanel::refresh()
{
    m_debounce.stop();
    start();
}

int RiskPanel::k() const
{
    return m_k->value();
}

void RiskPanel::setK(int k)
{
    m_k->setValue(k);
}

void RiskPanel::setQuasi(const QStringList &fields)
{
    m_quasi = fields;
    rebuildFieldMenus();
    schedule();
}

void RiskPanel::setSensitive(const QStringList &fields)
{
    m_sensitive = fields;
    rebuildFieldMenus();
    schedule();
}

void RiskPanel::useAnonymization(const QStringList &quasi, int k)
{
    {
        // One pass for both changes, started below.
        const QSignalBlocker blocker(m_k);
        m_k->setValue(k);
    }
    m_quasi = quasi;
    rebuildFieldMenus();
    refresh();
}

bool RiskPanel::isRunning() const
{
    return m_runner->isRunning() || m_debounce.isActive();
}

void RiskPanel::schedule()
{
    if (!m_store || !m_hasDataset)
        return;
    m_debounce.start();
    if (m_suppressionStored)
        emit suppressionChanged(nullptr, true);
}

void RiskPanel::start()
{
    if (!m_store || !m_hasDataset)
        return;
    // Keyed pseudonyms cannot be computed without the secret: measure the stored data alone, so
    // that what is known shows, and say that the masked figures wait for the passphrase.
    const bool storedOnly = MaskPlan::needsSecret(m_rules) && !m_secret;
    auto suppression = RecordSuppressionStore(*m_store).load(m_dataset);
    if (!suppression) {
        showFailure(suppression.error().message);
        return;
    }
    m_suppressionStored = suppression->has_value();
    m_measuredSuppression = *suppression;
    DatasetRiskOptions options;
    options.quasi = m_quasi;
    options.sensitive = m_sensitive;
    options.k = m_k->value();
    options.rules = m_rules;
    auto environment = MaskRuleService(*m_store).environment(m_dataset);
    if (!environment) {
        showFailure(environment.error().message);
        return;
    }
    options.environment = std::move(*environment);
    options.environment.secret = m_secret;
    options.recordSuppression = *suppression;
    options.withBaseline = !storedOnly;
    options.masked = !storedOnly;
    if (Status s = m_runner->start(*m_store, m_dataset, std::move(options)); !s) {
        showFailure(s.error().message);
        return;
    }
    m_passStoredOnly = storedOnly;
    m_message->clearMessage();
    if (m_suppressionStored && !storedOnly)
        emit suppressionChanged(nullptr, true);
    else if (storedOnly)
        emit suppressionChanged(nullptr, false);
    setRunningUi(true);
}

void RiskPanel::setRunningUi(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_figures->setEnabled(!running || m_result.has_value());
    if (running) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Measuring risk…"));
    }
}

void RiskPanel::showFailure(const QString &message)
{
    m_message->showMessage(InlineMessage::Kind::Error,
                           tr("The risk could not be measured: %1").arg(message));
    emit suppressionChanged(nullptr, false);
}

void RiskPanel::showResult()
{
    m_figures->clear();
    m_anonymize->setEnabled(m_store && m_hasDataset);
    showMeasuredAt();
    showPopulation();
    if (!m_result) {
        m_charts->clear(m_hasDataset ? tr("Not measured yet.") : QString());
        return;
    }
    const DatasetRiskResult &r = *m_result;
    // The stored data: the baseline of a full pass, or all a stored-only pass measured.
    const RiskReport *before = m_resultStoredOnly ? &r.report
                                                  : (r.baseline ? &*r.baseline : nullptr);
    const RiskReport *after = m_resultStoredOnly ? nullptr : &r.report;
    // One class of every record is no figure of risk: without a quasi-identifier nothing is
    // measured.
    const bool noQuasi = m_quasi.isEmpty();
    const QString locked = tr("Locked");
    const QString lockedTip = tr("Waits for the project passphrase: the rules use keyed "
                                 "pseudonyms, which need the project secret");
    const QString none = tr("—");
    const QString noneTip = tr("Not measured: no quasi-identifier is chosen");
    auto add = [&](const QString &name, const QString &stored, const QString &masked,
                   const QString &tip = {}) {
        auto *item = new QTreeWidgetItem(m_figures, {name, stored, masked});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, tip.isEmpty() ? name : tip);
        if (!after)
            item->setToolTip(2, lockedTip);
        return item;
    };
    // A risk figure: "—" in both columns without quasi-identifiers, "Locked" for the masked data
    // while the secret is.
    auto row = [&](const QString &name, auto f, const QString &tip = {}) {
        if (noQuasi) {
            QTreeWidgetItem *item = add(name, before ? none : QString(), none, tip);
            item->setToolTip(1, noneTip);
            item->setToolTip(2, noneTip);
            return item;
        }
        return add(name, before ? f(*before) : QString(), after ? f(*after) : locked, tip);
    };
    add(tr("Records"), before ? count(before->retainedRecords) : QString(),
        after ? count(after->retainedRecords) : locked);
    row(tr("Equivalence classes"), [](const RiskReport &x) { return count(x.classes); });
    QTreeWidgetItem *smallest =
        row(tr("Smallest class (k)"), [](const RiskReport &x) { return count(x.minClass); },
            tr("The data is k-anonymous for this k"));
    if (after && !noQuasi && after->minClass < quint64(r.k)) {
        QFont bold = smallest->font(2);
        bold.setBold(true);
        smallest->setFont(2, bold);
        smallest->setToolTip(2, tr("Below the target k"));
    }
    row(tr("Records below k=%1").arg(QLocale().toString(r.k)),
        [](const RiskReport &x) {
            return tr("%1 (%2)").arg(count(x.recordsBelowK), percent(x.recordsBelowKFraction));
        },
        tr("Records in equivalence classes smaller than the target k"));
    row(tr("Sample uniques"), [](const RiskReport &x) { return percent(x.sampleUniques); },
        tr("Records alone in their class"));
    row(tr("Prosecutor risk (max)"),
        [](const RiskReport &x) { return percent(x.prosecutorRiskMax); });
    row(tr("Prosecutor risk (avg)"),
        [](const RiskReport &x) { return percent(x.prosecutorRiskAvg); });
    add(tr("Suppressed records"), before ? count(0) : QString(),
        after ? count(r.suppressedRecords) : locked,
        tr("Records the record suppression leaves out (classes below its k)"));
    add(tr("Suppressed cells"), before ? count(0) : QString(),
        after ? count(r.suppressedCells) : locked);
    // The total is the mean of the quasi-identifiers' losses, the figure the k-anonymity search
    // minimises and reports; fields outside them are listed on their own row, so that no total
    // reads 0 % next to fields that lost everything.
    QTreeWidgetItem *loss = add(
        tr("Information loss"), before ? percent(0) : QString(),
        !after ? locked : (noQuasi ? none : percent(r.totalLoss)),
        tr("Mean of the quasi-identifiers' information loss (a dropped one counts 100 %), as the "
           "k-anonymity search reports it; per field the average cell loss (m−1)/(N−1)"));
    QTreeWidgetItem *others = nullptr;
    int otherCount = 0;
    if (after) {
        for (const FieldLoss &f : r.fieldLoss) {
            if (!m_quasi.contains(f.field) && f.loss > 0.0)
                ++otherCount;
        }
    }
    others = add(tr("Other fields changed"), before ? count(0) : QString(),
                 after ? count(quint64(otherCount)) : locked,
                 tr("Fields outside the quasi-identifiers that the rules change, with their "
                    "information loss; they are not part of the total above"));
    for (int i = 0; i < r.sensitive.size(); ++i) {
        const QString field = r.sensitive.at(i);
        QString stored;
        if (before) {
            // A stored-only pass measured the sensitive attributes in r.sensitive's order.
            const int b = m_resultStoredOnly ? i : int(m_sensitive.indexOf(field));
            if (b >= 0 && size_t(b) < before->lDiversity.size())
                stored = count(before->lDiversity[size_t(b)]);
        }
        QString masked = locked;
        if (after)
            masked = size_t(i) < after->lDiversity.size() ? count(after->lDiversity[size_t(i)])
                                                          : QString();
        if (noQuasi) {
            stored = before ? none : QString();
            masked = none;
        }
        add(tr("l-diversity of %1").arg(field), stored, masked,
            tr("The fewest distinct values of %1 in one class").arg(field));
    }
    if (after) {
        for (const FieldLoss &f : r.fieldLoss) {
            const bool quasi = m_quasi.contains(f.field);
            if (!quasi && f.loss <= 0.0)
                continue;
            const QString op = MaskRuleModel::operatorText(
                maskOperatorFromName(f.op).value_or(MaskOperator::Keep));
            auto *child = new QTreeWidgetItem(quasi ? loss : others,
                                              {tr("%1 (%2)").arg(f.field, op), QString(),
                                               percent(f.loss)});
            child->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_figures->setRootIsDecorated(loss->childCount() > 0 || others->childCount() > 0);
    if (others->childCount() > 0 && others->childCount() <= 6)
        others->setExpanded(true);
    if (loss->childCount() > 0 && loss->childCount() <= 6)
        loss->setExpanded(true);

    if (m_resultStoredOnly)
        m_message->showMessage(InlineMessage::Kind::Notice,
                               tr("The rules use keyed pseudonyms: the masked figures wait for "
                                  "the project passphrase. The Stored column is measured; unlock "
                                  "the secret to measure the masked data."));
    else if (noQuasi)
        m_message->showMessage(InlineMessage::Kind::Notice,
                               tr("No quasi-identifier is chosen, so the re-identification risk "
                                  "is not measured: choose the fields an attacker may know under "
                                  "“Quasi-identifiers”."));
    else if (r.suppressionOverLimit)
        m_message->showMessage(InlineMessage::Kind::Notice,
                               tr("The record suppression leaves out more records than the limit "
                                  "it was chosen with: search again."));
    if (m_resultStoredOnly)
        m_charts->setStoredOnly(r, tr("The masked data waits for the project passphrase."));
    else
        m_charts->setResult(r, noQuasi ? tr("No quasi-identifier is chosen: no classes to show.")
                                       : QString());
    if (m_resultStoredOnly) {
        emit suppressionChanged(nullptr, false);
        return;
    }
    auto flags = r.report.suppressed.empty()
                     ? std::shared_ptr<const std::vector<uint8_t>>()
                     : std::make_shared<const std::vector<uint8_t>>(r.report.suppressed);
    emit suppressionChanged(flags, false);
}

RiskPanel::PopulationMode RiskPanel::populationMode() const
{
    switch (m_populationMode->currentIndex()) {
    case 1:
        return PopulationMode::Size;
    case 2:
        return PopulationMode::Fraction;
    default:
        return PopulationMode::None;
    }
}

double RiskPanel::populationValue() const
{
    switch (populationMode()) {
    case PopulationMode::Size:
        return m_populationSize;
    case PopulationMode::Fraction:
        return m_samplingFraction;
    case PopulationMode::None:
        break;
    }
    return 0.0;
}

void RiskPanel::setPopulation(PopulationMode mode, double value)
{
    if (mode == PopulationMode::Size)
        m_populationSize = value;
    else if (mode == PopulationMode::Fraction)
        m_samplingFraction = value;
    const int index = mode == PopulationMode::Size ? 1 : mode == PopulationMode::Fraction ? 2 : 0;
    if (m_populationMode->currentIndex() == index)
        populationModeChanged();
    else
        m_populationMode->setCurrentIndex(index); // populationModeChanged() by signal
}

void RiskPanel::populationModeChanged()
{
    const PopulationMode mode = populationMode();
    {
        const QSignalBlocker blocker(m_populationValue);
        if (mode == PopulationMode::Fraction) {
            m_populationValue->setDecimals(2);
            m_populationValue->setRange(0.01, 100.0);
            m_populationValue->setSingleStep(1.0);
            m_populationValue->setSuffix(QStringLiteral(" %"));
            m_populationValue->setValue(100.0 * m_samplingFraction);
        } else {
            m_populationValue->setDecimals(0);
            m_populationValue->setRange(1.0, 1e12);
            m_populationValue->setSingleStep(1000.0);
            m_populationValue->setSuffix(QString());
            m_populationValue->setValue(m_populationSize);
        }
    }
    m_populationValue->setVisible(mode != PopulationMode::None);
    populationEdited();
}

void RiskPanel::populationEdited()
{
    const PopulationMode mode = populationMode();
    QString remembered;
    if (mode == PopulationMode::Size) {
        m_populationSize = m_populationValue->value();
        remembered = QStringLiteral("size:") + QString::number(m_populationSize, 'g', 17);
    } else if (mode == PopulationMode::Fraction) {
        m_samplingFraction = m_populationValue->value() / 100.0;
        remembered = QStringLiteral("fraction:") + QString::number(m_samplingFraction, 'g', 17);
    }
    if (m_store && m_hasDataset)
        Settings().setRiskPopulation(m_store->path(), m_dataset.name, remembered);
    showPopulation();
}

void RiskPanel::loadPopulation()
{
    if (!m_store || !m_hasDataset)
        return;
    const QString stored = Settings().riskPopulation(m_store->path(), m_dataset.name);
    PopulationMode mode = PopulationMode::None;
    bool ok = false;
    const double value = stored.section(QLatin1Char(':'), 1).toDouble(&ok);
    if (ok && stored.startsWith(QLatin1String("size:")) && value >= 1.0) {
        mode = PopulationMode::Size;
        m_populationSize = value;
    } else if (ok && stored.startsWith(QLatin1String("fraction:")) && value > 0.0 && value <= 1.0) {
        mode = PopulationMode::Fraction;
        m_samplingFraction = value;
    }
    const QSignalBlocker blocker(m_populationMode);
    m_populationMode->setCurrentIndex(mode == PopulationMode::Size       ? 1
                                      : mode == PopulationMode::Fraction ? 2
                                                                         : 0);
    {
        const QSignalBlocker valueBlocker(m_populationValue);
        populationModeChanged();
    }
}

std::optional<PopulationSpec> RiskPanel::populationSpec(const RiskReport &report) const
{
    PopulationSpec spec;
    switch (populationMode()) {
    case PopulationMode::None:
        return std::nullopt;
    case PopulationMode::Size:
        spec.populationSize = m_populationSize;
        break;
    case PopulationMode::Fraction:
        // The fraction is of every record released, suppressed ones included.
        if (report.records > 0)
            spec.populationSize = double(report.records) / m_samplingFraction;
        else
            spec.samplingFraction = m_samplingFraction;
        break;
    }
    return spec;
}

void RiskPanel::showPopulation()
{
    m_populationEstimate.reset();
    m_populationSummary->clear();
    m_populationSummary->setToolTip(QString());
    const bool show = populationMode() != PopulationMode::None && m_result && !m_quasi.isEmpty();
    m_populationSummary->setVisible(show);
    if (!show)
        return;
    const DatasetRiskResult &r = *m_result;
    const RiskReport &released = r.report;
    const std::optional<PopulationSpec> spec = populationSpec(released);
    auto estimate = PopulationRisk::estimate(released.classSizes, *spec);
    if (!estimate) {
        m_populationSummary->setText(
            tr("No population estimate: %1").arg(estimate.error().message));
        return;
    }
    m_populationEstimate = *estimate;
    const PopulationRiskEstimate &e = *estimate;
    QStringList sentences;
    if (e.model == PopulationModel::None) {
        sentences.append(m_resultStoredOnly
                             ? tr("As stored, no record is alone in its class, so no one is "
                                  "expected to be unique in the population.")
                             : tr("No record is alone in its class, so no one is expected to be "
                                  "unique in the population."));
    } else {
        const QString people = QLocale().toString(e.uniques, 'f', 0);
        const QString everyone = QLocale().toString(e.populationSize, 'f', 0);
        sentences.append(m_resultStoredOnly
                             ? tr("As stored, about %1 of the population would be unique on the "
                                  "quasi-identifiers (an estimated %2 of %3 people).")
                                   .arg(finePercent(e.uniquesFraction), people, everyone)
                             : tr("About %1 of the population would be unique on the "
                                  "quasi-identifiers (an estimated %2 of %3 people).")
                                   .arg(finePercent(e.uniquesFraction), people, everyone));
    }
    if (!m_resultStoredOnly && r.baseline) {
        if (auto before = PopulationRisk::estimate(r.baseline->classSizes,
                                                   *populationSpec(*r.baseline)))
            sentences.append(tr("As stored: about %1.").arg(finePercent(before->uniquesFraction)));
    }
    sentences.append(tr("Journalist risk: highest %1, average %2; marketer risk %3.")
                         .arg(finePercent(e.journalistRiskMax), finePercent(e.journalistRiskAvg),
                              finePercent(e.marketerRisk)));
    QString text = sentences.value(0);
    for (qsizetype i = 1; i < sentences.size(); ++i)
        text = tr("%1 %2", "two sentences in a row").arg(text, sentences.at(i));
    m_populationSummary->setText(text);

    const QString share = finePercent(e.samplingFraction);
    QStringList tip;
    switch (e.model) {
    case PopulationModel::Pitman:
        tip.append(tr("Estimated with Pitman's model. The records are %1 of the population; up "
                      "to 10 % Pitman's estimator is the most accurate (Dankar et al., 2012).")
                       .arg(share));
        break;
    case PopulationModel::Zayatz:
        tip.append(e.samplingFraction <= 0.1
                       ? tr("Estimated with Zayatz's model. The records are %1 of the population; "
                            "Pitman's model, the most accurate up to 10 %, does not fit these "
                            "data.")
                             .arg(share)
                       : tr("Estimated with Zayatz's model. The records are %1 of the population; "
                            "above 10 % the smaller of the Zayatz and SNB estimates is used "
                            "(Dankar et al., 2012).")
                             .arg(share));
        break;
    case PopulationModel::Snb:
        tip.append(tr("Estimated with the shifted negative binomial (SNB) model. The records are "
                      "%1 of the population; above 10 % the smaller of the Zayatz and SNB "
                      "estimates is used (Dankar et al., 2012).")
                       .arg(share));
        break;
    case PopulationModel::None:
        tip.append(tr("No record is alone in its class: every model estimates no population "
                      "uniques."));
        break;
    }
    auto fit = [&](const std::optional<double> &uniques) {
        return uniques ? finePercent(*uniques / e.populationSize) : tr("no fit");
    };
    tip.append(tr("Estimates: Pitman %1, Zayatz %2, SNB %3.")
                   .arg(fit(e.pitman), fit(e.zayatz), fit(e.snb)));
    tip.append(tr("Journalist risk: the chance that someone who knows a person's "
                  "quasi-identifiers picks that person's record, each class's size in the "
                  "population estimated from its size here. Marketer risk: the share of records "
                  "a linkage of all of them would re-identify."));
    m_populationSummary->setToolTip(tip.join(QLatin1Char('\n')));
}

QString RiskPanel::populationSummary() const
{
    return m_populationSummary->isHidden() ? QString() : m_populationSummary->text();
}

QString RiskPanel::populationSummaryToolTip() const
{
    return m_populationSummary->toolTip();
}

void RiskPanel::showMeasuredAt()
{
    if (!m_result || !m_measuredAt.isValid()) {
        m_measuredLabel->setVisible(false);
        return;
    }
    const QString time = QLocale().toString(m_measuredAt.time(), QLocale::ShortFormat);
    m_measuredLabel->setText(
        m_resultStoredOnly
            ? tr("Stored data measured at %1; the masked data is not measured yet.").arg(time)
            : tr("Stored and masked data measured at %1 with the current rules.").arg(time));
    m_measuredLabel->setVisible(true);
}

QString RiskPanel::figureText(int row, int column) const
{
    const QTreeWidgetItem *item = m_figures->topLevelItem(row);
    return item ? item->text(column) : QString();
}

void RiskPanel::fieldsChosen(QStringList *selected, const QStringList &fields)
{
    *selected = fields;
    retranslate();
    // Without a quasi-identifier nothing is measured: say so at once, not after the pass.
    if (m_result)
        showResult();
    schedule();
}

void RiskPanel::rebuildFieldMenus()
{
    QStringList columns;
    for (const ColumnInfo &c : std::as_const(m_dataset.columns))
        columns.append(c.name);
    m_quasiList->setFields(columns, m_quasi, m_defaultQuasi);
    m_sensitiveList->setFields(columns, m_sensitive, m_defaultSensitive);
    retranslate();
}

void RiskPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showResult();
    }
}

void RiskPanel::retranslate()
{
    m_kLabel->setText(tr("Target &k:"));
    m_quasiButton->setText(tr("Quasi-identifiers (%1)").arg(QLocale().toString(m_quasi.size()))
                           + QStringLiteral(" ▾"));
    m_quasiButton->setToolTip(tr("The fields an attacker may know; from the classification"));
    m_sensitiveButton->setText(tr("Sensitive (%1)").arg(QLocale().toString(m_sensitive.size()))
                               + QStringLiteral(" ▾"));
    m_sensitiveButton->setToolTip(tr("The fields whose values must not be learnt; from the "
                                     "classification"));
    m_quasiList->setTexts(tr("The fields an attacker may know (quasi-identifiers):"),
                          tr("All quasi-identifiers of the classification"));
    m_sensitiveList->setTexts(tr("The fields whose values must not be learnt (sensitive):"),
                              tr("All sensitive fields of the classification"));
    m_anonymize->setText(tr("Find k-anonymous generalisation…"));
    m_anonymize->setToolTip(tr("Search the generalisation hierarchies for the least information "
                               "loss that reaches k"));
    m_cancel->setText(tr("Cancel"));
    m_populationLabel->setText(tr("&Population:"));
    m_populationMode->setItemText(0, tr("not given"));
    m_populationMode->setItemText(1, tr("size"));
    m_populationMode->setItemText(2, tr("sampling fraction"));
    m_populationMode->setToolTip(tr("The population the records were drawn from, to estimate "
                                    "how many people in it would be unique on the "
                                    "quasi-identifiers"));
    m_populationValue->setToolTip(tr("People in the population, or the records' share of it"));
    m_figures->setHeaderLabels({tr("Figure"), tr("Stored"), tr("Masked")});
}

} // namespace steward::ui
