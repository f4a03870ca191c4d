#include "core/consent/ConsentService.h"

#include "core/classify/ClassificationService.h"
#include "core/common/OsUser.h"
#include "core/consent/ConsentRegisterReader.h"
#include "core/store/AuditTrail.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"
#include "core/store/StoreAccess.h"
#include "core/store/WriteScope.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace steward {

namespace {

constexpr qint64 kProgressRows = 4096;

Result<QString> fileSha256(const QString &path, const CancellationToken *cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(ConsentService::tr("cannot read the consent register: %1")
                                   .arg(file.errorString()),
                               path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error::badInput(ConsentService::tr("cannot read the consent register: %1")
                                       .arg(file.errorString()),
                                   path);
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (cancel && cancel->isCancelled())
            return Error::cancelled();
    }
    return QString::fromLatin1(hash.result().toHex());
}

// The dataset field matched against the register's subject column when --subject is not given:
//  1. a direct identifier naming a person (isPersonIdentifier) whose name is the register's
//     subject column header (case-insensitive);
//  2. else the first direct identifier naming a person, as the release's subject count uses;
//  3. else a direct identifier whose name is the register's subject column header;
//  4. else none: the caller asks for --subject.
Result<QString> defaultSubjectField(ProjectStore &store, const DatasetInfo &dataset,
                                    const QString &registerHeader)
{
    ClassificationService classifier(store);
    const Result<DatasetClassification> classification = classifier.load(dataset.name);
    if (!classification)
        return classification.error();
    const QString header = registerHeader.trimmed();
    QString firstPerson;
    QString sameNameDirect;
    for (const FieldClassification &f : classification->fields) {
        const bool sameName = f.name.compare(header, Qt::CaseInsensitive) == 0;
        if (isPersonIdentifier(f)) {
            if (sameName)
                return f.name;
            if (firstPerson.isEmpty())
                firstPerson = f.name;
        } else if (sameName && sameNameDirect.isEmpty()
                   && f.effectiveRole() == FieldRole::Direct) {
            sameNameDirect = f.name;
        }
    }
    if (!firstPerson.isEmpty())
        return firstPerson;
    if (!sameNameDirect.isEmpty())
        return sameNameDirect;
    return Error::badInput(
        ConsentService::tr("dataset %1 has no field classified as a patient identifier to match "
                           "the consent register against: name it with --subject FIELD")
            .arg(dataset.name));
}

// Rows of the whole file, estimated from the part read so far (the readers count bytes).
qint64 estimatedRows(qint64 rows, const ConsentRegisterReader &reader)
{
    const qint64 consumed = reader.consumed();
    if (consumed <= 0 || reader.total() <= 0)
        return 0;
    return qint64(double(rows) * double(reader.total()) / double(consumed));
}

// Subject keys of a replaced or detached register must not linger in the write-ahead log (their
// pages in the file are zeroed by secure_delete). A checkpoint that cannot finish now (a reader,
// an enclosing transaction) is completed by the next one, so its outcome is not an error here.
void dropOldKeysFromWal(ProjectStore &store)
{
    static_cast<void>(store.truncateWal());
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<std::optional<ConsentRegisterInfo>> readRegister(sql::Database &db, const QString &dataset)
{
    auto stmt = db.prepare(
        "SELECT r.id, r.subject_field, r.source_file, r.sha256, r.attached_at, r.attached_by, "
        "r.subjects, r.granted, r.withdrawn, r.refused FROM consent_registers r "
        "JOIN datasets d ON d.id = r.dataset_id WHERE d.name = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, dataset);
    const auto step = stmt->step();
    if (step == sql::Statement::StepResult::Error)
        return db.lastError(ConsentService::tr("read the consent register"));
    if (step == sql::Statement::StepResult::Done)
        return std::optional<ConsentRegisterInfo>();
    ConsentRegisterInfo info;
    info.id = stmt->columnInt(0);
    info.dataset = dataset;
    info.subjectField = stmt->columnText(1);
    info.sourceFile = stmt->columnText(2);
    info.sha256 = stmt->columnText(3);
    info.attachedAt = QDateTime::fromString(stmt->columnText(4), Qt::ISODateWithMs).toUTC();
    info.attachedBy = stmt->columnText(5);
    info.subjects = stmt->columnInt(6);
    info.granted = stmt->columnInt(7);
    info.withdrawn = stmt->columnInt(8);
    info.refused = stmt->columnInt(9);
    return std::optional<ConsentRegisterInfo>(std::move(info));
}

} // namespace

Result<ConsentRegisterInfo> ConsentService::attach(const QString &dataset, const QString &path,
                                                   const QString &subjectField,
                                                   const ProgressCallback &progress,
                                                   const CancellationToken *cancel)
{
    return attach(dataset, path, subjectField, ImportOptions(), progress, cancel);
}

Result<ConsentRegisterInfo> ConsentService::attach(const QString &dataset, const QString &path,
                                                   const QString &subjectField,
                                                   const ImportOptions &readOptions,
                                                   const ProgressCallback &progress,
                                                   const CancellationToken *cancel)
{
    const Result<DatasetInfo> info = m_store.dataset(dataset);
    if (!info)
        return info.error();
    if (!QFileInfo(path).isFile())
        return Error::badInput(tr("no consent register file %1").arg(path), path);
    const Result<QString> sha256 = fileSha256(path, cancel);
    if (!sha256)
        return sha256.error();
    auto reader = ConsentRegisterReader::open(path, readOptions);
    if (!reader)
        return reader.error();

    QString field = subjectField.trimmed();
    if (!field.isEmpty()) {
        bool found = false;
        for (const ColumnInfo &c : info->columns)
            found = found || c.name == field;
        if (!found)
            return Error::badInput(tr("dataset %1 has no field named %2").arg(dataset, field));
    } else {
        const Result<QString> chosen = defaultSubjectField(m_store, *info, (*reader)->subjectHeader());
        if (!chosen)
            return chosen.error();
        field = *chosen;
    }

    sql::Database &db = StoreAccess::db(m_store);
    // The old register goes in the same transaction as the new one comes: a register that fails
    // half-way leaves the previous one attached.
    sql::WriteScope scope(db, "consent_register");
    if (!scope.beginStatus())
        return scope.beginStatus().error();

    const Result<std::optional<ConsentRegisterInfo>> previous = readRegister(db, dataset);
    if (!previous)
        return previous.error();
    if (*previous) {
        auto drop = db.prepare("DELETE FROM consent_registers WHERE id = ?");
        if (!drop)
            return drop.error();
        drop->bind(1, (*previous)->id);
        if (Status s = drop->run(db.handle(), tr("replace the consent register")); !s)
            return s.error();
    }

    ConsentRegisterInfo result;
    result.dataset = dataset;
    result.subjectField = field;
    result.sourceFile = QFileInfo(path).fileName();
    result.sha256 = *sha256;
    const QString attachedAt = AuditTrail::now();
    result.attachedAt = QDateTime::fromString(attachedAt, Qt::ISODateWithMs).toUTC();
    result.attachedBy = currentOsUser();

    auto insert = db.prepare(
        "INSERT INTO consent_registers (dataset_id, subject_field, source_file, sha256, "
        "attached_at, attached_by, subjects, granted, withdrawn, refused) "
        "VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0)");
    if (!insert)
        return insert.error();
    insert->bind(1, info->id);
    insert->bind(2, result.subjectField);
    insert->bind(3, result.sourceFile);
    insert->bind(4, result.sha256);
    insert->bind(5, attachedAt);
    insert->bind(6, result.attachedBy);
    if (Status s = insert->run(db.handle(), tr("attach the consent register")); !s)
        return s.error();
    result.id = db.lastInsertRowId();

    // One row per subject: a later decision (by date; on the same date or without one, the later
    // line) replaces the earlier one, so the file is never held in memory.
    auto record = db.prepare(
        "INSERT INTO consent_records (register_id, subject_key, status, scope, decided_on) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (register_id, subject_key) DO UPDATE SET "
        "status = excluded.status, scope = excluded.scope, decided_on = excluded.decided_on "
        "WHERE coalesce(excluded.decided_on, '') >= coalesce(consent_records.decided_on, '')");
    if (!record)
        return record.error();
    ConsentEntry entry;
    qint64 rows = 0;
    for (;;) {
        const Result<bool> read = (*reader)->next(entry);
        if (!read)
            return read.error();
        if (!*read)
            break;
        record->bind(1, result.id);
        record->bind(2, entry.subject);
        record->bind(3, consentStatusName(entry.status));
        record->bind(4, entry.scope);
        if (entry.decidedOn.isEmpty())
            record->bindNull(5);
        else
            record->bind(5, entry.decidedOn);
        if (Status s = record->run(db.handle(), tr("store the consent register")); !s)
            return s.error();
        if (++rows % kProgressRows == 0) {
            if (progress)
                progress({rows, estimatedRows(rows, **reader)});
            if (cancel && cancel->isCancelled())
                return Error::cancelled();
        }
    }
    if (progress)
        progress({rows, rows});

    auto counts = db.prepare(
        "SELECT status, count(*) FROM consent_records WHERE register_id = ? GROUP BY status");
    if (!counts)
        return counts.error();
    counts->bind(1, result.id);
    for (;;) {
        const auto step = counts->step();
        if (step == sql::Statement::StepResult::Error)
            return db.lastError(tr("count the consent register"));
        if (step == sql::Statement::StepResult::Done)
            break;
        const QString status = counts->columnText(0);
        const qint64 n = counts->columnInt(1);
        if (status == consentStatusName(ConsentStatus::Granted))
            result.granted = n;
        else if (status == consentStatusName(ConsentStatus::Withdrawn))
            result.withdrawn = n;
        else if (status == consentStatusName(ConsentStatus::Refused))
            result.refused = n;
    }
    result.subjects = result.granted + result.withdrawn + result.refused;

    auto update = db.prepare("UPDATE consent_registers SET subjects = ?, granted = ?, "
                             "withdrawn = ?, refused = ? WHERE id = ?");
    if (!update)
        return update.error();
    update->bind(1, result.subjects);
    update->bind(2, result.granted);
    update->bind(3, result.withdrawn);
    update->bind(4, result.refused);
    update->bind(5, result.id);
    if (Status s = update->run(db.handle(), tr("count the consent register")); !s)
        return s.error();

    // Names, the hash and counts only: never a subject key.
    QJsonObject detail{{QStringLiteral("dataset"), dataset},
                       {QStringLiteral("file"), result.sourceFile},
                       {QStringLiteral("sha256"), result.sha256},
                       {QStringLiteral("subject_field"), result.subjectField},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("subjects"), result.subjects},
                       {QStringLiteral("granted"), result.granted},
                       {QStringLiteral("withdrawn"), result.withdrawn},
                       {QStringLiteral("refused"), result.refused}};
    if (*previous) {
        detail.insert(QStringLiteral("replaced_file"), (*previous)->sourceFile);
        detail.insert(QStringLiteral("replaced_sha256"), (*previous)->sha256);
    }
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("consent.attach"), dataset,
                                             compactJson(detail));
        !s)
        return s.error();
    if (Status s = scope.commit(); !s)
        return s.error();
    if (*previous)
        dropOldKeysFromWal(m_store);
    return result;
}

Result<std::optional<ConsentRegisterInfo>> ConsentService::show(const QString &dataset)
{
    const Result<DatasetInfo> info = m_store.dataset(dataset);
    if (!info)
        return info.error();
    return readRegister(StoreAccess::db(m_store), dataset);
}

Status ConsentService::detach(const QString &dataset)
{
    const Result<DatasetInfo> info = m_store.dataset(dataset);
    if (!info)
        return info.error();
    sql::Database &db = StoreAccess::db(m_store);
    sql::WriteScope scope(db, "consent_register");
    if (!scope.beginStatus())
        return scope.beginStatus();
    const Result<std::optional<ConsentRegisterInfo>> current = readRegister(db, dataset);
    if (!current)
        return current.error();
    if (!*current)
        return Error::badInput(tr("dataset %1 has no consent register").arg(dataset));
    auto drop = db.prepare("DELETE FROM consent_registers WHERE id = ?");
    if (!drop)
        return drop.error();
    drop->bind(1, (*current)->id);
    if (Status s = drop->run(db.handle(), tr("detach the consent register")); !s)
        return s;
    const QJsonObject detail{{QStringLiteral("dataset"), dataset},
                             {QStringLiteral("file"), (*current)->sourceFile},
                             {QStringLiteral("sha256"), (*current)->sha256},
                             {QStringLiteral("subjects"), (*current)->subjects}};
    if (Status s = ProjectStore::appendAudit(db, QStringLiteral("consent.detach"), dataset,
                                             compactJson(detail));
        !s)
        return s;
    if (Status s = scope.commit(); !s)
        return s;
    dropOldKeysFromWal(m_store);
    return {};
}

} // namespace steward
