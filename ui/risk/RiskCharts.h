#pragma once

#include "core/risk/DatasetRiskAnalysis.h"

#include <QTabWidget>

#include <array>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace steward::ui {

// The charts of the risk panel, one tab each: how many records sit in classes of each size
// (before and after masking), the risk figures before vs after, and the information loss per
// field (a horizontal bar per field, every one named; the tab scrolls when the fields do not
// fit). Axes have round 1-2-5 ticks with the locale's thousands separators; a chart with
// nothing to show says why instead of drawing empty axes.
class RiskCharts final : public QTabWidget {
    Q_OBJECT
public:
    // Class-size buckets: 1, 2, 3–4, 5–9, 10–19, 20–49, 50 and more.
    static constexpr int kBuckets = 7;
    using Buckets = std::array<quint64, kBuckets>;
    static int bucketOf(quint64 classSize);
    // Records per bucket (a class of size s holds s records).
    static Buckets recordsPerBucket(const RiskReport &report);

    enum Tab { ClassSizesTab, BeforeAfterTab, LossTab };

    explicit RiskCharts(QWidget *parent = nullptr);

    // A full pass; a non-empty `riskNote` replaces the two risk charts (nothing measured).
    void setResult(const DatasetRiskResult &result, const QString &riskNote = {});
    // A pass that measured the stored data only (in result.report); `maskedNote` says why the
    // masked data is missing and replaces the loss chart.
    void setStoredOnly(const DatasetRiskResult &result, const QString &maskedNote);
    // Nothing to show; `note` says why (empty: no text).
    void clear(const QString &note = {});
    // The legend's names of the two series (default "Stored" and "Masked"); the k-anonymity
    // dialog compares the data before the search with its result.
    void setSeriesNames(const QString &before, const QString &after);
    QString beforeName() const;
    QString afterName() const;

    // What the charts show, for tests.
    const Buckets &afterBuckets() const { return m_after; }
    const Buckets &beforeBuckets() const { return m_before; }
    // Fields in the loss chart, top to bottom.
    QStringList lossFields() const { return m_lossFields; }
    // The text shown instead of a tab's chart (empty when the chart shows).
    QString emptyText(Tab tab) const;
    // The labels of the value axis of a tab's chart, bottom to top (or left to right).
    QStringList valueAxisLabels(Tab tab) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QString m_beforeName;
    QString m_afterName;
    void rebuildClassSizes();
    void rebuildBeforeAfter();
    void rebuildLoss();
    void showNote(Tab tab, const QString &note);
    void retranslate();

    QChart *m_classSizes;
    QChart *m_beforeAfter;
    QChart *m_loss;
    QChartView *m_classSizesView;
    QChartView *m_beforeAfterView;
    QChartView *m_lossView;
    std::array<QStackedWidget *, 3> m_stacks{};
    std::array<QLabel *, 3> m_notes{};
    std::optional<DatasetRiskResult> m_result;
    bool m_storedOnly = false;
    QString m_riskNote;  // instead of the risk charts
    QString m_emptyNote; // without a result
    Buckets m_after{};
    Buckets m_before{};
    QStringList m_lossFields;
};

} // namespace steward::ui
