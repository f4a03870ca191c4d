#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace steward::ui {

// What makes a dataset name acceptable in the GUI: not empty once trimmed, not too long, and not
// the name of another dataset of the project (compared case-insensitively, so "Inpatients" and
// "inpatients" are not both offered).
class DatasetNameRules final {
    Q_DECLARE_TR_FUNCTIONS(steward::ui::DatasetNameRules)
public:
    // "" when acceptable, else a translated reason. `allowed` is a name that may be reused (the
    // dataset being renamed or replaced).
    static QString problem(const QString &name, const QStringList &existing,
                           const QString &allowed = {});
};

constexpr int kMaxDatasetNameLength = 128;

} // namespace steward::ui
