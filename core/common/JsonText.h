#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace steward {

// JSON text of the files Steward reads (template files, backups).
class JsonText final {
    Q_DECLARE_TR_FUNCTIONS(steward::JsonText)
public:
    // Parses UTF-8 JSON text whose top level should be an object. Malformed JSON is BadInput
    // naming `fileName` with the line and column of the fault (never the text around it: a
    // template may quote field names, a backup must not be echoed). A valid document that is not
    // an object gives an empty object, so the caller's own "format" check says what the file
    // should have been.
    static Result<QJsonObject> parseObject(const QByteArray &json, const QString &fileName);
};

} // namespace steward
