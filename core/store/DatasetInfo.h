#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <QStringList>

#include <optional>

namespace steward {

// Column types of the command-line contract.
enum class ColumnType { Integer, Decimal, Date, DateTime, Boolean, Text };

QString columnTypeName(ColumnType type); // "integer", "decimal", ...
QString columnTypeText(ColumnType type); // the same, translated for people (GUI, CLI text output)
std::optional<ColumnType> columnTypeFromName(const QString &name);

struct ColumnInfo {
    int position = 0;     // 0-based
    QString name;         // unique within the dataset
    QString sourceName;   // header text as read (may be empty or duplicated)
    ColumnType type = ColumnType::Text;
    qint64 missingCount = 0; // empty cells or missing-value markers
};

struct DatasetInfo {
    Q_DECLARE_TR_FUNCTIONS(steward::DatasetInfo)
public:
    qint64 id = 0;
    QString name;
    QString tableName;     // SQLite table holding the cells (internal)
    qint64 rowCount = 0;   // stored at import: no view ever counts rows
    QList<ColumnInfo> columns;
    QString sourceFile;    // file name (no directory) of the import
    qint64 sourceSize = 0;
    QString encoding;      // "utf-8", "gb18030", "utf-16le", "utf-16be", "xlsx", "xls"
    QString delimiter;     // "comma", "semicolon", "tab", "pipe"; empty for spreadsheets
    bool hasHeader = true;
    QString sheet;         // spreadsheet sheet name, if any
    // The values counted as missing at import (besides the empty cell); nullopt = the defaults.
    std::optional<QStringList> missingMarkers;
    int version = 1;       // incremented when replaced by a newer extract
    QDateTime importedAt;  // UTC
    QString importedBy;    // OS user
};

} // namespace steward
