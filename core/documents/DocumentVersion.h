#pragma once

#include "core/documents/DocumentContent.h"
#include "core/documents/DocumentFacts.h"
#include "core/documents/DocumentKind.h"

#include <QDateTime>
#include <QString>

namespace steward {

// One saved state of a release's document: what people wrote and the generated facts it quotes.
// Every save, refresh, restore and import is a new version; versions are never changed.
struct DocumentVersion {
    DocumentKind kind = DocumentKind::Agreement;
    qint64 releaseId = 0;
    int version = 0;      // 1, 2, …; 0 = never saved (template defaults and the facts of now)
    QString action;       // "create", "edit", "refresh", "restore", "import", "set"
    int restoredFrom = 0; // the version a "restore" brought back
    QString savedBy;      // OS user
    QDateTime savedAt;    // UTC
    DocumentContent content;
    DocumentFacts facts;
};

} // namespace steward
