#pragma once

// The sandbox's SQLite file through Qt SQL (QSQLITE).
//
// Connections: Qt SQL connections belong to the thread that opened them, so each thread
// gets its own named connection on first use (connection()), removed when the thread ends
// or when the Database goes away.
//
// Pragmas of a normal open: journal_mode=WAL, synchronous=NORMAL, foreign_keys=ON,
// busy_timeout 30 s. synchronous=NORMAL rather than FULL: in WAL mode a commit is written
// to the WAL before COMMIT returns, so a crashed or SIGKILLed process loses no committed
// transaction and never leaves a corrupt file; only an OS crash or power cut may lose the
// last few commits, an acceptable price for a local sandbox in exchange for no fsync per
// call. A BulkLoad open (the seeder, on a file nobody else sees yet) turns the journal and
// syncing off and holds the file exclusively; the seeder renames the file into place only
// once it is complete.

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QThreadStorage>

#include <memory>
#include <mutex>

class QTemporaryDir;

namespace contactdesk::sandbox::store {

enum class OpenMode { Normal, BulkLoad };

class Database {
public:
    // Opens (creating) the file and applies the pending schema migrations. Throws StoreError.
    static std::shared_ptr<Database> open(const QString &path, OpenMode mode = OpenMode::Normal);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }
    OpenMode mode() const { return m_mode; }

    // The calling thread's connection, opened and configured on first use. Throws StoreError.
    QSqlDatabase connection();

    int schemaVersion();
    qint64 rowCount(const QString &table);

    // Keeps a temporary directory (the --memory database) alive as long as the file is used.
    void adoptTemporaryDirectory(std::unique_ptr<QTemporaryDir> directory);

    // Serialises the write transactions of this process (SQLite allows one writer).
    QMutex &writeMutex() { return m_writeMutex; }

private:
    Database(QString path, OpenMode mode);
    void removeConnections();

    struct ThreadConnection; // removes its connection when its thread ends
    std::unique_ptr<QTemporaryDir> m_temporaryDirectory;
    QString m_path;
    OpenMode m_mode;
    QString m_namePrefix;
    QMutex m_writeMutex;
    QMutex m_namesMutex;
    QStringList m_connectionNames;
    QThreadStorage<ThreadConnection *> m_threadConnection;
};

// One transaction on the calling thread's connection: BEGIN (reads, a WAL snapshot) or
// BEGIN IMMEDIATE under the process's write mutex (writes). Rolled back when destroyed
// without commit(). Throws StoreError.
class Transaction {
public:
    enum class Kind { Read, Write };
    Transaction(Database &database, Kind kind);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const QSqlDatabase &db() const { return m_db; }
    void commit();

private:
    std::unique_lock<QMutex> m_writeLock;
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace contactdesk::sandbox::store
