#pragma once

#include "core/mask/MaskRule.h"
#include "core/mask/ProjectSecret.h"
#include "core/mask/RecordSuppression.h"
#include "core/risk/DatasetRiskAnalysis.h"
#include "core/risk/PopulationRisk.h"
#include "core/store/DatasetInfo.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QToolButton;
class QTreeWidget;

namespace steward {
class ProjectStore;
}

namespace steward::ui {

class FieldChecklist;
class InlineMessage;
class RiskCharts;
class RiskRunner;

// The re-identification risk and information loss of the dataset as the current rules mask it,
// next to the stored data: figures, charts, progress. Every rule change schedules one background
// pass (RiskRunner; a pass still running is cancelled), so the panel follows the editing without
// ever blocking it. Quasi-identifiers and sensitive attributes start from the classification and
// can be adjusted here (a check list that stays open); the target k too. Without any
// quasi-identifier the risk is not measured (one class of everything would read as safe); while
// the rules need the locked project secret only the stored data is measured and the masked
// column says what waits for the passphrase.
class RiskPanel final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 200;

    // The rows of the figures table (column 1: stored data, column 2: masked data).
    enum Figure {
        Records,
        Classes,
        SmallestClass,
        BelowK,
        SampleUniques,
        ProsecutorMax,
        ProsecutorAverage,
        SuppressedRecords,
        SuppressedCells,
        InformationLoss,  // mean over the quasi-identifiers; one child per quasi-identifier
        OtherFieldsChanged, // fields outside the quasi-identifiers that lose information
        FirstLDiversity // one row per sensitive attribute from here
    };

    explicit RiskPanel(QWidget *parent = nullptr);
    ~RiskPanel() override;

    void setProject(ProjectStore *store); // nullptr: stops a running pass
    // Resets the figures; `quasi` and `sensitive` are the classification's.
    void setDataset(const DatasetInfo &dataset, const QStringList &quasi,
                    const QStringList &sensitive);
    // The rules being edited (every column); schedules a pass unless they are the ones measured.
    void setRules(const QList<std::pair<QString, MaskRule>> &rules,
                  const std::optional<ProjectSecret> &secret);
    // Runs a pass now (e.g. after the stored record suppression changed).
    void refresh();

    int k() const;
    void setK(int k);
    QStringList quasi() const { return m_quasi; }
    QStringList sensitive() const { return m_sensitive; }
    void setQuasi(const QStringList &fields);
    void setSensitive(const QStringList &fields);
    // Measures with the quasi-identifiers and k a k-anonymity search used (after its result was
    // applied), so that the panel and the search speak of the same figures.
    void useAnonymization(const QStringList &quasi, int k);
    // Whether the last pass measured the stored data only (the rules need the locked secret).
    bool maskedWaitsForSecret() const { return m_resultStoredOnly; }
    FieldChecklist *quasiChecklist() const { return m_quasiList; }
    FieldChecklist *sensitiveChecklist() const { return m_sensitiveList; }
    bool isRunning() const;
    const std::optional<DatasetRiskResult> &result() const { return m_result; }
    // Text shown for a figure (column 1 stored, 2 masked), for tests and screen readers.
    QString figureText(int row, int column) const;
    RiskCharts *charts() const { return m_charts; }

    // The population the records come from, for the population-based estimates: none, a size
    // (people) or a sampling fraction (0–1 of the population). Remembered per project file and
    // dataset in the settings.
    enum class PopulationMode { None, Size, Fraction };
    PopulationMode populationMode() const;
    double populationValue() const; // people, or a fraction 0–1
    void setPopulation(PopulationMode mode, double value);
    // The estimates for the released data (the masked data; the stored data while the masked
    // data waits for the secret), when a population is given and a pass has measured.
    const std::optional<PopulationRiskEstimate> &populationEstimate() const
    {
        return m_populationEstimate;
    }
    // The plain-words summary under the figures, and its tooltip (which estimator and why).
    QString populationSummary() const;
    QString populationSummaryToolTip() const;

signals:
    // A pass finished with new figures.
    void resultChanged();
    // The records the stored record suppression leaves out (1 per record, stored order; null:
    // none) and whether a pass that will recompute them is running.
    void suppressionChanged(std::shared_ptr<const std::vector<uint8_t>> flags, bool pending);
    // The steward asked for the automatic k-anonymity search.
    void anonymizeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void start();
    void schedule();
    void showResult();
    void showFailure(const QString &message);
    void rebuildFieldMenus();
    void fieldsChosen(QStringList *selected, const QStringList &fields);
    void showMeasuredAt();
    void retranslate();
    void setRunningUi(bool running);
    void populationModeChanged();
    void populationEdited();
    void showPopulation();
    void loadPopulation();
    std::optional<PopulationSpec> populationSpec(const RiskReport &report) const;

    ProjectStore *m_store = nullptr;
    DatasetInfo m_dataset;
    bool m_hasDataset = false;
    QList<std::pair<QString, MaskRule>> m_rules;
    std::optional<ProjectSecret> m_secret;
    QStringList m_quasi;
    QStringList m_sensitive;
    QStringList m_defaultQuasi; // the classification's
    QStringList m_defaultSensitive;
    std::optional<DatasetRiskResult> m_result;
    bool m_resultStoredOnly = false; // m_result measured the stored data only (secret locked)
    bool m_passStoredOnly = false;   // the running pass does
    QDateTime m_measuredAt;
    bool m_suppressionStored = false;
    std::optional<RecordSuppression> m_measuredSuppression; // what the last pass was started with

    QTimer m_debounce;
    RiskRunner *m_runner;
    QLabel *m_kLabel;
    QSpinBox *m_k;
    QToolButton *m_quasiButton;
    QToolButton *m_sensitiveButton;
    FieldChecklist *m_quasiList;
    FieldChecklist *m_sensitiveList;
    QLabel *m_measuredLabel;
    QPushButton *m_anonymize;
    InlineMessage *m_message;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTreeWidget *m_figures;
    RiskCharts *m_charts;
    QLabel *m_populationLabel;
    QComboBox *m_populationMode;
    QDoubleSpinBox *m_populationValue;
    QLabel *m_populationSummary;
    std::optional<PopulationRiskEstimate> m_populationEstimate;
    double m_populationSize = 1000000.0; // the last size and fraction typed, kept across modes
    double m_samplingFraction = 0.1;
};

} // namespace steward::ui
