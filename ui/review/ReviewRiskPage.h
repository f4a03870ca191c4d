#pragma once

#include <QJsonArray>
#include <QWidget>

#include <array>

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace steward::ui {

// The risk of a review package, per dataset: the figures before and after masking side by side,
// the same in plain sentences, and how many records sit in groups of each size (a bar chart,
// before and after when the package has both histograms).
class ReviewRiskPage final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kBuckets = 7; // 1, 2, 3–4, 5–9, 10–19, 20–49, 50+
    using Buckets = std::array<quint64, kBuckets>;
    // Records per bucket of review.json's "class_sizes" ([[size, count]…]).
    static Buckets recordsPerBucket(const QJsonArray &classSizes);

    explicit ReviewRiskPage(QWidget *parent = nullptr);
    // review.json's "datasets".
    void setDatasets(const QJsonArray &datasets);
    void showDataset(int index);

    const Buckets &afterBuckets() const { return m_after; }
    const Buckets &beforeBuckets() const { return m_before; }
    QString wordsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildChart();

    QJsonArray m_datasets;
    int m_current = -1;
    bool m_hasBefore = false;
    Buckets m_before{};
    Buckets m_after{};
    QComboBox *m_dataset;
    QLabel *m_datasetLabel;
    QLabel *m_words;
    QTableWidget *m_figures;
    QChartView *m_chart;
};

} // namespace steward::ui
