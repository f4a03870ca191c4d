#pragma once

#include "core/common/Result.h"
#include "core/mask/RecordSuppression.h"
#include "core/store/DatasetInfo.h"

#include <QCoreApplication>

#include <optional>

namespace steward {

class ProjectStore;

// The stored record suppression of a dataset (table `record_suppression`, schema v3; goes with
// its dataset). Writes are one transaction (a savepoint inside the caller's) with one audit entry
// "rules.suppression" naming k and the fields.
class RecordSuppressionStore final {
    Q_DECLARE_TR_FUNCTIONS(steward::RecordSuppressionStore)

public:
    explicit RecordSuppressionStore(ProjectStore &store) : m_store(store) {}

    Result<std::optional<RecordSuppression>> load(const DatasetInfo &dataset);
    // nullopt clears it. BadInput when k < 2, no field is named, or a field is not a column.
    Status save(const DatasetInfo &dataset, const std::optional<RecordSuppression> &suppression);

private:
    ProjectStore &m_store;
};

} // namespace steward
