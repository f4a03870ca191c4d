#include "ui/review/ReviewRiskPage.h"

#include "ui/review/ReviewText.h"
#include "ui/risk/RiskCharts.h"
#include "ui/widgets/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace steward::ui {

namespace {

QStringList bucketLabels()
{
    return {ReviewRiskPage::tr("1"), ReviewRiskPage::tr("2"), ReviewRiskPage::tr("3–4"),
            ReviewRiskPage::tr("5–9"), ReviewRiskPage::tr("10–19"), ReviewRiskPage::tr("20–49"),
            ReviewRiskPage::tr("50+")};
}

QString countLabel(double value)
{
    return QLocale().toString(qint64(value + 0.5));
}

struct Figure {
    const char *key;
    bool fraction;
};

} // namespace

ReviewRiskPage::Buckets ReviewRiskPage::recordsPerBucket(const QJsonArray &classSizes)
{
    Buckets buckets{};
    for (const QJsonValue &value : classSizes) {
        const QJsonArray pair = value.toArray();
        if (pair.size() != 2)
            continue;
        const auto size = quint64(std::max(0.0, pair.at(0).toDouble()));
        const auto classes = quint64(std::max(0.0, pair.at(1).toDouble()));
        if (size == 0)
            continue;
        buckets[size_t(RiskCharts::bucketOf(size))] += size * classes;
    }
    return buckets;
}

ReviewRiskPage::ReviewRiskPage(QWidget *parent)
    : QWidget(parent),
      m_dataset(new QComboBox(this)),
      m_datasetLabel(new QLabel(tr("&Dataset:"), this)),
      m_words(new QLabel(this)),
      m_figures(new QTableWidget(this)),
      m_chart(ChartStyle::makeView(new QChart, this))
{
    setObjectName(QStringLiteral("reviewRiskPage"));
    m_dataset->setObjectName(QStringLiteral("riskDatasetCombo"));
    m_datasetLabel->setBuddy(m_dataset);
    m_words->setObjectName(QStringLiteral("riskWords"));
    m_words->setWordWrap(true);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setObjectName(QStringLiteral("riskFigures"));
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setSelectionMode(QAbstractItemView::NoSelection);
    m_figures->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_figures->horizontalHeader()->setStretchLastSection(true);
    m_figures->setWordWrap(true);
    // As tall as its rows: the chart beside takes the room.
    m_figures->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_figures->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_figures->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chart->setObjectName(QStringLiteral("reviewClassSizeChart"));
    m_chart->setMinimumHeight(240);

    auto *top = new QHBoxLayout;
    top->addWidget(m_datasetLabel);
    top->addWidget(m_dataset, 1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_words);
    leftLayout->addWidget(m_figures);
    leftLayout->addStretch(1);
    // Shares by stretch, not by size hints: the figures table would take the whole width.
    auto *columns = new QHBoxLayout;
    columns->addWidget(left, 2);
    columns->addWidget(m_chart, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(columns, 1);

    connect(m_dataset, &QComboBox::currentIndexChanged, this, &ReviewRiskPage::showDataset);
}

void ReviewRiskPage::setDatasets(const QJsonArray &datasets)
{
    m_datasets = datasets;
    m_current = -1;
    const QSignalBlocker blocker(m_dataset);
    m_dataset->clear();
    for (const QJsonValue &value : datasets)
        m_dataset->addItem(value.toObject().value(QStringLiteral("name")).toString());
    m_dataset->setVisible(datasets.size() > 1);
    m_datasetLabel->setVisible(datasets.size() > 1);
    showDataset(datasets.isEmpty() ? -1 : 0);
}

void ReviewRiskPage::showDataset(int index)
{
    m_current = index;
    const QJsonObject dataset = index >= 0 && index < m_datasets.size()
                                    ? m_datasets.at(index).toObject() : QJsonObject();
    const QJsonObject after = dataset.value(QStringLiteral("risk")).toObject();
    const QJsonObject before = dataset.value(QStringLiteral("risk_before")).toObject();
    m_words->setText(ReviewText::riskInWords(after) + QLatin1Char(' ')
                     + tr("A group is the records that share the same values of the fields "
                          "that could identify a person; the chart counts the records in groups "
                          "of each size."));

    static const Figure figures[] = {{"k", false},           {"classes", false},
                                     {"min_class", false},   {"records_below_k", false},
                                     {"prosecutor_max", true}, {"prosecutor_avg", true},
                                     {"sample_uniques", true}, {"suppressed", false}};
    const QStringList names = {tr("Policy minimum group size (k)"), tr("Groups of records"),
                               tr("Smallest group"), tr("Records in groups below k"),
                               tr("Highest chance of singling out a person"),
                               tr("Average chance of singling out a person"),
                               tr("Records unique in the data"), tr("Records withheld")};
    m_figures->clear();
    m_figures->setColumnCount(2);
    m_figures->setHorizontalHeaderLabels({tr("Before masking"), tr("Released")});
    m_figures->setRowCount(int(std::size(figures)));
    for (int row = 0; row < int(std::size(figures)); ++row) {
        const QString key = QString::fromLatin1(figures[row].key);
        auto text = [&](const QJsonObject &risk) {
            return figures[row].fraction ? ReviewText::percent(risk.value(key))
                                         : ReviewText::count(risk.value(key));
        };
        m_figures->setVerticalHeaderItem(row, new QTableWidgetItem(names.at(row)));
        m_figures->setItem(row, 0, new QTableWidgetItem(text(before)));
        m_figures->setItem(row, 1, new QTableWidgetItem(text(after)));
    }
    m_after = recordsPerBucket(dataset.value(QStringLiteral("class_sizes")).toArray());
    m_hasBefore = dataset.contains(QStringLiteral("class_sizes_before"));
    m_before = recordsPerBucket(dataset.value(QStringLiteral("class_sizes_before")).toArray());
    rebuildChart();
}

QString ReviewRiskPage::wordsText() const
{
    return m_words->text();
}

void ReviewRiskPage::rebuildChart()
{
    QChart *chart = ChartStyle::freshChart(m_chart);
    auto *series = new QBarSeries;
    quint64 top = 0;
    if (m_hasBefore) {
        auto *before = new QBarSet(tr("Before masking"));
        before->setColor(palette().color(QPalette::Mid));
        for (quint64 v : m_before) {
            *before << double(v);
            top = std::max(top, v);
        }
        series->append(before);
    }
    auto *after = new QBarSet(tr("Released"));
    after->setColor(palette().color(QPalette::Highlight));
    for (quint64 v : m_after) {
        *after << double(v);
        top = std::max(top, v);
    }
    series->append(after);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(bucketLabels());
    x->setTitleText(tr("Group size"));
    x->setTruncateLabels(false);
    QCategoryAxis *y = ChartStyle::valueAxis(ChartStyle::niceTicks(double(top)), countLabel);
    y->setTitleText(tr("Records"));
    y->setTruncateLabels(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignTop);
}

void ReviewRiskPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_current >= 0)
        rebuildChart();
}

} // namespace steward::ui
