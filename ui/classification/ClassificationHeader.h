#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace steward {
struct DatasetClassification;
} // namespace steward

namespace steward::ui {

class ClassificationOverviewChart;

// The strip above the classification table: the dataset's grade as a chip, the title, "N of M
// fields need a decision" with a hint on what to do next, the profiling progress with Cancel, and
// the overview chart on the right.
class ClassificationHeader final : public QWidget {
    Q_OBJECT
public:
    explicit ClassificationHeader(QWidget *parent = nullptr);

    // "Classification of “name”"; "No dataset" after clearTitle().
    void setTitle(const QString &datasetName);
    void clearTitle();
    // Grade, counts and hint of `classification`; without a dataset only the empty chip. While
    // a dataset that was never profiled is being profiled, the hint is the one of a profiled one.
    void showState(const DatasetClassification &classification, bool hasDataset, bool profiling);
    // "Dataset grade 4 · 3 of 18 fields need a decision"
    QString text() const;

    void showProgressStarted(const QString &datasetName);
    void showProgress(qint64 done, qint64 total);
    void showCancelling();
    void hideProgress();

    ClassificationOverviewChart *overviewChart() const { return m_overview; }

signals:
    void cancelRequested();

private:
    QLabel *m_gradeChip;
    QLabel *m_gradeCaption;
    QLabel *m_titleLabel;
    QLabel *m_countsLabel;
    QLabel *m_hintLabel;
    QWidget *m_progressRow;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QPushButton *m_cancelButton;
    ClassificationOverviewChart *m_overview;
};

} // namespace steward::ui
