#include "ui/classification/FieldProfilePanel.h"

#include "ui/widgets/ChartStyle.h"
#include "ui/classification/ClassificationModel.h"
#include "ui/widgets/GradeStyle.h"
#include "core/classify/SensitiveDiagnoses.h"
#include "core/store/ProjectStore.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QGroupBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScrollArea>
#include <QTimeZone>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace steward::ui {

namespace {

constexpr int kValueChars = 40;
constexpr int kBarLabelPixels = 110;
constexpr int kNameMaxPixels = 150;
constexpr int kHistogramHeight = 170;
constexpr int kBarHeight = 22;

QString elided(const QString &text, int chars)
{
    const QString oneLine = text.simplified();
    if (oneLine.size() <= chars)
        return oneLine;
    return oneLine.left(chars - 1) + QChar(0x2026);
}

QString percentText(double share)
{
    const QLocale locale;
    const double percent = share * 100.0;
    const int decimals = percent > 0.0 && percent < 10.0 ? 1 : 0;
    return FieldProfilePanel::tr("%1%").arg(locale.toString(percent, 'f', decimals));
}

void clearGrid(QGridLayout *grid)
{
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QLabel *gridLabel(const QString &text, QWidget *parent, bool value)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    if (value) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        label->setWordWrap(true);
    } else {
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        // Short names stay on one line; long ones (detector labels) wrap.
        label->setWordWrap(label->fontMetrics().horizontalAdvance(text) > kNameMaxPixels);
    }
    return label;
}

void fillGrid(QGridLayout *grid, const QList<std::pair<QString, QString>> &rows, QWidget *parent)
{
    clearGrid(grid);
    int row = 0;
    for (const auto &[name, value] : rows) {
        grid->addWidget(gridLabel(name, parent, false), row, 0);
        grid->addWidget(gridLabel(value, parent, true), row, 1);
        ++row;
    }
    grid->setColumnStretch(0, 0);
    grid->setColumnStretch(1, 1);
}

QGroupBox *section(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setFlat(true);
    return box;
}

// x of a histogram key on the chart: numbers as they are; naive date-times (seconds since
// 1970 without a zone) as local msecs, which is what QDateTimeAxis shows.
qreal chartX(double key, FieldHistogram::Scale scale)
{
    if (scale == FieldHistogram::Scale::Number)
        return key;
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(qint64(std::floor(key)), QTimeZone::utc());
    return qreal(QDateTime(utc.date(), utc.time()).toMSecsSinceEpoch());
}

} // namespace

FieldProfilePanel::FieldProfilePanel(QWidget *parent)
    : QWidget(parent),
      m_query(new HistogramQuery(this)),
      m_scroll(new QScrollArea(this)),
      m_content(new QWidget(m_scroll)),
      m_placeholder(new QLabel(this)),
      m_title(new QLabel(m_content)),
      m_subtitle(new QLabel(m_content)),
      m_gradeChip(new QLabel(m_content)),
      m_ratingLabel(new QLabel(m_content)),
      m_suggestionLabel(new QLabel(m_content)),
      m_evidenceLabel(new QLabel(m_content)),
      m_decisionLabel(new QLabel(m_content)),
      m_decisionDetail(new QLabel(m_content)),
      m_profileGrid(new QGridLayout),
      m_histogramBox(section(tr("Distribution"), m_content)),
      m_histogramChart(new QChart),
      m_histogramView(nullptr),
      m_histogramStatus(new QLabel(m_content)),
      m_topValuesBox(section(tr("Most frequent values"), m_content)),
      m_topValuesChart(new QChart),
      m_topValuesView(nullptr),
      m_patternsBox(section(tr("Value patterns"), m_content)),
      m_patternsGrid(new QGridLayout),
      m_detectorsBox(section(tr("Detector hits"), m_content)),
      m_detectorsGrid(new QGridLayout)
{
    setObjectName(QStringLiteral("fieldProfilePanel"));
    connect(m_query, &HistogramQuery::finished, this, &FieldProfilePanel::histogramFinished);
    connect(m_query, &HistogramQuery::failed, this, &FieldProfilePanel::histogramFailed);

    m_placeholder->setObjectName(QStringLiteral("profilePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setText(tr("Select a field to see its profile."));

    m_title->setObjectName(QStringLiteral("profileTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    m_gradeChip->setObjectName(QStringLiteral("profileGradeChip"));
    m_gradeChip->setAlignment(Qt::AlignCenter);
    m_gradeChip->setAutoFillBackground(true);
    m_gradeChip->setMargin(4);
    QFont chipFont = m_gradeChip->font();
    chipFont.setBold(true);
    m_gradeChip->setFont(chipFont);
    for (QLabel *label : {m_ratingLabel, m_suggestionLabel, m_evidenceLabel, m_decisionLabel,
                          m_decisionDetail}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_ratingLabel->setObjectName(QStringLiteral("profileRatingLabel"));
    m_suggestionLabel->setObjectName(QStringLiteral("profileSuggestionLabel"));
    m_suggestionLabel->setForegroundRole(QPalette::PlaceholderText);
    m_evidenceLabel->setObjectName(QStringLiteral("profileEvidenceLabel"));
    m_decisionLabel->setObjectName(QStringLiteral("profileDecisionLabel"));
    m_decisionDetail->setObjectName(QStringLiteral("profileDecisionDetail"));

    auto *ratingRow = new QHBoxLayout;
    ratingRow->addWidget(m_gradeChip);
    ratingRow->addWidget(m_ratingLabel, 1);

    QGroupBox *profileBox = section(tr("Profile"), m_content);
    profileBox->setLayout(m_profileGrid);

    m_histogramView = ChartStyle::makeView(m_histogramChart, m_histogramBox);
    m_histogramView->setObjectName(QStringLiteral("histogramChartView"));
    m_histogramView->setMinimumHeight(kHistogramHeight);
    m_histogramChart->legend()->hide();
    m_histogramStatus->setObjectName(QStringLiteral("histogramStatus"));
    m_histogramStatus->setForegroundRole(QPalette::PlaceholderText);
    m_histogramStatus->setWordWrap(true);
    auto *histogramLayout = new QVBoxLayout(m_histogramBox);
    histogramLayout->addWidget(m_histogramView);
    histogramLayout->addWidget(m_histogramStatus);

    m_topValuesView = ChartStyle::makeView(m_topValuesChart, m_topValuesBox);
    m_topValuesView->setObjectName(QStringLiteral("topValuesChartView"));
    m_topValuesChart->legend()->hide();
    connect(m_topValuesChart, &QChart::plotAreaChanged, this, &FieldProfilePanel::placeTopValueCounts);
    auto *topLayout = new QVBoxLayout(m_topValuesBox);
    topLayout->addWidget(m_topValuesView);

    m_patternsBox->setLayout(m_patternsGrid);
    m_detectorsBox->setLayout(m_detectorsGrid);

    auto *content = new QVBoxLayout(m_content);
    content->addWidget(m_title);
    content->addWidget(m_subtitle);
    content->addSpacing(6);
    content->addLayout(ratingRow);
    content->addWidget(m_suggestionLabel);
    content->addWidget(m_evidenceLabel);
    content->addWidget(m_decisionLabel);
    content->addWidget(m_decisionDetail);
    content->addWidget(profileBox);
    content->addWidget(m_histogramBox);
    content->addWidget(m_topValuesBox);
    content->addWidget(m_patternsBox);
    content->addWidget(m_detectorsBox);
    content->addStretch(1);

    m_scroll->setObjectName(QStringLiteral("profileScrollArea"));
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_scroll);
    clearField();
}

FieldProfilePanel::~FieldProfilePanel()
{
    m_query->stop();
}

QWidget *FieldProfilePanel::histogramView() const
{
    return m_histogramView;
}

QWidget *FieldProfilePanel::topValuesView() const
{
    return m_topValuesView;
}

void FieldProfilePanel::setProject(const ProjectStore *store)
{
    m_query->stop();
    m_store = store;
    m_histograms.clear();
    m_wantedHistogram.clear();
}

QString FieldProfilePanel::cacheKey(const HistogramQuery::Request &request)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(request.datasetId)
        .arg(request.datasetVersion)
        .arg(request.position)
        .arg(int(request.scale));
}

void FieldProfilePanel::clearField()
{
    m_fieldName.clear();
    m_wantedHistogram.clear();
    m_histogram = FieldHistogram();
    m_scroll->hide();
    m_placeholder->show();
}

void FieldProfilePanel::showField(const DatasetInfo &dataset, const FieldClassification &field,
                                  const std::shared_ptr<const DetectorSet> &detectors)
{
    const bool sameField = m_fieldName == field.name && m_scroll->isVisible();
    m_fieldName = field.name;
    m_placeholder->hide();
    m_scroll->show();
    m_title->setText(field.name);
    m_subtitle->setText(tr("%1 · column %2")
                            .arg(ClassificationModel::typeText(field.type),
                                 QLocale().toString(field.position + 1)));
    showClassification(field);
    showProfile(field.profile);
    showTopValues(field.profile);
    showLists(field.profile, detectors);
    if (!field.hasProfile) {
        fillGrid(m_profileGrid, {{tr("Not profiled yet"), QString()}}, m_content);
        m_topValuesBox->hide();
        m_patternsBox->hide();
        m_detectorsBox->hide();
    }
    requestHistogram(dataset, field);
    if (!sameField)
        m_scroll->ensureVisible(0, 0);
}

void FieldProfilePanel::showClassification(const FieldClassification &field)
{
    const ClassificationModel::Rating rating = ClassificationModel::shownRating(field);
    const bool rated = rating.valid;
    const int grade = rated ? rating.grade : 0;
    m_gradeChip->setText(rated ? QLocale().toString(grade) : tr("?"));
    QPalette chip = m_gradeChip->palette();
    chip.setColor(QPalette::Window, GradeStyle::accent(grade));
    chip.setColor(QPalette::WindowText, GradeStyle::onAccent(grade));
    m_gradeChip->setPalette(chip);
    m_gradeChip->setMinimumWidth(m_gradeChip->fontMetrics().height() * 2);
    m_gradeChip->setToolTip(GradeStyle::scopeText(grade));

    if (rated) {
        m_ratingLabel->setText(tr("%1 · %2\n%3")
                                   .arg(Taxonomy::fieldRoleLabel(rating.role),
                                        Taxonomy::dataCategoryLabel(rating.category),
                                        GradeStyle::scopeText(grade)));
    } else {
        m_ratingLabel->setText(tr("No suggestion yet"));
    }

    QString suggestion;
    if (field.hasSuggestion) {
        const Suggestion &s = field.suggestion;
        suggestion = tr("Suggested: %1, %2, grade %3 (confidence %4)")
                         .arg(Taxonomy::fieldRoleLabel(s.role),
                              Taxonomy::dataCategoryLabel(s.category), QLocale().toString(s.grade),
                              ClassificationModel::confidenceText(s.confidence));
    }
    m_suggestionLabel->setText(suggestion);
    m_suggestionLabel->setVisible(!suggestion.isEmpty());
    m_evidenceLabel->setText(field.hasSuggestion ? field.suggestion.evidence : QString());
    m_evidenceLabel->setVisible(field.hasSuggestion && !field.suggestion.evidence.isEmpty());

    m_decisionLabel->setText(ClassificationModel::decisionText(field));
    QFont font = m_decisionLabel->font();
    font.setBold(true);
    m_decisionLabel->setFont(font);
    QStringList detail;
    if (field.decision.confirmed && !field.decision.reason.isEmpty())
        detail << tr("Reason: %1").arg(field.decision.reason);
    detail << ClassificationModel::decisionToolTip(field);
    m_decisionDetail->setText(detail.join(QLatin1Char('\n')));
}

void FieldProfilePanel::showProfile(const FieldProfile &p)
{
    const QLocale locale;
    const qint64 rows = p.nonEmpty + p.missing;
    QList<std::pair<QString, QString>> lines;
    lines.append({tr("Non-empty"), locale.toString(p.nonEmpty)});
    lines.append({tr("Missing"),
                  rows > 0 && p.missing > 0
                      ? tr("%1 (%2)").arg(locale.toString(p.missing),
                                          percentText(double(p.missing) / double(rows)))
                      : locale.toString(p.missing)});
    lines.append({tr("Distinct"), locale.toString(p.distinct)});
    if (p.nonEmpty > 0) {
        lines.append({tr("Minimum"), elided(p.min, kValueChars)});
        lines.append({tr("Maximum"), elided(p.max, kValueChars)});
        lines.append({tr("Length"),
                      p.minLength == p.maxLength
                          ? tr("%Ln character(s)", nullptr, int(p.minLength))
                          : tr("%1–%2 characters (mean %3)")
                                .arg(locale.toString(p.minLength), locale.toString(p.maxLength),
                                     locale.toString(p.meanLength, 'f', 1))});
    }
    fillGrid(m_profileGrid, lines, m_content);
}

void FieldProfilePanel::showTopValues(const FieldProfile &p)
{
    m_topValuesChart->removeAllSeries();
    m_topValuesSeries = nullptr;
    qDeleteAll(m_topValueCounts);
    m_topValueCounts.clear();
    m_topValueFigures.clear();
    m_topValuesChart = ChartStyle::freshChart(m_topValuesView);
    m_topValuesChart->legend()->hide();
    connect(m_topValuesChart, &QChart::plotAreaChanged, this, &FieldProfilePanel::placeTopValueCounts);
    m_topValuesBox->setVisible(!p.topValues.isEmpty());
    if (p.topValues.isEmpty())
        return;

    auto *axisY = new QBarCategoryAxis;
    const QFontMetrics labelMetrics(axisY->labelsFont());
    auto *set = new QBarSet(tr("Rows"));
    QStringList categories;
    qint64 largest = 0;
    // Bottom to top: the most frequent value ends up at the top.
    for (qsizetype i = p.topValues.size() - 1; i >= 0; --i) {
        const ValueCount &v = p.topValues.at(i);
        QString label =
            labelMetrics.elidedText(v.value.simplified(), Qt::ElideRight, kBarLabelPixels);
        while (categories.contains(label)) // elided values may collide; categories must differ
            label += QChar(0x200B);
        categories << label;
        set->append(double(v.count));
        largest = std::max(largest, v.count);
    }
    set->setColor(palette().color(QPalette::Highlight));
    set->setBorderColor(palette().color(QPalette::Highlight));
    set->setLabelColor(palette().color(QPalette::WindowText));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    // The series' own labels cannot group digits ("@value" is 12345): the counts are text items
    // in the user's locale, placed at the bar ends whenever the plot area moves.
    series->setLabelsVisible(false);
    m_topValuesChart->addSeries(series);
    m_topValuesSeries = series;
    const QLocale locale;
    for (qsizetype i = p.topValues.size() - 1; i >= 0; --i) {
        auto *item = new QGraphicsSimpleTextItem(locale.toString(p.topValues.at(i).count), m_topValuesChart);
        item->setBrush(palette().color(QPalette::WindowText));
        m_topValueCounts.append(item);
        m_topValueFigures.append(p.topValues.at(i).count);
    }

    axisY->append(categories);
    axisY->setGridLineVisible(false);
    axisY->setTruncateLabels(false); // elided above to a width that fits
    auto *axisX = new QValueAxis;
    axisX->setRange(0.0, double(largest) * 1.3 + 1.0);
    axisX->setVisible(false);
    axisX->setGridLineVisible(false);
    m_topValuesChart->addAxis(axisY, Qt::AlignLeft);
    m_topValuesChart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    ChartStyle::applyTo(m_topValuesChart, palette());
    const int height = int(categories.size()) * kBarHeight + 12;
    m_topValuesView->setMinimumHeight(height);
    m_topValuesView->setMaximumHeight(height);
}

void FieldProfilePanel::placeTopValueCounts()
{
    if (!m_topValuesSeries)
        return;
    for (qsizetype i = 0; i < m_topValueCounts.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_topValueCounts.at(i);
        const QPointF end = m_topValuesChart->mapToPosition(
            QPointF(double(m_topValueFigures.at(i)), double(i)), m_topValuesSeries);
        item->setPos(end.x() + 4.0, end.y() - item->boundingRect().height() / 2.0);
    }
}

QStringList FieldProfilePanel::topValueCounts() const
{
    QStringList counts;
    for (auto it = m_topValueCounts.crbegin(); it != m_topValueCounts.crend(); ++it)
        counts << (*it)->text();
    return counts;
}

void FieldProfilePanel::showLists(const FieldProfile &p,
                                  const std::shared_ptr<const DetectorSet> &detectors)
{
    const double sampled = p.sampled > 0 ? double(p.sampled) : 1.0;
    QList<std::pair<QString, QString>> patterns;
    for (const ValueCount &pattern : p.patterns)
        patterns.append({elided(pattern.value, kValueChars), percentText(double(pattern.count) / sampled)});
    fillGrid(m_patternsGrid, patterns, m_content);
    m_patternsBox->setVisible(!patterns.isEmpty());

    const auto detectorLabel = [&detectors](const QString &id) {
        const int index = detectors ? detectors->detectorIndex(id) : -1;
        return index >= 0 ? detectors->detector(index).label.text() : id;
    };
    const auto groupLabel = [&detectors](const QString &id) {
        const int index = detectors ? detectors->sensitive().groupIndex(id) : -1;
        return index >= 0 ? detectors->sensitive().group(index).label.text() : id;
    };

    // Highest rate first.
    QList<std::pair<double, QString>> rates;
    for (auto it = p.detectorHits.cbegin(); it != p.detectorHits.cend(); ++it)
        rates.append({double(it.value()) / sampled, detectorLabel(it.key())});
    std::stable_sort(rates.begin(), rates.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<std::pair<QString, QString>> lines;
    for (const auto &[rate, label] : rates)
        lines.append({label, percentText(rate)});

    QList<std::pair<double, QString>> embedded;
    for (auto it = p.embeddedHits.cbegin(); it != p.embeddedHits.cend(); ++it)
        embedded.append({double(it.value()) / sampled, detectorLabel(it.key())});
    std::stable_sort(embedded.begin(), embedded.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[rate, label] : embedded)
        lines.append({tr("In text: %1").arg(label), percentText(rate)});

    const QLocale locale;
    const auto valuesText = [&locale](qint64 n) {
        return n == 1 ? tr("1 value") : tr("%1 values").arg(locale.toString(n));
    };
    for (auto it = p.sensitiveCodes.cbegin(); it != p.sensitiveCodes.cend(); ++it)
        lines.append({tr("Codes: %1").arg(groupLabel(it.key())),
                      valuesText(it.value())});
    for (auto it = p.sensitiveMentions.cbegin(); it != p.sensitiveMentions.cend(); ++it)
        lines.append({tr("Mentions: %1").arg(groupLabel(it.key())),
                      valuesText(it.value())});
    if (lines.isEmpty() && p.sampled > 0)
        lines.append({tr("No detector matched"), QString()});
    fillGrid(m_detectorsGrid, lines, m_content);
    m_detectorsBox->setVisible(!lines.isEmpty());
}

void FieldProfilePanel::requestHistogram(const DatasetInfo &dataset, const FieldClassification &field)
{
    std::optional<FieldHistogram::Scale> scale;
    if (field.type == QLatin1String("integer") || field.type == QLatin1String("decimal"))
        scale = FieldHistogram::Scale::Number;
    else if (field.type == QLatin1String("date") || field.type == QLatin1String("datetime"))
        scale = FieldHistogram::Scale::Time;
    if (!scale || !m_store || !field.hasProfile || field.profile.nonEmpty == 0) {
        m_wantedHistogram.clear();
        m_histogram = FieldHistogram();
        m_histogramBox->hide();
        return;
    }
    const HistogramQuery::Request request = HistogramQuery::request(dataset, field.position, *scale);
    const QString key = cacheKey(request);
    m_histogramBox->show();
    if (key == m_wantedHistogram && !m_histogram.isEmpty())
        return;
    m_wantedHistogram = key;
    const auto cached = m_histograms.constFind(key);
    if (cached != m_histograms.cend()) {
        drawHistogram(*cached);
        return;
    }
    m_histogram = FieldHistogram();
    m_histogramChart->removeAllSeries();
    m_histogramView->hide();
    m_histogramStatus->setText(tr("Computing the distribution…"));
    m_histogramStatus->show();
    m_query->start(*m_store, request);
}

void FieldProfilePanel::histogramFinished(const HistogramQuery::Request &request,
                                          const FieldHistogram &histogram)
{
    const QString key = cacheKey(request);
    m_histograms.insert(key, histogram);
    if (key == m_wantedHistogram)
        drawHistogram(histogram);
}

void FieldProfilePanel::histogramFailed(const HistogramQuery::Request &request, const Error &error)
{
    if (cacheKey(request) != m_wantedHistogram)
        return;
    m_histogramView->hide();
    m_histogramStatus->setText(tr("The distribution cannot be computed: %1").arg(error.message));
    m_histogramStatus->show();
}

void FieldProfilePanel::drawHistogram(const FieldHistogram &histogram)
{
    m_histogram = histogram;
    m_histogramChart = ChartStyle::freshChart(m_histogramView);
    m_histogramChart->legend()->hide();
    if (histogram.isEmpty()) {
        m_histogramView->hide();
        m_histogramStatus->setText(tr("No value could be read as a number or a date."));
        m_histogramStatus->show();
        emit histogramShown();
        return;
    }

    const FieldHistogram::Scale scale = histogram.scale();
    auto *upper = new QLineSeries;
    for (const FieldHistogram::Bin &bin : histogram.bins()) {
        upper->append(chartX(bin.from, scale), qreal(bin.count));
        upper->append(chartX(bin.to, scale), qreal(bin.count));
    }
    auto *area = new QAreaSeries(upper);
    QColor fill = palette().color(QPalette::Highlight);
    QColor border = fill;
    fill.setAlphaF(0.55f);
    area->setBrush(fill);
    area->setPen(QPen(border, 1.2));
    m_histogramChart->addSeries(area);

    QAbstractAxis *axisX = nullptr;
    const qreal left = chartX(histogram.bins().first().from, scale);
    const qreal right = chartX(histogram.bins().last().to, scale);
    if (scale == FieldHistogram::Scale::Time) {
        auto *time = new QDateTimeAxis;
        // Numeric forms that fit the span (QDateTimeAxis formats without the locale).
        constexpr qreal kDayMs = 86400.0 * 1000.0;
        const qreal span = right - left;
        time->setFormat(span > 3 * 365 * kDayMs  ? QStringLiteral("yyyy")
                        : span > 90 * kDayMs     ? QStringLiteral("yyyy-MM")
                        : span >= 2 * kDayMs     ? QStringLiteral("yyyy-MM-dd")
                                                 : QStringLiteral("MM-dd hh:mm"));
        time->setTickCount(4);
        time->setTruncateLabels(false);
        time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(left)),
                       QDateTime::fromMSecsSinceEpoch(qint64(right)));
        axisX = time;
    } else {
        auto *value = new QValueAxis;
        value->setRange(left, right);
        value->setTickCount(5);
        value->setLabelFormat(right - left >= 10.0 ? QStringLiteral("%.0f") : QStringLiteral("%.2g"));
        axisX = value;
    }
    axisX->setGridLineVisible(false);
    auto *axisY = new QValueAxis;
    axisY->setRange(0.0, double(histogram.largestBin()));
    axisY->setTickCount(3);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->applyNiceNumbers();
    m_histogramChart->addAxis(axisX, Qt::AlignBottom);
    m_histogramChart->addAxis(axisY, Qt::AlignLeft);
    area->attachAxis(axisX);
    area->attachAxis(axisY);
    ChartStyle::applyTo(m_histogramChart, palette());
    m_histogramView->show();

    const QLocale locale;
    QString status = tr("%1 values in %2 bins")
                         .arg(locale.toString(histogram.total()),
                              locale.toString(histogram.bins().size()));
    if (histogram.unparsed() > 0)
        status += QLatin1Char('\n')
                  + tr("%1 values are not numbers or dates and are left out.")
                        .arg(locale.toString(histogram.unparsed()));
    m_histogramStatus->setText(status);
    m_histogramStatus->show();
    emit histogramShown();
}

void FieldProfilePanel::restyleCharts()
{
    ChartStyle::applyTo(m_histogramChart, palette());
    ChartStyle::applyTo(m_topValuesChart, palette());
    for (QGraphicsSimpleTextItem *item : std::as_const(m_topValueCounts))
        item->setBrush(palette().color(QPalette::WindowText));
}

void FieldProfilePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        restyleCharts();
    QWidget::changeEvent(event);
}

} // namespace steward::ui
