#include "ui/risk/RiskCharts.h"

#include "ui/widgets/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolTip>

#include <algorithm>

namespace steward::ui {

namespace {

// Longer field names are elided on the loss chart's axis; the bar's tooltip names it whole.
constexpr int kMaxFieldLabel = 24;

QStringList bucketLabels()
{
    return {RiskCharts::tr("1"), RiskCharts::tr("2"), RiskCharts::tr("3–4"), RiskCharts::tr("5–9"),
            RiskCharts::tr("10–19"), RiskCharts::tr("20–49"), RiskCharts::tr("50+")};
}

QString percentLabel(double value)
{
    return RiskCharts::tr("%1 %").arg(QLocale().toString(qRound(value)));
}

QString countLabel(double value)
{
    return QLocale().toString(qint64(value + 0.5));
}

QString elided(const QString &field)
{
    if (field.size() <= kMaxFieldLabel)
        return field;
    return field.left(kMaxFieldLabel - 1) + QChar(0x2026);
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
    m_classSizesView = ChartStyle::makeView(m_classSizes, this);
    m_classSizesView->setObjectName(QStringLiteral("classSizeChart"));
    m_beforeAfterView = ChartStyle::makeView(m_beforeAfter, this);
    m_beforeAfterView->setObjectName(QStringLiteral("beforeAfterChart"));
    m_lossView = ChartStyle::makeView(m_loss, this);
    m_lossView->setObjectName(QStringLiteral("lossChart"));
    // One bar per field, each named: with many fields the chart grows and the tab scrolls.
    auto *lossScroll = new QScrollArea(this);
    lossScroll->setObjectName(QStringLiteral("lossChartScroll"));
    lossScroll->setWidgetResizable(true);
    lossScroll->setFrameShape(QFrame::NoFrame);
    lossScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    lossScroll->setWidget(m_lossView);
    const std::array<QWidget *, 3> pages{m_classSizesView, m_beforeAfterView, lossScroll};
    for (size_t i = 0; i < pages.size(); ++i) {
        m_stacks[i] = new QStackedWidget(this);
        m_notes[i] = new QLabel(m_stacks[i]);
        m_notes[i]->setObjectName(QStringLiteral("riskChartNote_%1").arg(i));
        m_notes[i]->setAlignment(Qt::AlignCenter);
        m_notes[i]->setWordWrap(true);
        m_notes[i]->setEnabled(false); // greyed, like other empty states
        m_stacks[i]->addWidget(pages[i]);
        m_stacks[i]->addWidget(m_notes[i]);
        addTab(m_stacks[i], QString());
    }
    retranslate();
    rebuild();
}

void RiskCharts::setResult(const DatasetRiskResult &result, const QString &riskNote)
{
    m_result = result;
    m_storedOnly = false;
    m_riskNote = riskNote;
    rebuild();
}

void RiskCharts::setStoredOnly(const DatasetRiskResult &result, const QString &maskedNote)
{
    m_result = result;
    m_storedOnly = true;
    m_riskNote = maskedNote;
    rebuild();
}

void RiskCharts::clear(const QString &note)
{
    m_result.reset();
    m_storedOnly = false;
    m_riskNote.clear();
    m_emptyNote = note;
    rebuild();
}

QString RiskCharts::emptyText(Tab tab) const
{
    const QStackedWidget *stack = m_stacks[size_t(tab)];
    return stack->currentIndex() == 1 ? m_notes[size_t(tab)]->text() : QString();
}

QStringList RiskCharts::valueAxisLabels(Tab tab) const
{
    const QChart *chart = tab == ClassSizesTab ? m_classSizes
                          : tab == BeforeAfterTab ? m_beforeAfter : m_loss;
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *values = qobject_cast<QCategoryAxis *>(axis))
            return values->categoriesLabels();
    }
    return {};
}

void RiskCharts::changeEvent(QEvent *event)
{
    QTabWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        && m_stacks[0]) {
        retranslate();
        rebuild();
    }
}

void RiskCharts::retranslate()
{
    if (!m_stacks[0])
        return; // a change event during construction
    setTabText(ClassSizesTab, tr("Class sizes"));
    setTabText(BeforeAfterTab, tr("Before / after"));
    setTabText(LossTab, tr("Loss per field"));
    m_stacks[ClassSizesTab]->setToolTip(
        tr("Records per equivalence-class size, before and after masking: records in small "
           "classes are the ones at risk"));
    m_stacks[BeforeAfterTab]->setToolTip(
        tr("Re-identification risk of the stored data and of the masked data"));
    m_stacks[LossTab]->setToolTip(tr("Information loss per field (0 %: unchanged, 100 %: gone)"));
}

void RiskCharts::showNote(Tab tab, const QString &note)
{
    m_notes[size_t(tab)]->setText(note);
    m_stacks[size_t(tab)]->setCurrentIndex(note.isEmpty() && m_result ? 0 : 1);
}

void RiskCharts::rebuild()
{
    const RiskReport *stored = !m_result ? nullptr
                               : m_storedOnly ? &m_result->report
                               : (m_result->baseline ? &*m_result->baseline : nullptr);
    const RiskReport *masked = m_result && !m_storedOnly ? &m_result->report : nullptr;
    m_after = masked ? recordsPerBucket(*masked) : Buckets{};
    m_before = stored ? recordsPerBucket(*stored) : Buckets{};
    rebuildClassSizes();
    rebuildBeforeAfter();
    rebuildLoss();
    for (QChart *c : {m_classSizes, m_beforeAfter, m_loss}) {
        c->setMinimumHeight(160);
        ChartStyle::applyTo(c, palette());
    }
    if (!m_result) {
        for (Tab t : {ClassSizesTab, BeforeAfterTab, LossTab})
            showNote(t, m_emptyNote);
        return;
    }
    // Stored-only: the stored data's risk still shows; the loss needs the masked data.
    showNote(ClassSizesTab, m_storedOnly ? QString() : m_riskNote);
    showNote(BeforeAfterTab, m_storedOnly ? QString() : m_riskNote);
    showNote(LossTab, m_storedOnly          ? m_riskNote
                      : m_lossFields.isEmpty() ? tr("No field loses information.")
                                               : QString());
}

void RiskCharts::setSeriesNames(const QString &before, const QString &after)
{
    m_beforeName = before;
    m_afterName = after;
    rebuild();
}

QString RiskCharts::beforeName() const
{
    return m_beforeName.isEmpty() ? tr("Stored") : m_beforeName;
}

QString RiskCharts::afterName() const
{
    return m_afterName.isEmpty() ? tr("Masked") : m_afterName;
}

void RiskCharts::rebuildClassSizes()
{
    m_classSizes = ChartStyle::freshChart(m_classSizesView);
    auto *series = new QBarSeries;
    const bool hasStored = m_result && (m_storedOnly || m_result->baseline);
    const bool hasMasked = m_result && !m_storedOnly;
    quint64 top = 0;
    auto *before = new QBarSet(beforeName());
    auto *after = new QBarSet(afterName());
    for (int i = 0; i < kBuckets; ++i) {
        *before << double(m_before[size_t(i)]);
        *after << double(m_after[size_t(i)]);
        top = std::max({top, m_before[size_t(i)], m_after[size_t(i)]});
    }
    before->setColor(palette().color(QPalette::Mid));
    after->setColor(palette().color(QPalette::Highlight));
    if (hasStored)
        series->append(before);
    else
        delete before;
    if (hasMasked)
        series->append(after);
    else
        delete after;
    m_classSizes->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(bucketLabels());
    x->setTitleText(tr("Class size"));
    QCategoryAxis *y = ChartStyle::valueAxis(ChartStyle::niceTicks(double(top)), countLabel);
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
    m_beforeAfter = ChartStyle::freshChart(m_beforeAfterView);
    auto *series = new QBarSeries;
    auto add = [this, series](const QString &name, const RiskReport &r, QColor c) {
        auto *set = new QBarSet(name);
        set->setColor(c);
        *set << 100.0 * r.sampleUniques << 100.0 * r.recordsBelowKFraction
             << 100.0 * r.prosecutorRiskMax << 100.0 * r.prosecutorRiskAvg;
        series->append(set);
    };
    if (m_result && m_storedOnly)
        add(beforeName(), m_result->report, palette().color(QPalette::Mid));
    else if (m_result && m_result->baseline)
        add(beforeName(), *m_result->baseline, palette().color(QPalette::Mid));
    if (m_result && !m_storedOnly)
        add(afterName(), m_result->report, palette().color(QPalette::Highlight));
    m_beforeAfter->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append({tr("Uniques"), tr("Below k"), tr("Max risk"), tr("Avg risk")});
    x->setTruncateLabels(false);
    QCategoryAxis *y = ChartStyle::valueAxis(ChartStyle::niceTicks(100.0), percentLabel);
    m_beforeAfter->addAxis(x, Qt::AlignBottom);
    m_beforeAfter->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_beforeAfter->legend()->setVisible(true);
    m_beforeAfter->legend()->setAlignment(Qt::AlignTop);
}

void RiskCharts::rebuildLoss()
{
    m_loss = ChartStyle::freshChart(m_lossView);
    m_lossFields.clear();
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Information loss"));
    set->setColor(palette().color(QPalette::Highlight));
    QStringList categories;
    std::vector<FieldLoss> shown;
    if (m_result && !m_storedOnly) {
        // Fields that lose something, largest loss on top (a horizontal bar axis runs upwards).
        for (const FieldLoss &f : m_result->fieldLoss) {
            if (f.loss > 0.0 || m_result->quasi.contains(f.field))
                shown.push_back(f);
        }
        std::stable_sort(shown.begin(), shown.end(),
                         [](const FieldLoss &a, const FieldLoss &b) { return a.loss > b.loss; });
        for (const FieldLoss &f : shown)
            m_lossFields.append(f.field);
        for (auto it = shown.rbegin(); it != shown.rend(); ++it) {
            // Category labels must be unique: elided names that collide keep their full name.
            QString label = elided(it->field);
            if (categories.contains(label))
                label = it->field;
            categories.append(label);
            *set << 100.0 * it->loss;
        }
    }
    // The bar names its field in full, e.g. when the axis elides it.
    QStringList fullNames;
    for (auto it = shown.rbegin(); it != shown.rend(); ++it)
        fullNames.append(it->field);
    connect(set, &QBarSet::hovered, this, [fullNames, set](bool on, int index) {
        if (!on || index < 0 || index >= fullNames.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), tr("%1: %2 %").arg(fullNames.at(index),
                                                              QLocale().toString(set->at(index),
                                                                                 'f', 1)));
    });
    series->append(set);
    m_loss->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    y->setTruncateLabels(false); // field names are what the chart is about
    QCategoryAxis *x = ChartStyle::valueAxis(ChartStyle::niceTicks(100.0), percentLabel);
    m_loss->addAxis(y, Qt::AlignLeft);
    m_loss->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    m_loss->legend()->setVisible(false);
    // Every bar gets a text line of its own, so that the axis names each one.
    const int row = fontMetrics().height() + 8;
    m_lossView->setMinimumHeight(std::max(160, int(categories.size()) * row + 3 * row));
}

} // namespace steward::ui
