#pragma once

// Prepared INSERT statements on the native SQLite handle of a Qt SQL connection, for the
// seeder's bulk load only. Qt SQL spends about a microsecond per bound value (it names
// and converts every placeholder); a million seeded contacts are some ten million rows,
// so the seeder binds through sqlite3_bind_* directly, on the same connection and inside
// the same transaction as everything else. Every other statement goes through Qt SQL.

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <cstddef>

struct sqlite3;
struct sqlite3_stmt;

namespace contactdesk::sandbox::store {

class BulkStatement {
public:
    BulkStatement(const QSqlDatabase &db, const char *statement); // throws StoreError
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    BulkStatement &bind(qint64 value);
    BulkStatement &bind(int value) { return bind(qint64(value)); }
    BulkStatement &bind(const QString &value); // a null QString binds NULL
    BulkStatement &bind(const QByteArray &value); // a null QByteArray binds NULL; a blob otherwise
    BulkStatement &bind(std::nullptr_t);
    // Runs the statement with the values bound since the last exec; throws StoreError.
    void exec();

private:
    void check(int code, const char *what);

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_index = 0;
};

} // namespace contactdesk::sandbox::store
