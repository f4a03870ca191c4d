#pragma once

#include "core/documents/DocumentFacts.h"
#include "core/release/Release.h"
#include "core/release/ReleaseMeasurement.h"

#include <QList>

namespace steward {

// Turns a release's measurements into the facts its documents quote (pure, no I/O).
class DocumentFactsBuilder final {
public:
    static DocumentFacts build(const Release &release, const QList<DatasetMeasurement> &measurements);
};

} // namespace steward
