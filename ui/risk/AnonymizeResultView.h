#pragma once

#include "core/risk/AnonymizationService.h"

#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QTableWidget;

namespace steward::ui {

class RiskCharts;

// What an anonymization would do, shown before it is applied: per quasi-identifier the level
// chosen (with an example value), what it replaces of the stored rule and its information loss as
// a bar; the classes, the smallest class, the suppressed records, the average and highest risk and
// the l or t each sensitive attribute reaches; and the class sizes, risk figures and loss per field
// before (as the stored rules generalise the data) and after, in the risk panel's charts.
class AnonymizeResultView final : public QWidget {
    Q_OBJECT
public:
    // "age 39 → 30–39" for a field at a level; empty when there is no example.
    using ExampleFunction = std::function<QString(const QString &field, int level)>;

    explicit AnonymizeResultView(QWidget *parent = nullptr);

    void showOutcome(const AnonymizationOutcome &outcome, const AnonymizationRequest &request,
                     const ExampleFunction &example);
    void clear();

    // What a change does to a field, in words ("replaces level “year”", "kept: the stored rule").
    static QString changeText(const AnonymizationFieldChange &change);

private:
    void fitLevelTable();

    QTableWidget *m_levelTable;
    QLabel *m_summary;
    QLabel *m_suppressionNote;
    RiskCharts *m_charts;
};

} // namespace steward::ui
