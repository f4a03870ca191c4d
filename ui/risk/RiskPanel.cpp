#include "ui/risk/RiskPanel.h"

#include "ui/widgets/InlineMessage.h"
#include "core/mask/MaskPlan.h"
#include "core/mask/RecordSuppressionStore.h"
#include "ui/masking/MaskRuleModel.h"
#include "ui/risk/RiskCharts.h"
#include "ui/risk/RiskRunner.h"
#include "core/store/ProjectStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

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

} // namespace

RiskPanel::RiskPanel(QWidget *parent)
    : QWidget(parent),
      m_runner(new RiskRunner(this)),
      m_kLabel(new QLabel(this)),
      m_k(new QSpinBox(this)),
      m_quasiButton(new QToolButton(this)),
      m_sensitiveButton(new QToolButton(this)),
      m_anonymize(new QPushButton(this)),
      m_message(new InlineMessage(this)),
      m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(this)),
      m_figures(new QTreeWidget(this)),
      m_charts(new RiskCharts(this))
{
    setObjectName(QStringLiteral("riskPanel"));
    m_k->setObjectName(QStringLiteral("riskTargetK"));
    m_k->setRange(2, 1000000);
    m_k->setValue(5);
    m_kLabel->setBuddy(m_k);
    m_quasiButton->setObjectName(QStringLiteral("riskQuasiButton"));
    m_sensitiveButton->setObjectName(QStringLiteral("riskSensitiveButton"));
    for (QToolButton *b : {m_quasiButton, m_sensitiveButton}) {
        b->setPopupMode(QToolButton::InstantPopup);
        b->setMenu(new QMenu(b));
    }
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
    controls->addStretch(1);
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
    layout->addWidget(m_anonymize, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addLayout(progressRow);
    layout->addWidget(split, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &RiskPanel::start);
    connect(m_k, &QSpinBox::valueChanged, this, &RiskPanel::schedule);
    connect(m_anonymize, &QPushButton::clicked, this, &RiskPanel::anonymizeRequested);
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
}

RiskPanel::~RiskPanel() = default;

void RiskPanel::setProject(ProjectStore *store)
{
    m_runner->stop();
    m_debounce.stop();
    m_store = store;
    m_hasDataset = false;
    m_result.reset();
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
    m_rules.clear();
    m_result.reset();
    rebuildFieldMenus();
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
    if (MaskPlan::needsSecret(m_rules) && !m_secret) {
        m_runner->stop();
        m_message->showMessage(InlineMessage::Kind::Notice,
                               tr("The rules use the project secret: unlock it to measure the "
                                  "masked data."));
        emit suppressionChanged(nullptr, false);
        return;
    }
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
    options.environment.secret = m_secret;
    options.recordSuppression = *suppression;
    options.withBaseline = true;
    if (Status s = m_runner->start(*m_store, m_dataset, std::move(options)); !s) {
        showFailure(s.error().message);
        return;
    }
    m_message->clearMessage();
    if (m_suppressionStored)
        emit suppressionChanged(nullptr, true);
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
    if (!m_result) {
        m_charts->clear();
        return;
    }
    const DatasetRiskResult &r = *m_result;
    const std::optional<RiskReport> &before = r.baseline;
    const RiskReport &after = r.report;
    auto add = [this](const QString &name, const QString &stored, const QString &masked,
                      const QString &tip = {}) {
        auto *item = new QTreeWidgetItem(m_figures, {name, stored, masked});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, tip.isEmpty() ? name : tip);
        return item;
    };
    auto both = [&before, &after](auto f) {
        return std::make_pair(before ? f(*before) : QString(), f(after));
    };
    auto row = [&](const QString &name, auto f, const QString &tip = {}) {
        const auto [s, m] = both(f);
        return add(name, s, m, tip);
    };
    row(tr("Records"), [](const RiskReport &x) { return count(x.retainedRecords); });
    row(tr("Equivalence classes"), [](const RiskReport &x) { return count(x.classes); });
    QTreeWidgetItem *smallest =
        row(tr("Smallest class (k)"), [](const RiskReport &x) { return count(x.minClass); },
            tr("The data is k-anonymous for this k"));
    if (after.minClass < quint64(r.k)) {
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
    add(tr("Suppressed records"), before ? count(0) : QString(), count(r.suppressedRecords),
        tr("Records the record suppression leaves out (classes below its k)"));
    add(tr("Suppressed cells"), before ? count(0) : QString(), count(r.suppressedCells));
    QTreeWidgetItem *loss =
        add(tr("Information loss"), before ? percent(0) : QString(), percent(r.totalLoss),
            tr("Mean over the quasi-identifiers of the average cell loss (m−1)/(N−1)"));
    for (int i = 0; i < r.sensitive.size(); ++i) {
        const QString field = r.sensitive.at(i);
        QString stored;
        if (before) {
            const int b = int(m_sensitive.indexOf(field));
            if (b >= 0 && size_t(b) < before->lDiversity.size())
                stored = count(before->lDiversity[size_t(b)]);
        }
        add(tr("l-diversity of %1").arg(field), stored,
            size_t(i) < after.lDiversity.size() ? count(after.lDiversity[size_t(i)]) : QString(),
            tr("The fewest distinct values of %1 in one class").arg(field));
    }
    for (const FieldLoss &f : r.fieldLoss) {
        if (f.loss <= 0.0 && !r.quasi.contains(f.field))
            continue;
        const QString op = MaskRuleModel::operatorText(
            maskOperatorFromName(f.op).value_or(MaskOperator::Keep));
        auto *child = new QTreeWidgetItem(loss, {tr("%1 (%2)").arg(f.field, op), QString(),
                                                 percent(f.loss)});
        child->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_figures->setRootIsDecorated(loss->childCount() > 0);
    if (r.suppressionOverLimit)
        m_message->showMessage(InlineMessage::Kind::Notice,
                               tr("The record suppression leaves out more records than the limit "
                                  "it was chosen with: search again."));
    m_charts->setResult(r);
    auto flags = r.report.suppressed.empty()
                     ? std::shared_ptr<const std::vector<uint8_t>>()
                     : std::make_shared<const std::vector<uint8_t>>(r.report.suppressed);
    emit suppressionChanged(flags, false);
}

QString RiskPanel::figureText(int row, int column) const
{
    const QTreeWidgetItem *item = m_figures->topLevelItem(row);
    return item ? item->text(column) : QString();
}

void RiskPanel::rebuildFieldMenus()
{
    auto fill = [this](QToolButton *button, QStringList *selected) {
        QMenu *menu = button->menu();
        menu->clear();
        for (const ColumnInfo &c : std::as_const(m_dataset.columns)) {
            QAction *a = menu->addAction(c.name);
            a->setCheckable(true);
            a->setChecked(selected->contains(c.name));
            connect(a, &QAction::toggled, this, [this, selected, name = c.name](bool on) {
                if (on && !selected->contains(name)) {
                    // Keep column order so that the figures do not depend on click order.
                    QStringList next;
                    for (const ColumnInfo &col : std::as_const(m_dataset.columns)) {
                        if (col.name == name || selected->contains(col.name))
                            next.append(col.name);
                    }
                    *selected = next;
                } else if (!on) {
                    selected->removeAll(name);
                }
                retranslate();
                schedule();
            });
        }
    };
    fill(m_quasiButton, &m_quasi);
    fill(m_sensitiveButton, &m_sensitive);
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
    m_quasiButton->setText(tr("Quasi-identifiers (%1)").arg(QLocale().toString(m_quasi.size())));
    m_quasiButton->setToolTip(tr("The fields an attacker may know; from the classification"));
    m_sensitiveButton->setText(tr("Sensitive (%1)").arg(QLocale().toString(m_sensitive.size())));
    m_anonymize->setText(tr("Find k-anonymous generalisation…"));
    m_anonymize->setToolTip(tr("Search the generalisation hierarchies for the least information "
                               "loss that reaches k"));
    m_cancel->setText(tr("Cancel"));
    m_figures->setHeaderLabels({tr("Figure"), tr("Stored"), tr("Masked")});
}

} // namespace steward::ui
