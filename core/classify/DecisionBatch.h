#pragma once

#include "core/classify/FieldDecision.h"

#include <QList>
#include <QStringList>

namespace steward {

// The effect of one decide()/apply call: the fields' states before and after, for undo/redo
// (ClassificationService::undo(batch) writes `before` back, redo(batch) writes `after`).
// Bound to the dataset id, so it stays valid when the dataset is renamed.
struct DecisionBatch {
    qint64 datasetId = 0;
    QString dataset; // name at the time
    QList<FieldDecisionState> before;
    QList<FieldDecisionState> after;

    // Only for applyFromDataset()/applyTemplate(), field names in column order:
    QStringList applied; // matched and unchanged: decision copied and confirmed
    QStringList changed; // matched but type or suggestion differs: decision carried, unconfirmed
    QStringList added;   // no match in the source: left unconfirmed

    bool isEmpty() const { return before == after; }
};

} // namespace steward
