#pragma once

#include "core/risk/DatasetRiskAnalysis.h"

#include <QTabWidget>

#include <array>

class QChart;

namespace steward::ui {

// The charts of the risk panel, one tab each: how many records sit in classes of each size
// (before and after masking), the risk figures before vs after, and the information loss per
// field.
class RiskCharts final : public QTabWidget {
    Q_OBJECT
public:
    // Class-size buckets: 1, 2, 3–4, 5–9, 10–19, 20–49, 50 and more.
    static constexpr int kBuckets = 7;
    using Buckets = std::array<quint64, kBuckets>;
    static int bucketOf(quint64 classSize);
    // Records per bucket (a class of size s holds s records).
    static Buckets recordsPerBucket(const RiskReport &report);

    explicit RiskCharts(QWidget *parent = nullptr);

    void setResult(const DatasetRiskResult &result);
    void clear();

    // What the charts show, for tests.
    const Buckets &afterBuckets() const { return m_after; }
    const Buckets &beforeBuckets() const { return m_before; }
    // Fields in the loss chart, top to bottom.
    QStringList lossFields() const { return m_lossFields; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void rebuildClassSizes();
    void rebuildBeforeAfter();
    void rebuildLoss();

    QChart *m_classSizes;
    QChart *m_beforeAfter;
    QChart *m_loss;
    std::optional<DatasetRiskResult> m_result;
    Buckets m_after{};
    Buckets m_before{};
    QStringList m_lossFields;
};

} // namespace steward::ui
