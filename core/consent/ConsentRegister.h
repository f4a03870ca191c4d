#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace steward {

// A consent register attached to a dataset (schema v6: consent_registers, consent_records): one
// row per subject decision, read from CSV/TSV (any encoding the importer reads) or XLSX with the
// columns subject identifier, status, scope and date (header names matched in English and Chinese:
// subject/subject_id/patient_id/患者ID/身份证号…, status/状态, scope/purposes/用途/范围,
// date/日期). Status values: granted/withdrawn/refused (同意/撤回/拒绝). Scope: purposes separated
// by ';' or ',' (or '*' for any purpose). The latest record of a subject (by date, then file order)
// is the one that counts. Subject keys are matched on the dataset's subject field before masking,
// after trimming and upper-casing (resident ids end in 'x' or 'X').
struct ConsentRegisterInfo {
    Q_DECLARE_TR_FUNCTIONS(steward::ConsentRegisterInfo)
public:
    qint64 id = 0;
    QString dataset;        // dataset name
    QString subjectField;   // the dataset's field matched against the register's subject column
    QString sourceFile;     // file name only
    QString sha256;         // of the file as read
    QDateTime attachedAt;   // UTC
    QString attachedBy;
    qint64 subjects = 0;    // distinct subjects (latest record each)
    qint64 granted = 0;
    qint64 withdrawn = 0;
    qint64 refused = 0;

    // `consent show --json` / `consent attach --json`:
    // {"dataset", "subject_field", "file", "sha256", "attached_at", "subjects", "granted",
    //  "withdrawn", "refused"}
    QJsonObject toJson() const;
};

// How many records of a dataset a release leaves out for want of valid consent, by reason
// (counts of records, and of distinct subjects where known). Never names a subject.
struct ConsentExclusion {
    QString dataset;
    bool registerAttached = false;
    QString purpose;              // the release's consent purpose matched against scopes
    qint64 recordsKept = 0;
    qint64 excludedWithdrawn = 0; // latest decision: withdrawn
    qint64 excludedRefused = 0;   // latest decision: refused
    qint64 excludedOutOfScope = 0;// granted, but not for this purpose
    qint64 excludedNoRecord = 0;  // subject not in the register (or empty subject value)
    qint64 excludedTotal() const
    {
        return excludedWithdrawn + excludedRefused + excludedOutOfScope + excludedNoRecord;
    }
    // {"dataset", "register": bool, "purpose", "kept", "excluded": {"total", "withdrawn",
    //  "refused", "out_of_scope", "no_record"}}
    QJsonObject toJson() const;
    // The object toJson() writes; nullopt when it is not one.
    static std::optional<ConsentExclusion> fromJson(const QJsonObject &json);

    bool operator==(const ConsentExclusion &other) const = default;
};

} // namespace steward
