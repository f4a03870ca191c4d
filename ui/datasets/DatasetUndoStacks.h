#pragma once

#include "core/store/DatasetInfo.h"

#include <QHash>
#include <QString>
#include <QUndoGroup>

#include <functional>

class QUndoStack;

namespace steward::ui {

// One undo history per dataset version for a view (the Classification and Masking tabs each own
// one): a step only ever applies to the data it was made on, so a new version of a dataset (an
// imported replacement) starts an empty history. The active stack is the group's.
class DatasetUndoStacks final : public QUndoGroup {
    Q_OBJECT
public:
    // `stackName` is the object name of the stacks (for tests).
    DatasetUndoStacks(const QString &stackName, QObject *parent);

    // The history of this dataset version (created empty, replacing one of an older version).
    QUndoStack *stackFor(const DatasetInfo &dataset);
    // The history of the dataset, if there is one (any version).
    QUndoStack *existing(qint64 datasetId) const;
    // Drops the histories `drop` picks (by dataset id and version).
    void drop(const std::function<bool(qint64 datasetId, int version)> &drop);
    void dropAll();

private:
    QString m_stackName;
    QHash<qint64, QUndoStack *> m_stacks;
    QHash<qint64, int> m_versions;
};

} // namespace steward::ui
