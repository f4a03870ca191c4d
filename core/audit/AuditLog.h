#pragma once

#include "core/common/Result.h"
#include "core/store/AuditEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace steward {

class ProjectStore;

// Reading a project's audit trail for people: the entries with the check of their hash chain,
// readable names of the actions, and the CSV export that the GUI and `steward-cli audit --csv`
// share. It never writes to the project.
class AuditLog final {
    Q_DECLARE_TR_FUNCTIONS(steward::AuditLog)
public:
    // The whole trail, oldest first, and its verification, read in one pass. Audit trails hold
    // one entry per change a person made (thousands, not millions), so they are read whole.
    struct Snapshot {
        QList<AuditEntry> entries;
        AuditVerification verification;
    };

    explicit AuditLog(ProjectStore &store) : m_store(store) {}

    Result<Snapshot> load();
    // The id of the newest entry (0 for an empty trail): one index lookup, cheap enough to ask
    // again and again to notice that the trail grew.
    Result<qint64> lastId();

    // "Dataset imported" for "dataset.import"; an action this version does not know yet keeps
    // its id.
    static QString actionName(const QString &action);
    // Every action id Steward writes, in the order of a typical project's life.
    static QStringList knownActions();

    // The export's columns, the keys of `steward-cli audit --json`'s entries.
    static QStringList csvColumns();
    // UTF-8 with BOM, comma separated, RFC 4180 quoting, one header row; "at" stays the stored
    // UTC time and "detail" the stored JSON, so that the file can be checked against the project.
    static QByteArray toCsv(const QList<AuditEntry> &entries);
    // Written whole with QSaveFile.
    static Status writeCsv(const QList<AuditEntry> &entries, const QString &path);

private:
    ProjectStore &m_store;
};

} // namespace steward
