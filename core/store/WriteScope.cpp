#include "core/store/WriteScope.h"

#include <sqlite3.h>

namespace steward::sql {

WriteScope::WriteScope(Database &db, const char *savepoint) : m_db(db), m_savepoint(savepoint)
{
    m_nested = !sqlite3_get_autocommit(db.handle());
    m_begin = db.exec(m_nested ? QString::fromLatin1("SAVEPOINT " + m_savepoint)
                               : QStringLiteral("BEGIN IMMEDIATE"));
    m_active = m_begin.ok();
}

WriteScope::~WriteScope()
{
    if (m_active)
        (void)m_db.exec(m_nested ? QString::fromLatin1("ROLLBACK TO " + m_savepoint + "; RELEASE "
                                                       + m_savepoint)
                                 : QStringLiteral("ROLLBACK"));
}

Status WriteScope::commit()
{
    if (Status s = m_db.exec(m_nested ? QString::fromLatin1("RELEASE " + m_savepoint)
                                      : QStringLiteral("COMMIT"));
        !s)
        return s;
    m_active = false;
    return {};
}

} // namespace steward::sql
