// contactdesk-sandbox: a local S-360 / Symphony server on a real database (CONTRACT.md).
// Prints its base URL and the demo operator's login; the secrets only with --print-secrets.
// Runs until SIGINT or SIGTERM, then closes the server and the database cleanly.

#include "domain/SandboxService.h"
#include "server/FaultSpec.h"
#include "server/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace contactdesk;
using namespace contactdesk::sandbox;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// SIGINT/SIGTERM end the event loop (through a socket pair: a signal handler may only write).
bool installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(SIGINT, &action, nullptr) == 0 && sigaction(SIGTERM, &action, nullptr) == 0;
}

void print(const QString &line)
{
    std::fputs(qUtf8Printable(line + u'\n'), stdout);
    std::fflush(stdout);
}

void printError(const QString &line)
{
    std::fputs(qUtf8Printable(line + u'\n'), stderr);
}

// A secret as text: itself when printable ASCII, else base64 marked as such.
QString secretText(const QByteArray &secret)
{
    for (const char c : secret) {
        if (c < 0x21 || c > 0x7e)
            return QStringLiteral("base64:") + QString::fromLatin1(secret.toBase64());
    }
    return QString::fromLatin1(secret);
}

bool parseCount(const QCommandLineParser &parser, const QString &option, int minimum, int &out)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum) {
        printError(QStringLiteral("--%1: expected an integer >= %2").arg(option).arg(minimum));
        return false;
    }
    out = value;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ContactDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTACTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local S-360 Contact API and Symphony API server on a real SQLite database, with seeded demo data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString defaultDb = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox.sqlite");
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("TCP port; 0 = any free port (the one chosen is printed)."), QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("bind"), QStringLiteral("Address to listen on (default 127.0.0.1: loopback only)."), QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("db"), QStringLiteral("SQLite database file (default %1).").arg(defaultDb), QStringLiteral("PATH")},
        {QStringLiteral("memory"), QStringLiteral("Use a temporary database, deleted on exit.")},
        {QStringLiteral("seed-contacts"), QStringLiteral("Individuals seeded into a new database (default 5000)."), QStringLiteral("N")},
        {QStringLiteral("rate-limit"), QStringLiteral("Calls a minute per institution (default 180; 0 = no limit)."), QStringLiteral("N")},
        {QStringLiteral("faults"), QStringLiteral("Fault injection, e.g. latency=200ms,error500=0.1,rate509=0.05,truncate=0.05,"
                                                  "malformed=0.05,drop=0.05,seed=42,phase=natural|before|after."), QStringLiteral("SPEC")},
        {QStringLiteral("workers"), QStringLiteral("Threads answering calls (default: one per core, at least 2)."), QStringLiteral("N")},
        {QStringLiteral("print-secrets"), QStringLiteral("Also print the demo operator's password, API secret and the Symphony key's secret.")},
        {QStringLiteral("verbose"), QStringLiteral("Print one line per request (method, path, status; never bodies or credentials).")},
    });
    parser.process(app);

    server::ServerOptions serverOptions;
    SandboxOptions sandboxOptions;

    bool portOk = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&portOk);
    if (!portOk || port > 65535) {
        printError(QStringLiteral("--port: expected 0..65535"));
        return 2;
    }
    serverOptions.port = static_cast<quint16>(port);
    const QString bind = parser.value(QStringLiteral("bind"));
    serverOptions.bindAddress = bind == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(bind);
    if (serverOptions.bindAddress.isNull()) {
        printError(QStringLiteral("--bind: not an IP address: %1").arg(bind));
        return 2;
    }
    int rateLimit = serverOptions.rateLimitPerMinute;
    int workers = serverOptions.workerThreads;
    if (!parseCount(parser, QStringLiteral("seed-contacts"), 0, sandboxOptions.seedContacts) ||
        !parseCount(parser, QStringLiteral("rate-limit"), 0, rateLimit) ||
        !parseCount(parser, QStringLiteral("workers"), 0, workers))
        return 2;
    serverOptions.rateLimitPerMinute = rateLimit;
    serverOptions.workerThreads = workers;
    if (parser.isSet(QStringLiteral("faults"))) {
        const Result<server::FaultSpec> faults = server::FaultSpec::parse(parser.value(QStringLiteral("faults")));
        if (!faults) {
            printError(faults.error().message);
            return 2;
        }
        serverOptions.faults = faults.value();
    }
    sandboxOptions.inMemory = parser.isSet(QStringLiteral("memory"));
    sandboxOptions.databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDb;
    if (!sandboxOptions.inMemory && !QDir().mkpath(QFileInfo(sandboxOptions.databasePath).absolutePath())) {
        printError(QStringLiteral("Cannot create the folder of %1").arg(sandboxOptions.databasePath));
        return 1;
    }

    if (!installSignalHandlers(app)) {
        printError(QStringLiteral("Cannot install the SIGINT/SIGTERM handlers."));
        return 1;
    }

    Result<OpenedSandbox> opened = openSandbox(sandboxOptions);
    if (!opened) {
        printError(QStringLiteral("Cannot open the sandbox database: %1").arg(opened.error().message));
        return 1;
    }
    const DemoCredentials credentials = opened.value().credentials;
    std::unique_ptr<SandboxService> service = std::move(opened.value().service);
    serverOptions.institution = credentials.institution;

    int exitCode = 0;
    {
        server::SandboxServer httpServer(*service, serverOptions);
        if (!httpServer.start()) {
            printError(QStringLiteral("Cannot start the server: %1").arg(httpServer.errorString()));
            return 1;
        }
        if (parser.isSet(QStringLiteral("verbose")))
            QObject::connect(&httpServer, &server::SandboxServer::requestAnswered, &app,
                             [](const QString &summary) { print(summary); });

        print(QStringLiteral("ContactDesk sandbox listening on %1").arg(httpServer.baseUrl().toString()));
        print(QStringLiteral("Database: %1%2")
                  .arg(sandboxOptions.inMemory ? QStringLiteral("(temporary, in memory)") : sandboxOptions.databasePath,
                       opened.value().seeded
                           ? QStringLiteral(" (new, seeded in %1 ms)").arg(opened.value().seedMillis)
                           : QString()));
        print(QStringLiteral("Institution: %1").arg(credentials.institution));
        print(QStringLiteral("Operator login: %1").arg(credentials.operatorLogin));
        if (parser.isSet(QStringLiteral("print-secrets"))) {
            print(QStringLiteral("Partner name (JWT iss): %1").arg(credentials.partnerName));
            print(QStringLiteral("Symphony API key: %1").arg(credentials.symphonyApiKey));
            print(QStringLiteral("Operator password: %1").arg(credentials.operatorPassword));
            print(QStringLiteral("Operator API secret (REST JWT HS256 key): %1").arg(secretText(credentials.jwtSecret)));
            print(QStringLiteral("Symphony API secret: %1").arg(secretText(credentials.symphonySecret)));
        } else {
            print(QStringLiteral("Credentials not shown (--print-secrets shows them)."));
        }
        if (serverOptions.faults.isActive())
            print(QStringLiteral("Fault injection: %1").arg(serverOptions.faults.toString()));
        print(QStringLiteral("Rate limit: %1").arg(serverOptions.rateLimitPerMinute > 0
                                                       ? QStringLiteral("%1 calls a minute").arg(serverOptions.rateLimitPerMinute)
                                                       : QStringLiteral("none")));

        exitCode = app.exec();
    } // the server closes before the database
    service.reset();
    print(QStringLiteral("ContactDesk sandbox stopped."));
    return exitCode;
}
