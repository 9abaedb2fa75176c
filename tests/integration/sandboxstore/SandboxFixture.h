#pragma once

// A sandbox on a fresh file in a temporary directory, and ways to look at its database
// directly: row counts of every table and a fingerprint of all their content (a failed
// call must leave both unchanged).

#include "domain/SandboxService.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace sandboxtest {

using namespace contactdesk;
using namespace contactdesk::sandbox;

struct Fixture {
    QTemporaryDir directory;
    OpenedSandbox opened;

    explicit Fixture(int seedContacts = 200, int seedStructures = -1)
    {
        SandboxOptions options;
        options.databasePath = directory.filePath(QStringLiteral("sandbox.sqlite"));
        options.seedContacts = seedContacts;
        options.seedStructures = seedStructures;
        auto result = openSandbox(options);
        if (!result.ok())
            qFatal("openSandbox failed: %s", qPrintable(result.error().toString()));
        opened = std::move(result).value();
    }
    QString path() const { return directory.filePath(QStringLiteral("sandbox.sqlite")); }
    SandboxService &service() { return *opened.service; }
    store::Database &database() { return opened.service->database(); }
};

// A clock the test controls.
inline CallContext contextAt(const QDateTime &now, const QString &institution = QStringLiteral("MOSA"))
{
    return CallContext{institution, QStringLiteral("MOSA_DEMO"), now};
}
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC);
}

inline QStringList tableNames(store::Database &database)
{
    QSqlQuery q(database.connection());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

inline QMap<QString, qint64> rowCounts(store::Database &database)
{
    QMap<QString, qint64> counts;
    for (const QString &table : tableNames(database))
        counts.insert(table, database.rowCount(table));
    return counts;
}

// SHA-256 over every row of every table (rowid order).
inline QByteArray fingerprint(store::Database &database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tableNames(database)) {
        QSqlQuery q(database.connection());
        q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        hash.addData(table.toUtf8());
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                hash.addData(q.isNull(i) ? QByteArray("\x01null") : q.value(i).toByteArray());
                hash.addData(QByteArray("\x00", 1));
            }
        }
    }
    return hash.result();
}

inline qint64 scalar(store::Database &database, const QString &sql)
{
    QSqlQuery q(database.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace sandboxtest
