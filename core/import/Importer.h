#pragma once

#include "core/common/Cancellation.h"
#include "core/common/Result.h"
#include "core/import/ImportOptions.h"
#include "core/store/DatasetInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace steward {

class ProjectStore;

// What the import dialog shows before anything is written: the first rows as they would be
// imported with these options, and what was detected.
struct ImportPreview {
    Q_DECLARE_TR_FUNCTIONS(steward::ImportPreview)
public:
    QString encoding;              // detected or chosen
    QChar delimiter;               // detected or chosen; null for spreadsheets
    bool hasHeader = true;         // detected or chosen
    QStringList sheets;            // spreadsheet sheet names, empty for text files
    QString sheet;
    QStringList columnNames;       // unique names
    QStringList columnNameProblems;
    QList<ColumnType> columnTypes; // inferred from the previewed rows only
    QList<QStringList> rows;
    qint64 fileSize = 0;
};

Result<ImportPreview> previewImport(const QString &path, const ImportOptions &options,
                                    int maxRows = 100);

// Streams the file into a new dataset (or the next version of an existing one with
// options.replaceExisting) in ONE transaction: on any error, cancel, crash or kill the project
// is exactly as before. Infers column types over all rows. Records the import in the audit trail.
// Runs on the caller's thread: the GUI calls it from a worker with ProjectStore::openSecondary().
Result<DatasetInfo> importFile(ProjectStore &store, const QString &path,
                               const ImportOptions &options, const ProgressCallback &progress = {},
                               const CancellationToken *cancel = nullptr);

} // namespace steward
