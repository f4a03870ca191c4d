#include "core/audit/AuditLog.h"

#include "core/common/CsvText.h"
#include "core/common/WholeFile.h"
#include "core/store/AuditTrail.h"
#include "core/store/StoreAccess.h"


namespace steward {

Result<AuditLog::Snapshot> AuditLog::load()
{
    AuditTrail trail(StoreAccess::db(m_store));
    Result<QList<AuditEntry>> entries = trail.entries();
    if (!entries)
        return entries.error();
    Snapshot snapshot;
    snapshot.verification = AuditTrail::verify(*entries);
    snapshot.entries = std::move(*entries);
    return snapshot;
}

Result<qint64> AuditLog::lastId()
{
    return StoreAccess::db(m_store).queryInt("SELECT COALESCE(MAX(id), 0) FROM audit");
}

namespace {

struct ActionText {
    const char *id;
    const char *name; // translated when shown: the language can change while Steward runs
};

// Every action id Steward writes, in the order of a typical project's life, with its name.
constexpr ActionText kActions[] = {
    {"project.create", QT_TRANSLATE_NOOP("steward::AuditLog", "Project created")},
    {"project.compact", QT_TRANSLATE_NOOP("steward::AuditLog", "Project file compacted")},
    {"dataset.import", QT_TRANSLATE_NOOP("steward::AuditLog", "Dataset imported")},
    {"dataset.replace", QT_TRANSLATE_NOOP("steward::AuditLog", "Dataset replaced by a new version")},
    {"dataset.rename", QT_TRANSLATE_NOOP("steward::AuditLog", "Dataset renamed")},
    {"dataset.delete", QT_TRANSLATE_NOOP("steward::AuditLog", "Dataset deleted")},
    {"classification.analyze", QT_TRANSLATE_NOOP("steward::AuditLog", "Fields analysed")},
    {"classification.decide", QT_TRANSLATE_NOOP("steward::AuditLog", "Classification decided")},
    {"classification.apply", QT_TRANSLATE_NOOP("steward::AuditLog", "Classification template applied")},
    {"classification.undo", QT_TRANSLATE_NOOP("steward::AuditLog", "Classification step undone")},
    {"classification.redo", QT_TRANSLATE_NOOP("steward::AuditLog", "Classification step redone")},
    {"template.save", QT_TRANSLATE_NOOP("steward::AuditLog", "Classification template saved")},
    {"template.delete", QT_TRANSLATE_NOOP("steward::AuditLog", "Classification template deleted")},
    {"dictionary.export", QT_TRANSLATE_NOOP("steward::AuditLog", "Data dictionary exported")},
    {"secret.create", QT_TRANSLATE_NOOP("steward::AuditLog", "Project secret created")},
    {"secret.restore", QT_TRANSLATE_NOOP("steward::AuditLog", "Project secret restored")},
    {"rules.set", QT_TRANSLATE_NOOP("steward::AuditLog", "Masking rules changed")},
    {"rules.suggest", QT_TRANSLATE_NOOP("steward::AuditLog", "Suggested masking rules applied")},
    {"rules.preset", QT_TRANSLATE_NOOP("steward::AuditLog", "Masking preset applied")},
    {"rules.suppression", QT_TRANSLATE_NOOP("steward::AuditLog", "Record suppression changed")},
    {"rules.template.save", QT_TRANSLATE_NOOP("steward::AuditLog", "Masking rule set saved")},
    {"rules.template.apply", QT_TRANSLATE_NOOP("steward::AuditLog", "Masking rule set applied")},
    {"rules.template.export", QT_TRANSLATE_NOOP("steward::AuditLog", "Masking rule set exported")},
    {"rules.template.delete", QT_TRANSLATE_NOOP("steward::AuditLog", "Masking rule set deleted")},
    {"hierarchy.set", QT_TRANSLATE_NOOP("steward::AuditLog", "Generalisation hierarchy set")},
    {"hierarchy.clear", QT_TRANSLATE_NOOP("steward::AuditLog", "Generalisation hierarchy removed")},
    {"release.create", QT_TRANSLATE_NOOP("steward::AuditLog", "Release created")},
    {"release.update", QT_TRANSLATE_NOOP("steward::AuditLog", "Release changed")},
    {"release.delete", QT_TRANSLATE_NOOP("steward::AuditLog", "Release deleted")},
    {"document.save", QT_TRANSLATE_NOOP("steward::AuditLog", "Release document saved")},
    {"document.refresh", QT_TRANSLATE_NOOP("steward::AuditLog", "Release document refreshed")},
    {"trust.add", QT_TRANSLATE_NOOP("steward::AuditLog", "Key trusted")},
    {"trust.remove", QT_TRANSLATE_NOOP("steward::AuditLog", "Key no longer trusted")},
    {"release.submit", QT_TRANSLATE_NOOP("steward::AuditLog", "Release submitted for review")},
    {"release.decide", QT_TRANSLATE_NOOP("steward::AuditLog", "Review decision recorded")},
    {"release.approve", QT_TRANSLATE_NOOP("steward::AuditLog", "Release approved")},
    {"release.reject", QT_TRANSLATE_NOOP("steward::AuditLog", "Release rejected")},
    {"release.invalidate", QT_TRANSLATE_NOOP("steward::AuditLog", "Approvals invalidated by a change")},
    {"release.export", QT_TRANSLATE_NOOP("steward::AuditLog", "Release package exported")},
    {"consent.attach", QT_TRANSLATE_NOOP("steward::AuditLog", "Consent register attached")},
    {"consent.detach", QT_TRANSLATE_NOOP("steward::AuditLog", "Consent register removed")},
};

} // namespace

QStringList AuditLog::knownActions()
{
    QStringList ids;
    for (const ActionText &a : kActions)
        ids << QLatin1String(a.id);
    return ids;
}

QString AuditLog::actionName(const QString &action)
{
    for (const ActionText &a : kActions) {
        if (action == QLatin1String(a.id))
            return tr(a.name);
    }
    return action;
}

QStringList AuditLog::csvColumns()
{
    return {QStringLiteral("id"),     QStringLiteral("at"),     QStringLiteral("user"),
            QStringLiteral("action"), QStringLiteral("target"), QStringLiteral("detail"),
            QStringLiteral("hash")};
}

QByteArray AuditLog::toCsv(const QList<AuditEntry> &entries)
{
    QByteArray out = CsvText::byteOrderMark();
    out += csvColumns().join(QLatin1Char(',')).toUtf8();
    out += "\r\n";
    for (const AuditEntry &e : entries) {
        out += QByteArray::number(e.id);
        for (const QString *value : {&e.at, &e.user, &e.action, &e.target, &e.detail, &e.hash}) {
            out += ',';
            out += CsvText::field(*value);
        }
        out += "\r\n";
    }
    return out;
}

Status AuditLog::writeCsv(const QList<AuditEntry> &entries, const QString &path)
{
    return WholeFile::write(path, toCsv(entries));
}

} // namespace steward
