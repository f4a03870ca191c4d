#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace steward {

struct SampleOptions {
    Q_DECLARE_TR_FUNCTIONS(steward::SampleOptions)
public:
    qint64 rows = 1000;
    quint64 seed = 1;
    bool gb18030 = false; // otherwise UTF-8 (no BOM)
};

// Writes a realistic synthetic inpatient extract (CSV, comma-separated, header row, 18 columns):
// Chinese names, valid resident ID numbers, mobiles, addresses, postal codes, insurance numbers,
// admission/discharge dates, departments, ICD-10 codes and names (some highly sensitive), fees,
// lab values and free-text notes that sometimes contain a phone number. Deterministic for a seed
// on every platform (own PRNG and integer arithmetic, no std:: distributions). Streams to disk.
Status writeSample(const QString &path, const SampleOptions &options,
                   const ProgressCallback &progress = {}, const CancellationToken *cancel = nullptr);

// The 18 column names of the sample's header row, in order.
QStringList sampleColumnNames();

} // namespace steward
