#include "store/Database.h"

#include "store/Migrations.h"
#include "store/Sql.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QSqlError>
#include <QTemporaryDir>
#include <QThread>

namespace contactdesk::sandbox::store {

struct Database::ThreadConnection {
    QString name;
    ~ThreadConnection() { QSqlDatabase::removeDatabase(name); }
};

namespace {
QAtomicInteger<quint64> databaseCounter;
}

Database::Database(QString path, OpenMode mode)
    : m_path(std::move(path)),
      m_mode(mode),
      m_namePrefix(QStringLiteral("contactdesk-sandbox-%1").arg(databaseCounter.fetchAndAddRelaxed(1)))
{
}

std::shared_ptr<Database> Database::open(const QString &path, OpenMode mode)
{
    std::shared_ptr<Database> database(new Database(path, mode));
    applyMigrations(*database);
    return database;
}

Database::~Database()
{
    removeConnections();
}

void Database::removeConnections()
{
    if (m_threadConnection.hasLocalData())
        m_threadConnection.setLocalData(nullptr); // deletes this thread's slot
    QMutexLocker locker(&m_namesMutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
    m_connectionNames.clear();
}

void Database::adoptTemporaryDirectory(std::unique_ptr<QTemporaryDir> directory)
{
    m_temporaryDirectory = std::move(directory);
}

QSqlDatabase Database::connection()
{
    if (m_threadConnection.hasLocalData()) {
        QSqlDatabase db = QSqlDatabase::database(m_threadConnection.localData()->name, false);
        if (db.isOpen())
            return db;
    }
    const QString name = QStringLiteral("%1-%2").arg(m_namePrefix).arg(
        reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!db.open()) {
        const QString error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StoreError(QStringLiteral("cannot open %1: %2").arg(m_path, error));
    }
    {
        QMutexLocker locker(&m_namesMutex);
        if (!m_connectionNames.contains(name))
            m_connectionNames.append(name);
    }
    auto *slot = new ThreadConnection{name};
    m_threadConnection.setLocalData(slot);

    if (m_mode == OpenMode::BulkLoad) {
        execute(db, QStringLiteral("PRAGMA page_size=8192")); // before the first table: a new file
        execute(db, QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"));
        execute(db, QStringLiteral("PRAGMA journal_mode=OFF"));
        execute(db, QStringLiteral("PRAGMA synchronous=OFF"));
        execute(db, QStringLiteral("PRAGMA foreign_keys=OFF"));
        execute(db, QStringLiteral("PRAGMA temp_store=MEMORY"));
        execute(db, QStringLiteral("PRAGMA cache_size=-262144")); // 256 MiB
        execute(db, QStringLiteral("PRAGMA threads=2"));          // helper threads for index sorts
    } else {
        execute(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        execute(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
        execute(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        execute(db, QStringLiteral("PRAGMA busy_timeout=30000"));
        execute(db, QStringLiteral("PRAGMA cache_size=-32768")); // 32 MiB per connection
        execute(db, QStringLiteral("PRAGMA mmap_size=268435456"));
    }
    return db;
}

int Database::schemaVersion()
{
    return int(Sql(connection(), QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")).scalar());
}

qint64 Database::rowCount(const QString &table)
{
    // Table names come from code, never from a request.
    return Sql(connection(), QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).scalar();
}

Transaction::Transaction(Database &database, Kind kind)
{
    if (kind == Kind::Write)
        m_writeLock = std::unique_lock<QMutex>(database.writeMutex());
    m_db = database.connection();
    execute(m_db, kind == Kind::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    execute(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace contactdesk::sandbox::store
