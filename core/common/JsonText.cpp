#include "core/common/JsonText.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace steward {

namespace {

// 1-based line and column (in characters) of a byte offset in UTF-8 text.
void lineColumn(const QByteArray &text, qsizetype offset, qint64 *line, qint64 *column)
{
    *line = 1;
    qsizetype lineStart = 0;
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++*line;
            lineStart = i + 1;
        }
    }
    *column = QString::fromUtf8(text.constData() + lineStart, offset - lineStart).size() + 1;
}

} // namespace

Result<QJsonObject> JsonText::parseObject(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        qint64 line = 0;
        qint64 column = 0;
        lineColumn(json, parseError.offset, &line, &column);
        return Error::badInput(tr("not valid JSON: %1").arg(parseError.errorString()), fileName,
                               line, column);
    }
    return doc.object();
}

} // namespace steward
