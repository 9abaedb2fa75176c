// The store: migrations on a fresh file and on reopening, pragmas, per-thread connections,
// transactions that roll back.

#include "SandboxFixture.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QSqlError>
#include <QThread>

using namespace sandboxtest;

namespace {
QString pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA %1").arg(name));
    return q.next() ? q.value(0).toString() : QString();
}
} // namespace

class TestSandboxMigrations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void freshFileGetsEveryMigration()
    {
        QTemporaryDir dir;
        auto database = store::Database::open(dir.filePath(QStringLiteral("fresh.sqlite")));
        QCOMPARE(database->schemaVersion(), store::latestSchemaVersion());
        QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM schema_version")),
                 qint64(store::latestSchemaVersion()));
        const QStringList tables = tableNames(*database);
        for (const char *table : {"institutions", "operators", "symphony_api_keys", "contacts", "individuals",
                                  "structures", "addresses", "communication_means", "authorizations",
                                  "criteria_values", "administrative_numbers", "structure_members", "structure_types",
                                  "criteria", "criterion_elements", "authorization_types", "administrative_number_types",
                                  "points_of_sales", "sales_channels", "remember_me_tokens", "symphony_tokens",
                                  "outbox", "social_links", "advantages"}) {
            QVERIFY2(tables.contains(QLatin1StringView(table)), table);
        }
        for (const QString &index : store::secondaryIndexNames())
            QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '%1'").arg(index)), 1);
    }

    void pragmasOfANormalOpen()
    {
        QTemporaryDir dir;
        auto database = store::Database::open(dir.filePath(QStringLiteral("p.sqlite")));
        const QSqlDatabase db = database->connection();
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(db, QStringLiteral("synchronous")), QStringLiteral("1")); // NORMAL
    }

    void reopeningKeepsDataAndAppliesNothingTwice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.sqlite"));
        {
            auto database = store::Database::open(path);
            store::Transaction t(*database, store::Transaction::Kind::Write);
            store::execute(t.db(), QStringLiteral("INSERT INTO institutions (code, name) VALUES ('TEST', 'Test')"));
            t.commit();
        }
        auto database = store::Database::open(path);
        QCOMPARE(database->schemaVersion(), store::latestSchemaVersion());
        QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM schema_version")),
                 qint64(store::latestSchemaVersion()));
        QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM institutions WHERE code = 'TEST'")), 1);
    }

    void anOlderDatabaseIsMigratedForward()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // Make the file look like one written by schema version 1.
            auto database = store::Database::open(path);
            const QSqlDatabase db = database->connection();
            store::execute(db, QStringLiteral("DELETE FROM schema_version WHERE version > 1"));
            store::execute(db, QStringLiteral("DROP INDEX addresses_town"));
            store::execute(db, QStringLiteral("CREATE INDEX addresses_town ON addresses(institution_id, town_folded)"));
        }
        auto database = store::Database::open(path);
        QCOMPARE(database->schemaVersion(), store::latestSchemaVersion());
        QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM pragma_index_info('addresses_town')")), 3);
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        auto database = store::Database::open(dir.filePath(QStringLiteral("fk.sqlite")));
        QSqlQuery q(database->connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO individuals (contact_id, last_name) VALUES (4242, 'Nobody')")));
        QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM individuals")), 0);
    }

    void aTransactionNotCommittedWritesNothing()
    {
        QTemporaryDir dir;
        auto database = store::Database::open(dir.filePath(QStringLiteral("t.sqlite")));
        try {
            store::Transaction t(*database, store::Transaction::Kind::Write);
            store::execute(t.db(), QStringLiteral("INSERT INTO institutions (code, name) VALUES ('A', 'A')"));
            store::execute(t.db(), QStringLiteral("INSERT INTO institutions (code, name) VALUES ('A', 'again')"));
            t.commit();
            QFAIL("the duplicate code was accepted");
        } catch (const store::StoreError &) {
        }
        QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM institutions")), 0);
    }

    void eachThreadHasItsOwnConnection()
    {
        QTemporaryDir dir;
        auto database = store::Database::open(dir.filePath(QStringLiteral("th.sqlite")));
        const QString mainName = database->connection().connectionName();
        QString otherName;
        qint64 seen = -1;
        QThread *thread = QThread::create([&] {
            otherName = database->connection().connectionName();
            store::Transaction t(*database, store::Transaction::Kind::Write);
            store::execute(t.db(), QStringLiteral("INSERT INTO institutions (code, name) VALUES ('B', 'B')"));
            t.commit();
            seen = scalar(*database, QStringLiteral("SELECT count(*) FROM institutions"));
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QVERIFY(!otherName.isEmpty());
        QVERIFY(otherName != mainName);
        QCOMPARE(seen, 1);
        QCOMPARE(scalar(*database, QStringLiteral("SELECT count(*) FROM institutions")), 1);
        // The ended thread's connection was removed with it.
        QVERIFY(!QSqlDatabase::contains(otherName));
    }
};

QTEST_GUILESS_MAIN(TestSandboxMigrations)
#include "tst_sandboxstore_migrations.moc"
