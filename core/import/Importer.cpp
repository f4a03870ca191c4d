#include "core/import/Importer.h"

#include "core/import/ColumnNames.h"
#include "core/import/RowSource.h"
#include "core/import/TypeInference.h"
#include "core/store/AuditTrail.h"
#include "core/store/DatasetCatalog.h"
#include "core/store/DatasetWriter.h"
#include "core/store/ProjectStore.h"
#include "core/store/StoreAccess.h"
#include "core/common/OsUser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <string>
#include <vector>

namespace steward {

namespace {

// Records read ahead to decide whether the first one is a header.
constexpr int kHeaderLookahead = 50;
constexpr qint64 kProgressEvery = 16384; // rows
constexpr qint64 kCancelEvery = 4096;    // rows

struct OwnedRecord {
    std::vector<std::string> cells;
};

// The start of a source: the header decision and the data records read ahead to make it.
struct SourceHead {
    bool hasHeader = false;
    QStringList headerCells;
    int columnCount = 0;
    std::vector<OwnedRecord> buffered;
};

QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

QStringList toStrings(const std::vector<std::string> &cells)
{
    QStringList list;
    list.reserve(qsizetype(cells.size()));
    for (const std::string &cell : cells)
        list.append(toQString(cell));
    return list;
}

OwnedRecord own(const std::vector<std::string_view> &cells)
{
    OwnedRecord record;
    record.cells.reserve(cells.size());
    for (std::string_view cell : cells)
        record.cells.emplace_back(cell);
    return record;
}

void viewsOf(const OwnedRecord &record, std::vector<std::string_view> &cells)
{
    cells.clear();
    for (const std::string &cell : record.cells)
        cells.emplace_back(cell);
}

// Brings a record to the dataset's width. Spreadsheet rows may be shorter (padded with empty
// cells) or carry empty cells beyond the header; anything else beyond it is an error.
Status fitWidth(std::vector<std::string_view> &cells, int columnCount, const RowSource &source,
                const QString &path)
{
    const size_t width = size_t(columnCount);
    if (cells.size() < width) {
        cells.resize(width);
        return {};
    }
    for (size_t i = width; i < cells.size(); ++i) {
        if (!cells[i].empty())
            return Error::badInput(
                ImportPreview::tr("the record has %1 fields; the first record has %2")
                    .arg(cells.size())
                    .arg(columnCount),
                path, source.recordLine(), qint64(width + 1));
    }
    cells.resize(width);
    return {};
}

Result<SourceHead> readHead(RowSource &source, HeaderMode mode, const QString &path)
{
    std::vector<std::string_view> cells;
    Result<bool> more = source.next(cells);
    if (!more)
        return more.error();
    if (!*more)
        return Error::badInput(
            ImportPreview::tr("the file contains no records"), path);

    SourceHead head;
    head.columnCount = int(cells.size());
    OwnedRecord first = own(cells);
    switch (mode) {
    case HeaderMode::Present:
        head.hasHeader = true;
        head.headerCells = toStrings(first.cells);
        break;
    case HeaderMode::Absent: head.buffered.push_back(std::move(first)); break;
    case HeaderMode::Auto: {
        QList<QStringList> following;
        std::vector<OwnedRecord> ahead;
        while (int(ahead.size()) < kHeaderLookahead) {
            more = source.next(cells);
            if (!more)
                return more.error();
            if (!*more)
                break;
            if (Status s = fitWidth(cells, head.columnCount, source, path); !s)
                return s.error();
            ahead.push_back(own(cells));
            following.append(toStrings(ahead.back().cells));
        }
        const QStringList firstCells = toStrings(first.cells);
        head.hasHeader = looksLikeHeader(firstCells, following);
        if (head.hasHeader)
            head.headerCells = firstCells;
        else
            head.buffered.push_back(std::move(first));
        for (OwnedRecord &record : ahead)
            head.buffered.push_back(std::move(record));
        break;
    }
    }
    return head;
}

Status checkColumnCount(int columnCount, const QString &path)
{
    if (columnCount > DatasetWriter::kMaxColumns)
        return Error::badInput(
            ImportPreview::tr("the file has %1 columns; at most %2 are supported")
                .arg(columnCount)
                .arg(DatasetWriter::kMaxColumns),
            path, 1);
    return {};
}

QString datasetNameFor(const QString &path, const ImportOptions &options)
{
    QString name = options.datasetName.trimmed();
    if (name.isEmpty())
        name = QFileInfo(path).completeBaseName().trimmed();
    if (name.isEmpty())
        name = QFileInfo(path).fileName();
    return name;
}

Error datasetExists(const QString &name)
{
    return Error::badInput(
        ImportPreview::tr("a dataset named %1 already exists")
            .arg(name));
}

qint64 estimateTotal(qint64 rows, const RowSource &source)
{
    const qint64 consumed = source.consumed();
    const qint64 total = source.total();
    if (consumed <= 0 || total <= 0)
        return 0;
    return qMax(rows, qint64(double(rows) * double(total) / double(consumed)));
}

} // namespace

Result<ImportPreview> previewImport(const QString &path, const ImportOptions &options, int maxRows)
{
    const QFileInfo file(path);
    if (!file.isFile())
        return Error::badInput(ImportPreview::tr("no such file"),
                               path);

    ImportPreview preview;
    preview.fileSize = file.size();
    Result<QStringList> sheets = listSheets(path);
    if (!sheets)
        return sheets.error();
    preview.sheets = *sheets;

    Result<std::unique_ptr<RowSource>> opened = openRowSource(path, options);
    if (!opened)
        return opened.error();
    RowSource &source = **opened;
    Result<SourceHead> head = readHead(source, options.header, path);
    if (!head)
        return head.error();
    const int columns = head->columnCount;
    if (Status s = checkColumnCount(columns, path); !s)
        return s.error();

    preview.encoding = source.encodingName();
    preview.delimiter = source.delimiter();
    preview.sheet = source.sheetName();
    preview.hasHeader = head->hasHeader;
    if (head->hasHeader) {
        const ColumnNames names = makeColumnNames(head->headerCells);
        preview.columnNames = names.names;
        preview.columnNameProblems = names.problems;
    } else {
        preview.columnNames = generatedColumnNames(columns);
    }

    const MissingValues missing(options.missingMarkers);
    TypeInference inference(columns, &missing);
    std::vector<std::string_view> cells;
    const qsizetype limit = qMax(0, maxRows);
    for (const OwnedRecord &record : head->buffered) {
        if (preview.rows.size() >= limit)
            break;
        viewsOf(record, cells);
        inference.observeRow(cells);
        preview.rows.append(toStrings(record.cells));
    }
    while (preview.rows.size() < limit) {
        Result<bool> more = source.next(cells);
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (Status s = fitWidth(cells, columns, source, path); !s)
            return s.error();
        inference.observeRow(cells);
        QStringList row;
        row.reserve(columns);
        for (std::string_view cell : cells)
            row.append(toQString(cell));
        preview.rows.append(std::move(row));
    }
    for (int c = 0; c < columns; ++c)
        preview.columnTypes.append(inference.type(c));
    return preview;
}

namespace {

Result<DatasetInfo> importInTransaction(ProjectStore &store, const QString &path,
                                        const ImportOptions &options,
                                        const ProgressCallback &progress,
                                        const CancellationToken *cancel)
{
    const QFileInfo file(path);
    if (!file.isFile())
        return Error::badInput(ImportPreview::tr("no such file"),
                               path);
    const QString name = datasetNameFor(path, options);
    if (!options.replaceExisting && store.hasDataset(name))
        return datasetExists(name); // before reading anything

    Result<std::unique_ptr<RowSource>> opened = openRowSource(path, options);
    if (!opened)
        return opened.error();
    RowSource &source = **opened;
    Result<SourceHead> head = readHead(source, options.header, path);
    if (!head)
        return head.error();
    const int columns = head->columnCount;
    if (Status s = checkColumnCount(columns, path); !s)
        return s.error();
    if (cancel && cancel->isCancelled())
        return Error::cancelled();

    DatasetInfo info;
    info.name = name;
    info.sourceFile = file.fileName();
    info.sourceSize = file.size();
    info.encoding = source.encodingName();
    info.delimiter = source.delimiter().isNull() ? QString() : delimiterName(source.delimiter());
    info.sheet = source.sheetName();
    info.hasHeader = head->hasHeader;
    if (options.missingMarkers != defaultMissingMarkers())
        info.missingMarkers = options.missingMarkers;
    info.importedBy = currentOsUser();
    {
        QStringList names;
        if (head->hasHeader) {
            names = makeColumnNames(head->headerCells).names;
        } else {
            names = generatedColumnNames(columns);
        }
        for (int c = 0; c < columns; ++c) {
            ColumnInfo column;
            column.position = c;
            column.name = names.value(c);
            if (head->hasHeader)
                column.sourceName = head->headerCells.value(c);
            info.columns.append(std::move(column));
        }
    }

    sql::Database &db = StoreAccess::db(store);
    sql::Transaction txn(db);
    if (!txn.beginStatus())
        return txn.beginStatus().error();
    DatasetCatalog catalog(db);
    Result<std::optional<DatasetInfo>> existing = catalog.find(name);
    if (!existing)
        return existing.error();
    const bool replacing = existing->has_value();
    if (replacing && !options.replaceExisting)
        return datasetExists(name);
    if (replacing) {
        info.id = (*existing)->id;
        info.version = (*existing)->version + 1;
    } else {
        Result<qint64> id = catalog.nextId();
        if (!id)
            return id.error();
        info.id = *id;
        info.version = 1;
    }
    info.tableName = DatasetCatalog::tableName(info.id, info.version);

    Result<DatasetWriter> writer = DatasetWriter::create(db, info.tableName, columns);
    if (!writer)
        return writer.error();
    const MissingValues missing(options.missingMarkers);
    TypeInference inference(columns, &missing);
    std::vector<std::string_view> cells;
    cells.reserve(size_t(columns) + 1);

    for (const OwnedRecord &record : head->buffered) {
        viewsOf(record, cells);
        inference.observeRow(cells);
        if (Status s = writer->append(cells); !s)
            return s.error();
    }
    head->buffered.clear();

    for (;;) {
        Result<bool> more = source.next(cells);
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (cells.size() != size_t(columns)) {
            if (Status s = fitWidth(cells, columns, source, path); !s)
                return s.error();
        }
        inference.observeRow(cells);
        if (Status s = writer->append(cells); !s)
            return s.error();
        const qint64 rows = writer->rowCount();
        if (rows % kCancelEvery == 0) {
            if (cancel && cancel->isCancelled())
                return Error::cancelled();
            if (progress && rows % kProgressEvery == 0)
                progress(Progress{rows, estimateTotal(rows, source)});
        }
    }
    if (cancel && cancel->isCancelled())
        return Error::cancelled();

    info.rowCount = writer->rowCount();
    for (int c = 0; c < columns; ++c) {
        info.columns[c].type = inference.type(c);
        info.columns[c].missingCount = inference.missingCount(c);
    }
    // Whole seconds, as stored, so the returned info equals a re-read.
    info.importedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);

    if (replacing) {
        if (Status s = catalog.update(info); !s)
            return s.error();
        if (Status s = db.exec(QLatin1String("DROP TABLE ")
                               + sql::quoteIdentifier((*existing)->tableName));
            !s)
            return s.error();
    } else if (Status s = catalog.insert(info); !s) {
        return s.error();
    }

    QJsonObject detail{
        {QStringLiteral("file"), info.sourceFile},   {QStringLiteral("size"), info.sourceSize},
        {QStringLiteral("rows"), info.rowCount},     {QStringLiteral("columns"), columns},
        {QStringLiteral("encoding"), info.encoding}, {QStringLiteral("has_header"), info.hasHeader},
        {QStringLiteral("version"), info.version}};
    if (!info.delimiter.isEmpty())
        detail.insert(QStringLiteral("delimiter"), info.delimiter);
    if (!info.sheet.isEmpty())
        detail.insert(QStringLiteral("sheet"), info.sheet);
    const QString action =
        replacing ? QStringLiteral("dataset.replace") : QStringLiteral("dataset.import");
    if (Status s = ProjectStore::appendAudit(
            db, action, name,
            QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        !s)
        return s.error();
    if (cancel && cancel->isCancelled())
        return Error::cancelled();
    if (Status s = txn.commit(); !s)
        return s.error();

    // Move the import from the WAL into the file and shrink the WAL to nothing: a long GUI session
    // does not keep a second copy of the cells on disk, and a replaced version's zeroed pages
    // reach the file. Best effort: a reader holding an old snapshot only delays it.
    (void)store.truncateWal();
    if (progress)
        progress(Progress{info.rowCount, info.rowCount});
    return info;
}

} // namespace

Result<DatasetInfo> importFile(ProjectStore &store, const QString &path,
                               const ImportOptions &options, const ProgressCallback &progress,
                               const CancellationToken *cancel)
{
    Result<DatasetInfo> result = importInTransaction(store, path, options, progress, cancel);
    // The transaction is rolled back on failure; an sqlite3_interrupt() from another thread may
    // hit that ROLLBACK too, so make sure the connection is never left inside the transaction.
    sqlite3 *handle = StoreAccess::db(store).handle();
    for (int attempt = 0; attempt < 3 && handle && !sqlite3_get_autocommit(handle); ++attempt)
        (void)StoreAccess::db(store).exec("ROLLBACK");
    return result;
}

} // namespace steward
