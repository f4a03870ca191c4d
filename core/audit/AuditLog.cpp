#include "core/audit/AuditLog.h"

#include "core/common/CsvText.h"
#include "core/common/WholeFile.h"
#include "core/store/AuditTrail.h"
#include "core/store/StoreAccess.h"

#include <QHash>

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

QStringList AuditLog::knownActions()
{
    return {QStringLiteral("project.create"),
            QStringLiteral("project.compact"),
            QStringLiteral("dataset.import"),
            QStringLiteral("dataset.replace"),
            QStringLiteral("dataset.rename"),
            QStringLiteral("dataset.delete"),
            QStringLiteral("classification.analyze"),
            QStringLiteral("classification.decide"),
            QStringLiteral("classification.apply"),
            QStringLiteral("classification.undo"),
            QStringLiteral("classification.redo"),
            QStringLiteral("template.save"),
            QStringLiteral("template.delete"),
            QStringLiteral("dictionary.export"),
            QStringLiteral("secret.create"),
            QStringLiteral("secret.restore"),
            QStringLiteral("rules.set"),
            QStringLiteral("rules.suggest"),
            QStringLiteral("rules.preset"),
            QStringLiteral("rules.suppression"),
            QStringLiteral("rules.template.save"),
            QStringLiteral("rules.template.apply"),
            QStringLiteral("rules.template.export"),
            QStringLiteral("rules.template.delete")};
}

QString AuditLog::actionName(const QString &action)
{
    // Built on each call, not cached: the language can change while Steward runs.
    const QHash<QString, QString> names = {
        {QStringLiteral("project.create"), tr("Project created")},
        {QStringLiteral("project.compact"), tr("Project file compacted")},
        {QStringLiteral("dataset.import"), tr("Dataset imported")},
        {QStringLiteral("dataset.replace"), tr("Dataset replaced by a new version")},
        {QStringLiteral("dataset.rename"), tr("Dataset renamed")},
        {QStringLiteral("dataset.delete"), tr("Dataset deleted")},
        {QStringLiteral("classification.analyze"), tr("Fields analysed")},
        {QStringLiteral("classification.decide"), tr("Classification decided")},
        {QStringLiteral("classification.apply"), tr("Classification template applied")},
        {QStringLiteral("classification.undo"), tr("Classification step undone")},
        {QStringLiteral("classification.redo"), tr("Classification step redone")},
        {QStringLiteral("template.save"), tr("Classification template saved")},
        {QStringLiteral("template.delete"), tr("Classification template deleted")},
        {QStringLiteral("dictionary.export"), tr("Data dictionary exported")},
        {QStringLiteral("secret.create"), tr("Project secret created")},
        {QStringLiteral("secret.restore"), tr("Project secret restored")},
        {QStringLiteral("rules.set"), tr("Masking rules changed")},
        {QStringLiteral("rules.suggest"), tr("Suggested masking rules applied")},
        {QStringLiteral("rules.preset"), tr("Masking preset applied")},
        {QStringLiteral("rules.suppression"), tr("Record suppression changed")},
        {QStringLiteral("rules.template.save"), tr("Masking rule set saved")},
        {QStringLiteral("rules.template.apply"), tr("Masking rule set applied")},
        {QStringLiteral("rules.template.export"), tr("Masking rule set exported")},
        {QStringLiteral("rules.template.delete"), tr("Masking rule set deleted")},
    };
    return names.value(action, action);
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
