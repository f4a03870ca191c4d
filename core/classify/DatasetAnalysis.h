#pragma once

#include "core/classify/FieldProfile.h"
#include "core/classify/Suggestion.h"

#include <QList>
#include <QString>

namespace steward {

// Result of profiling and classifying one dataset version in the background; written to the
// project by ClassificationService::storeAnalysis() on the thread that owns the project connection.
struct DatasetAnalysis {
    qint64 datasetId = 0;
    int datasetVersion = 0;
    QString datasetName;
    QList<FieldProfile> profiles;  // in column order
    QList<Suggestion> suggestions; // one per profile
    bool fromCache = false;        // profiles came from the project's profile cache
};

} // namespace steward
