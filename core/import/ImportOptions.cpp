#include "core/import/ImportOptions.h"

#include <QCoreApplication>

namespace steward {

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto: return QStringLiteral("auto");
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Gb18030: return QStringLiteral("gb18030");
    case TextEncoding::Utf16LE: return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE: return QStringLiteral("utf-16be");
    }
    return QStringLiteral("auto");
}

bool textEncodingFromName(const QString &name, TextEncoding *out)
{
    // Names are matched case-insensitively; common spellings are accepted ("utf8", "GBK").
    const QString n = name.trimmed().toLower();
    TextEncoding e;
    if (n == QLatin1String("auto"))
        e = TextEncoding::Auto;
    else if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        e = TextEncoding::Utf8;
    else if (n == QLatin1String("gb18030") || n == QLatin1String("gbk")
             || n == QLatin1String("gb2312") || n == QLatin1String("cp936"))
        e = TextEncoding::Gb18030; // GB18030 is a superset of GBK and GB2312
    else if (n == QLatin1String("utf-16le") || n == QLatin1String("utf16le"))
        e = TextEncoding::Utf16LE;
    else if (n == QLatin1String("utf-16be") || n == QLatin1String("utf16be"))
        e = TextEncoding::Utf16BE;
    else
        return false;
    if (out)
        *out = e;
    return true;
}

QStringList defaultMissingMarkers()
{
    // Compared after trimming and case-insensitively (ASCII), so "NULL" also covers "null" and
    // "Null", "N/A" covers "n/a". Deliberately NOT in the default list:
    //  - "NA": case-insensitive matching would turn sodium ("Na") in lab data into a missing value;
    //  - "无" ("none"): in clinical records it is an answer ("no allergies"), not a missing value.
    // Both can be added to ImportOptions::missingMarkers where a site's extracts use them.
    return {
        QStringLiteral("NULL"),
        QStringLiteral("N/A"),
        QStringLiteral("#N/A"),   // Excel's "not available"
        QStringLiteral("不详"),   // "unknown / not stated"
        QStringLiteral("未知"),   // "unknown"
        QStringLiteral("-"),
        QStringLiteral("—"),      // U+2014 em dash
    };
}

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',': return QStringLiteral("comma");
    case u';': return QStringLiteral("semicolon");
    case u'\t': return QStringLiteral("tab");
    case u'|': return QStringLiteral("pipe");
    case 0: return QStringLiteral("auto");
    default: break;
    }
    return QString(delimiter);
}

QString delimiterText(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',': return ImportOptions::tr("comma");
    case u';': return ImportOptions::tr("semicolon");
    case u'\t': return ImportOptions::tr("tab");
    case u'|': return ImportOptions::tr("pipe");
    default: break;
    }
    return delimiter.isNull() ? QString() : QString(delimiter);
}

bool delimiterFromName(const QString &name, QChar *out)
{
    const QString n = name.trimmed().toLower();
    QChar d;
    if (n == QLatin1String("auto"))
        d = QChar();
    else if (n == QLatin1String("comma") || n == QLatin1String(","))
        d = u',';
    else if (n == QLatin1String("semicolon") || n == QLatin1String(";"))
        d = u';';
    else if (n == QLatin1String("tab") || n == QLatin1String("\\t") || name == QLatin1String("\t"))
        d = u'\t';
    else if (n == QLatin1String("pipe") || n == QLatin1String("|"))
        d = u'|';
    else
        return false;
    if (out)
        *out = d;
    return true;
}

} // namespace steward
