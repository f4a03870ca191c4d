#pragma once

#include "core/classify/DatasetClassification.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace steward {

// The data dictionary of a dataset: one entry per field with field, type, role, category, grade,
// confidence, evidence, decision (unconfirmed/confirmed/overridden), reason, decided_by and
// decided_at. Role, category and grade are the confirmed decision, else the suggestion (the
// `decision` column says which). Machine names as in the CLI contract (roles, categories).
//   CSV: UTF-8 with BOM, comma separated, RFC 4180 quoting, header row with the keys above.
//   JSON: {"dataset", "version", "grade", "fields": [{...keys above...}]}.
class DataDictionary final {
public:
    enum class Format { Csv, Json };
    static std::optional<Format> formatFromName(QStringView name); // "csv", "json"
    static QString formatName(Format format);

    static QByteArray toCsv(const DatasetClassification &classification);
    static QByteArray toJson(const DatasetClassification &classification);
    // Written whole with QSaveFile.
    static Status write(const DatasetClassification &classification, const QString &path,
                        Format format);
};

} // namespace steward
