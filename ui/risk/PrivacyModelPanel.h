#pragma once

#include "core/risk/AnonymizationService.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace steward::ui {

// The privacy models beyond k of the anonymize dialog: ceilings on the highest and the average
// prosecutor risk, and per sensitive attribute none, distinct-, entropy- or recursive-(c,l)-
// diversity or t-closeness (ordered distance for numeric fields). Rows start with the fields the
// classification calls sensitive; "Add" takes any other field. Problems of the inputs (a field
// both quasi-identifier and sensitive, an l above the field's distinct values) are reported by
// problem() for the dialog to show inline, never in a message box.
class PrivacyModelPanel final : public QWidget {
    Q_OBJECT
public:
    struct Candidate {
        QString name;
        bool numeric = false; // t-closeness uses the ordered distance
        qint64 distinct = -1; // distinct non-missing values, −1 when unknown
    };

    explicit PrivacyModelPanel(QWidget *parent = nullptr);

    // Every field of the dataset in column order; `sensitive` get a row from the start.
    void setCandidates(const QList<Candidate> &fields, const QStringList &sensitive);
    QStringList rows() const; // the fields listed, in order
    // Adds a row for `field` (no model yet); returns its row, or −1 for an unknown field.
    int addRow(const QString &field);
    // Sets a row's model by hand (tests, presets).
    void setModel(int row, SensitiveModel::Kind kind, double parameter, double c = 1.0);
    void clearModel(int row);

    // Fills the risk ceilings and the sensitive models into `request`.
    void applyTo(AnonymizationRequest &request) const;
    // The k asked for, so that the risk note can say what a highest-risk ceiling does to it.
    void setTargetK(int k);
    // What is wrong with the models for these quasi-identifiers (translated), empty when the
    // search can run.
    QString problem(const QStringList &quasi) const;
    // Number of models in force (sensitive attributes and ceilings), for the tab title.
    int activeCount() const;
    void setBusy(bool busy);

signals:
    void inputChanged();

private:
    enum Column { NameColumn, ModelColumn, ParameterColumn, CColumn, MeaningColumn, ColumnCount };
    // Model combo entries (the item data).
    enum ModelChoice { NoModel, Distinct, Entropy, Recursive, Closeness };

    void configureRow(int row);
    QComboBox *modelBox(int row) const;
    QDoubleSpinBox *parameterSpin(int row) const;
    QDoubleSpinBox *cSpin(int row) const;
    void updateRiskNote();

    QCheckBox *m_maxRiskCheck;
    QDoubleSpinBox *m_maxRisk;
    QCheckBox *m_avgRiskCheck;
    QDoubleSpinBox *m_avgRisk;
    QLabel *m_riskNote;
    QTableWidget *m_table;
    QComboBox *m_add;
    QList<Candidate> m_candidates;
    int m_k = 0;
    bool m_busy = false;
};

} // namespace steward::ui
