#include "tests/support/TempProject.h"

namespace steward::testsupport {

TempProject::TempProject(const QString &fileName, const QString &title)
{
    if (!m_dir.isValid())
        qFatal("cannot create a temporary directory");
    Result<std::unique_ptr<ProjectStore>> store =
        ProjectStore::create(m_dir.filePath(fileName), title);
    if (!store)
        qFatal("cannot create the project: %s", qPrintable(store.error().toString()));
    m_store = std::move(*store);
}

QStringList TempProject::auditActions()
{
    QStringList actions;
    const Result<QList<AuditEntry>> entries = m_store->auditEntries();
    if (!entries)
        qFatal("cannot read the audit trail: %s", qPrintable(entries.error().toString()));
    for (const AuditEntry &e : *entries)
        actions << e.action;
    return actions;
}

} // namespace steward::testsupport
