#pragma once

#include "core/common/Result.h"
#include "core/store/Sqlite.h"

namespace steward::sql {

// One write that is whole or not at all: its own transaction (BEGIN IMMEDIATE) when none is open,
// otherwise a savepoint inside the caller's transaction, so that a caller (the CLI groups a whole
// command into one transaction) can still roll everything back. Rolled back on destruction unless
// commit() succeeded.
class WriteScope final {
public:
    // `savepoint` names the savepoint used when nested (an SQL identifier, e.g. "mask_rules").
    WriteScope(Database &db, const char *savepoint);
    ~WriteScope();
    WriteScope(const WriteScope &) = delete;
    WriteScope &operator=(const WriteScope &) = delete;

    const Status &beginStatus() const { return m_begin; }
    Status commit();

private:
    Database &m_db;
    QByteArray m_savepoint;
    Status m_begin;
    bool m_nested = false;
    bool m_active = false;
};

} // namespace steward::sql
