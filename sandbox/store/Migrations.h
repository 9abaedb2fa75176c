#pragma once

// Versioned schema migrations, applied at open: schema_version holds one row per applied
// migration; each migration runs in its own write transaction. Migration 1 creates
// everything. A later change of schema is a new migration appended to the list, never an
// edit of an applied one.

#include <QSqlDatabase>
#include <QStringList>

namespace contactdesk::sandbox::store {

class Database;

int latestSchemaVersion();
void applyMigrations(Database &database); // throws StoreError

// The secondary (search and lookup) indexes of the current schema. The bulk loader drops
// them before inserting and creates them again afterwards: building an index once over
// sorted data is much faster than maintaining it row by row.
QStringList secondaryIndexNames();
QStringList secondaryIndexDefinitions();

} // namespace contactdesk::sandbox::store
