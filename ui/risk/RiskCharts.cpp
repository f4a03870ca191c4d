#include "ui/risk/RiskCharts.h"

#include "ui/widgets/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace steward::ui {

namespace {

QStringList bucketLabels()
{
    return {RiskCharts::tr("1"), RiskCharts::tr("2"), RiskCharts::tr("3–4"), RiskCharts::tr("5–9"),
            RiskCharts::tr("10–19"), RiskCharts::tr("20–49"), RiskCharts::tr("50+")};
}

void removeAll(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

int RiskCharts::bucketOf(quint64 size)
{
    if (size <= 1)
        return 0;
    if (size == 2)
        return 1;
    if (size <= 4)
        return 2;
    if (size <= 9)
        return 3;
    if (size <= 19)
        return 4;
    if (size <= 49)
        return 5;
    return 6;
}

RiskCharts::Buckets RiskCharts::recordsPerBucket(const RiskReport &report)
{
    Buckets b{};
    for (const auto &[size, classes] : report.classSizes)
        b[size_t(bucketOf(size))] += size * classes;
    return b;
}

RiskCharts::RiskCharts(QWidget *parent)
    : QTabWidget(parent), m_classSizes(new QChart), m_beforeAfter(new QChart), m_loss(new QChart)
{
    setObjectName(QStringLiteral("riskCharts"));
    setDocumentMode(true);
    QChartView *sizes = ChartStyle::makeView(m_classSizes, this);
    sizes->setObjectName(QStringLiteral("classSizeChart"));
    sizes->setToolTip(tr("Records per equivalence-class size, before and after masking: records in "
                         "small classes are the ones at risk"));
    QChartView *beforeAfter = ChartStyle::makeView(m_beforeAfter, this);
    beforeAfter->setObjectName(QStringLiteral("beforeAfterChart"));
    beforeAfter->setToolTip(tr("Re-identification risk of the stored data and of the masked data"));
    QChartView *loss = ChartStyle::makeView(m_loss, this);
    loss->setObjectName(QStringLiteral("lossChart"));
    loss->setToolTip(tr("Information loss per field (0 %: unchanged, 100 %: gone)"));
    addTab(sizes, tr("Class sizes"));
    addTab(beforeAfter, tr("Before / after"));
    addTab(loss, tr("Loss per field"));
    // Axis labels are plain integers and percentages (QChart's localizeNumbers drops labels with
    // a "%d %%" format, so it stays off).
    for (QChart *c : {m_classSizes, m_beforeAfter, m_loss})
        c->setMinimumHeight(160);
    rebuild();
}

void RiskCharts::setResult(const DatasetRiskResult &result)
{
    m_result = result;
    rebuild();
}

void RiskCharts::clear()
{
    m_result.reset();
    rebuild();
}

void RiskCharts::changeEvent(QEvent *event)
{
    QTabWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange) {
        setTabText(0, tr("Class sizes"));
        setTabText(1, tr("Before / after"));
        setTabText(2, tr("Loss per field"));
        rebuild();
    }
}

void RiskCharts::rebuild()
{
    m_after = m_result ? recordsPerBucket(m_result->report) : Buckets{};
    m_before = m_result && m_result->baseline ? recordsPerBucket(*m_result->baseline) : Buckets{};
    rebuildClassSizes();
    rebuildBeforeAfter();
    rebuildLoss();
    for (QChart *c : {m_classSizes, m_beforeAfter, m_loss})
        ChartStyle::applyTo(c, palette());
}

void RiskCharts::rebuildClassSizes()
{
    removeAll(m_classSizes);
    auto *series = new QBarSeries;
    auto *before = new QBarSet(tr("Stored"));
    auto *after = new QBarSet(tr("Masked"));
    quint64 top = 1;
    for (int i = 0; i < kBuckets; ++i) {
        *before << double(m_before[size_t(i)]);
        *after << double(m_after[size_t(i)]);
        top = std::max({top, m_before[size_t(i)], m_after[size_t(i)]});
    }
    before->setColor(palette().color(QPalette::Mid));
    after->setColor(palette().color(QPalette::Highlight));
    if (m_result && m_result->baseline)
        series->append(before);
    else
        delete before;
    series->append(after);
    m_classSizes->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(bucketLabels());
    x->setTitleText(tr("Class size"));
    auto *y = new QValueAxis;
    y->setRange(0, double(top));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Records"));
    y->setTruncateLabels(false); // the title too: short, and unreadable cut
    m_classSizes->addAxis(x, Qt::AlignBottom);
    m_classSizes->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_classSizes->legend()->setVisible(true);
    m_classSizes->legend()->setAlignment(Qt::AlignTop);
}

void RiskCharts::rebuildBeforeAfter()
{
    removeAll(m_beforeAfter);
    auto *series = new QBarSeries;
    auto add = [this, series](const QString &name, const std::optional<RiskReport> &r, QColor c) {
        auto *set = new QBarSet(name);
        set->setColor(c);
        if (r)
            *set << 100.0 * r->sampleUniques << 100.0 * r->recordsBelowKFraction
                 << 100.0 * r->prosecutorRiskMax << 100.0 * r->prosecutorRiskAvg;
        else
            *set << 0 << 0 << 0 << 0;
        series->append(set);
    };
    if (m_result && m_result->baseline)
        add(tr("Stored"), m_result->baseline, palette().color(QPalette::Mid));
    add(tr("Masked"), m_result ? std::optional<RiskReport>(m_result->report) : std::nullopt,
        palette().color(QPalette::Highlight));
    m_beforeAfter->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append({tr("Uniques"), tr("Below k"), tr("Max risk"), tr("Avg risk")});
    x->setTruncateLabels(false);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %%"));
    m_beforeAfter->addAxis(x, Qt::AlignBottom);
    m_beforeAfter->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_beforeAfter->legend()->setVisible(true);
    m_beforeAfter->legend()->setAlignment(Qt::AlignTop);
}

void RiskCharts::rebuildLoss()
{
    removeAll(m_loss);
    m_lossFields.clear();
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Information loss"));
    set->setColor(palette().color(QPalette::Highlight));
    QStringList categories;
    if (m_result) {
        // Fields that lose something, largest loss on top (a horizontal bar axis runs upwards).
        std::vector<FieldLoss> shown;
        for (const FieldLoss &f : m_result->fieldLoss) {
            if (f.loss > 0.0 || m_result->quasi.contains(f.field))
                shown.push_back(f);
        }
        std::stable_sort(shown.begin(), shown.end(),
                         [](const FieldLoss &a, const FieldLoss &b) { return a.loss > b.loss; });
        for (const FieldLoss &f : shown)
            m_lossFields.append(f.field);
        for (auto it = shown.rbegin(); it != shown.rend(); ++it) {
            categories.append(it->field);
            *set << 100.0 * it->loss;
        }
    }
    series->append(set);
    m_loss->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setTruncateLabels(false); // field names are what the chart is about
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d %%"));
    m_loss->addAxis(y, Qt::AlignLeft);
    m_loss->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    m_loss->legend()->setVisible(false);
}

} // namespace steward::ui
