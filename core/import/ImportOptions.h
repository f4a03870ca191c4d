#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace steward {

enum class TextEncoding { Auto, Utf8, Gb18030, Utf16LE, Utf16BE };
enum class HeaderMode { Auto, Present, Absent };

QString textEncodingName(TextEncoding encoding); // "auto", "utf-8", "gb18030", "utf-16le", ...
bool textEncodingFromName(const QString &name, TextEncoding *out);

// The default markers that count as a missing value (besides the empty cell).
QStringList defaultMissingMarkers();

struct ImportOptions {
    Q_DECLARE_TR_FUNCTIONS(steward::ImportOptions)
public:
    TextEncoding encoding = TextEncoding::Auto;
    QChar delimiter;                 // null = sniff; otherwise ',', ';', '\t' or '|'
    HeaderMode header = HeaderMode::Auto;
    QString sheet;                   // spreadsheets: sheet name or 1-based index; empty = first
    QStringList missingMarkers = defaultMissingMarkers();
    QString datasetName;             // empty = the file's base name
    bool replaceExisting = false;    // import as the next version of dataset `datasetName`
};

// Delimiter names used by the CLI and stored with the dataset ("comma", "semicolon", ...).
QString delimiterName(QChar delimiter);
// The delimiter for people, translated ("comma" → 逗号); a rare delimiter is shown as itself.
QString delimiterText(QChar delimiter);
bool delimiterFromName(const QString &name, QChar *out); // "auto" gives a null QChar

} // namespace steward
