#pragma once

#include "core/store/ProjectStore.h"
#include "core/store/Sqlite.h"

namespace steward {

// The SQLite connection of an open project, for core's own services (the stores of rules,
// templates, classifications and secrets, the importer, the profiler) and for core's tests.
// Shells (ui/, app/) never include this header: they go through those services, so that SQL and
// transactions stay in core and the schema can change without touching a window or a command.
class StoreAccess final {
public:
    static sql::Database &db(ProjectStore &store) { return store.m_db; }
};

} // namespace steward
