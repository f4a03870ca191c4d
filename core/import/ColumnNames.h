#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace steward {

struct ColumnNames {
    Q_DECLARE_TR_FUNCTIONS(steward::ColumnNames)
public:
    QStringList names;    // unique, non-empty
    QStringList problems; // human-readable notes: "column 3 had no name; named column_3", ...
};

// Makes header names unique and non-empty: empty names become "column_N" (1-based position),
// duplicates get a suffix "_2", "_3", ... Leading/trailing whitespace is trimmed.
ColumnNames makeColumnNames(const QStringList &header);
// Names for a file without a header row: column_1, column_2, ...
QStringList generatedColumnNames(int count);

// Guesses whether the first record is a header: its cells are non-empty text that does not look
// like the values of the following records (numbers, dates) and is unique.
bool looksLikeHeader(const QStringList &first, const QList<QStringList> &following);

} // namespace steward
