#pragma once

// Harness of the client-against-sandbox tests: a sandbox on a fresh file in a temporary
// directory, served by an in-process SandboxServer on 127.0.0.1 (free port), and one or more
// stacks of OUR client (HttpTransport + RequestLog + S360Client + SymphonyClient) pointed at it.
// The tests check the database directly through the service's store.

#include "api/S360Client.h"
#include "api/SymphonyClient.h"
#include "domain/SandboxService.h"
#include "server/SandboxServer.h"
#include "store/Database.h"
#include "transport/HttpTransport.h"
#include "transport/RequestLog.h"

#include "SpinUntil.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QTimer>
#include <QFuture>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace clientsandbox {

using namespace contactdesk;
using namespace contactdesk::sandbox;
using sandbox::server::FaultSpec;
using sandbox::server::SandboxServer;
using sandbox::server::ServerOptions;

struct RunningSandbox {
    QTemporaryDir directory;
    std::unique_ptr<SandboxService> service;
    DemoCredentials credentials;
    std::unique_ptr<SandboxServer> server;

    QUrl base() const { return server->baseUrl(); }
    store::Database &database() const { return service->database(); }
};

// A sandbox on a new file with `seedContacts` individuals, no server-side rate limit unless asked.
inline std::unique_ptr<RunningSandbox> startSandbox(int seedContacts = 200, ServerOptions options = {})
{
    auto running = std::make_unique<RunningSandbox>();
    SandboxOptions sandboxOptions;
    sandboxOptions.databasePath = running->directory.filePath(QStringLiteral("sandbox.sqlite"));
    sandboxOptions.seedContacts = seedContacts;
    Result<OpenedSandbox> opened = openSandbox(sandboxOptions);
    if (!opened) {
        qWarning("openSandbox failed: %s", qUtf8Printable(opened.error().toString()));
        return nullptr;
    }
    running->service = std::move(opened.value().service);
    running->credentials = opened.value().credentials;
    options.institution = running->credentials.institution;
    running->server = std::make_unique<SandboxServer>(*running->service, options);
    if (!running->server->start()) {
        qWarning("server start failed: %s", qUtf8Printable(running->server->errorString()));
        return nullptr;
    }
    return running;
}

// One client as the app builds it for a profile: its own transport, log and clients.
struct ClientStack {
    transport::HttpTransport transport;
    transport::RequestLog log;
    S360Client s360;
    SymphonyClient symphony;

    ClientStack(const RunningSandbox &sandbox, S360Binding binding,
                SymphonyBinding symphonyBinding = SymphonyBinding::Soap11)
        : s360(&transport, &log), symphony(&transport, &log)
    {
        const DemoCredentials &c = sandbox.credentials;
        S360Connection connection;
        connection.baseUrl = sandbox.base();
        connection.institution = c.institution;
        connection.operatorLogin = c.operatorLogin;
        connection.partnerName = c.partnerName;
        connection.binding = binding;
        connection.timeoutMs = 20000;
        s360.setConnection(connection);
        s360.setSecrets({c.operatorPassword, c.jwtSecret});
        SymphonyConnection sc;
        sc.baseUrl = sandbox.base();
        sc.apiKey = c.symphonyApiKey;
        sc.institution = c.institution;
        sc.binding = symphonyBinding;
        sc.timeoutMs = 20000;
        symphony.setConnection(sc);
        symphony.setApiSecret(c.symphonySecret);
    }

    // The client-side limit (180 calls a minute by default) would make load tests crawl.
    void liftRateLimit() { transport.rateLimiter()->setLimit(100'000'000, 60'000); }
};

// The server and the client share this thread: wait by spinning its event loop.
using testsupport::spinUntil;

// Runs the event loop until the call ends.
template <class T> Result<T> await(QFuture<Result<T>> future, int timeoutMs = 60000)
{
    if (!spinUntil([&] { return future.isFinished(); }, timeoutMs))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("test: the call did not end in time"));
    if (future.isCanceled() || future.resultCount() == 0)
        return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("test: the future ended with no result"));
    return future.result();
}

inline QString describe(const ApiError &e)
{
    return ApiError::kindName(e.kind) + u' ' + e.toString() + QStringLiteral(" field=") + e.field;
}

// ---------------------------------------------------------------- the database, directly

inline qint64 scalar(store::Database &database, const QString &sql)
{
    QSqlQuery q(database.connection());
    if (!q.exec(sql) || !q.next()) {
        qWarning("query failed: %s", qUtf8Printable(sql));
        return -1;
    }
    return q.value(0).toLongLong();
}

inline QString text(store::Database &database, const QString &sql)
{
    QSqlQuery q(database.connection());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<no row>");
    return q.value(0).toString();
}

// SHA-256 over every row of every table (rowid order): a call that writes nothing leaves it alone.
inline QByteArray fingerprint(store::Database &database)
{
    QStringList tables;
    {
        QSqlQuery q(database.connection());
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        while (q.next())
            tables << q.value(0).toString();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tables) {
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

inline const QStringList &allDetails()
{
    static const QStringList details{QStringLiteral("GENERAL"),        QStringLiteral("ADDRESSES"),
                                     QStringLiteral("COM_MEANS"),      QStringLiteral("AUTHORIZATIONS"),
                                     QStringLiteral("CRITERIA"),       QStringLiteral("ADVANTAGES"),
                                     QStringLiteral("INDIVIDUAL_PHOTO")};
    return details;
}

// A valid new individual.
inline dto::IndividualContactData person(const QString &first, const QString &last, const QString &email = {})
{
    dto::IndividualContactData d;
    dto::IndividualData i;
    i.individualFirstName = first;
    i.individualLastName = last;
    i.individualTitle = QStringLiteral("MRS");
    i.individualLanguage = QStringLiteral("de");
    d.individualContact = i;
    if (!email.isEmpty())
        d.email = email;
    dto::ContactAddressData a;
    a.addressTypes = QStringList{QStringLiteral("MAIN")};
    a.line1 = QStringLiteral("Bahnhofstrasse 1");
    a.zipCode = QStringLiteral("3011");
    a.town = QStringLiteral("Bern");
    a.countryCode = QStringLiteral("CH");
    d.addresses = QList<dto::ContactAddressData>{a};
    return d;
}

} // namespace clientsandbox
