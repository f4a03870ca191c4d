#pragma once

#include <QString>

namespace steward {

// One entry of a project's audit trail, as stored.
struct AuditEntry {
    qint64 id = 0;
    QString at;     // ISO 8601 UTC with milliseconds, e.g. "2024-01-02T03:04:05.678Z"
    QString user;   // OS user
    QString action; // "project.create", "dataset.import", ...
    QString target; // e.g. the dataset name; may be empty
    QString detail; // JSON without cell values; may be empty
    QString prevHash;
    QString hash;
};

// Outcome of checking the audit trail's hash chain.
struct AuditVerification {
    bool ok = true;
    qint64 entries = 0;       // entries checked
    qint64 firstBrokenId = 0; // id of the first entry whose link or hash does not match; 0 if ok
};

} // namespace steward
