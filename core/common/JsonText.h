#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace steward {

// Parses UTF-8 JSON text whose top level should be an object (template files, backups). Malformed
// JSON is BadInput naming `fileName` with the line and column of the fault (never the text around
// it: a template may quote field names, a backup must not be echoed). A valid document that is not
// an object gives an empty object, so the caller's own "format" check says what the file should
// have been.
Result<QJsonObject> parseJsonObject(const QByteArray &json, const QString &fileName);

} // namespace steward
