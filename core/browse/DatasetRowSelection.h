#pragma once

#include "core/browse/DatasetRowQuery.h"
#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/store/DatasetInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QStringList>

#include <vector>

namespace steward {

class ProjectStore;

// The rows of a dataset that a DatasetRowQuery selects, as their row ids (1-based file rows) in
// the order asked for, computed by SQLite without reading the cells into memory: a browser keeps
// only the ids (8 bytes a row) and fetches the cells of the rows it paints with rows().
//
// Order: the field's type decides the key (integers and decimals by value, dates and date-times
// by time, booleans false before true, text by the locale's collation); missing values (empty or
// one of the dataset's markers) come last in both directions, and equal keys keep file order.
// Filter: SQL LIKE on the stored text with % and _ escaped, so the text is matched literally;
// SQLite folds case for ASCII letters only.
class DatasetRowSelection final {
    Q_DECLARE_TR_FUNCTIONS(steward::DatasetRowSelection)
public:
    // Thread-safe when `store` is a connection of the calling thread (e.g. openSecondary()).
    // `cancel` is polled by SQLite while it sorts or scans; cancelling returns Error::cancelled().
    static Result<std::vector<qint64>> rowIds(ProjectStore &store, const DatasetInfo &dataset,
                                              const DatasetRowQuery &query,
                                              const CancellationToken *cancel = nullptr,
                                              const QLocale &locale = QLocale());
    // The cells of the rows with ids ids[0..count), in that order.
    static Result<QList<QStringList>> rows(ProjectStore &store, const DatasetInfo &dataset,
                                           const qint64 *ids, int count);

    // `text` as a LIKE pattern with the escape character '\': "%text%" with %, _ and \ escaped.
    static QString likePattern(const QString &text);
};

} // namespace steward
