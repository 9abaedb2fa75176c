#include "commands/SandboxCommand.h"

#include "Console.h"
#include "TerminationSignals.h"
#include "server/FaultSpec.h"
#include "server/SandboxServer.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace contactdesk::cli {

namespace {

QString defaultDatabase()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox.sqlite");
}

// A secret the user asked to see (--print-secrets): itself when printable ASCII, else base64.
QString secretText(const QByteArray &secret)
{
    for (const char c : secret) {
        if (c < 0x21 || c > 0x7e)
            return QStringLiteral("base64:") + QString::fromLatin1(secret.toBase64());
    }
    return QString::fromLatin1(secret);
}

std::optional<CliError> readCount(const QCommandLineParser &parser, const QString &option, int minimum, int &out)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum)
        return CliError::usage(QStringLiteral("--%1: expected an integer >= %2").arg(option).arg(minimum));
    out = value;
    return std::nullopt;
}

} // namespace

SandboxCommand::SandboxCommand(CommandContext &context, QObject *parent) : CommandRunner(context, parent) {}

SandboxCommand::~SandboxCommand()
{
    m_server.reset(); // the server closes before the database
    m_service.reset();
}

void SandboxCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        QStringLiteral("Run the local S-360 Contact API and Symphony API server (a real SQLite database with seeded "
                       "demo data) in the foreground, like contactdesk-sandbox, until Ctrl+C."));
    parser.addOptions({
        {QStringLiteral("port"), QStringLiteral("TCP port; 0 = any free port (the one chosen is printed)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("bind"), QStringLiteral("Address to listen on (default 127.0.0.1: loopback only)."),
         QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("db"), QStringLiteral("SQLite database file (default %1).").arg(defaultDatabase()),
         QStringLiteral("PATH")},
        {QStringLiteral("memory"), QStringLiteral("Use a temporary database, deleted on exit.")},
        {QStringLiteral("seed-contacts"), QStringLiteral("Individuals seeded into a new database (default 5000)."),
         QStringLiteral("N")},
        {QStringLiteral("rate-limit"), QStringLiteral("Calls a minute per institution (default 180; 0 = no limit)."),
         QStringLiteral("N")},
        {QStringLiteral("faults"),
         QStringLiteral("Fault injection, e.g. latency=200ms,error500=0.1,rate509=0.05,truncate=0.05,malformed=0.05,"
                        "drop=0.05,seed=42,phase=natural|before|after."),
         QStringLiteral("SPEC")},
        {QStringLiteral("workers"), QStringLiteral("Threads answering calls (default: one per core, at least 2)."),
         QStringLiteral("N")},
        {QStringLiteral("print-secrets"),
         QStringLiteral("Also print the demo operator's password, API secret and the Symphony key's secret.")},
    });
}

std::optional<CliError> SandboxCommand::configure(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return CliError::usage(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    bool portOk = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&portOk);
    if (!portOk || port > 65535)
        return CliError::usage(QStringLiteral("--port: expected 0..65535"));
    m_serverOptions.port = static_cast<quint16>(port);
    const QString bind = parser.value(QStringLiteral("bind"));
    m_serverOptions.bindAddress = bind == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(bind);
    if (m_serverOptions.bindAddress.isNull())
        return CliError::usage(QStringLiteral("--bind: not an IP address: %1").arg(bind));
    int rateLimit = m_serverOptions.rateLimitPerMinute;
    int workers = m_serverOptions.workerThreads;
    for (const auto &[option, minimum, target] :
         {std::tuple{QStringLiteral("seed-contacts"), 0, &m_sandboxOptions.seedContacts},
          std::tuple{QStringLiteral("rate-limit"), 0, &rateLimit}, std::tuple{QStringLiteral("workers"), 0, &workers}}) {
        if (std::optional<CliError> error = readCount(parser, option, minimum, *target))
            return error;
    }
    m_serverOptions.rateLimitPerMinute = rateLimit;
    m_serverOptions.workerThreads = workers;
    if (parser.isSet(QStringLiteral("faults"))) {
        const Result<sandbox::server::FaultSpec> faults =
            sandbox::server::FaultSpec::parse(parser.value(QStringLiteral("faults")));
        if (!faults)
            return CliError::usage(QStringLiteral("--faults: %1").arg(faults.error().message));
        m_serverOptions.faults = faults.value();
    }
    m_sandboxOptions.inMemory = parser.isSet(QStringLiteral("memory"));
    m_sandboxOptions.databasePath =
        parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabase();
    m_printSecrets = parser.isSet(QStringLiteral("print-secrets"));
    m_logRequests = options().verbose;
    return std::nullopt;
}

void SandboxCommand::start()
{
    if (!m_sandboxOptions.inMemory && !QDir().mkpath(QFileInfo(m_sandboxOptions.databasePath).absolutePath())) {
        fail(CliError::failure(QStringLiteral("Cannot create the folder of %1").arg(m_sandboxOptions.databasePath)));
        return;
    }
    auto *signals_ = new TerminationSignals(this);
    if (!signals_->install()) {
        fail(CliError::failure(QStringLiteral("Cannot install the SIGINT/SIGTERM handlers.")));
        return;
    }
    connect(signals_, &TerminationSignals::received, this, &SandboxCommand::stop);

    Result<sandbox::OpenedSandbox> opened = sandbox::openSandbox(m_sandboxOptions);
    if (!opened) {
        fail(CliError::failure(QStringLiteral("Cannot open the sandbox database: %1").arg(opened.error().message)));
        return;
    }
    const sandbox::DemoCredentials credentials = opened.value().credentials;
    m_service = std::move(opened.value().service);
    m_serverOptions.institution = credentials.institution;
    m_server = std::make_unique<sandbox::server::SandboxServer>(*m_service, m_serverOptions);
    if (!m_server->start()) {
        fail(CliError::failure(QStringLiteral("Cannot start the server: %1").arg(m_server->errorString())));
        return;
    }
    if (m_logRequests)
        connect(m_server.get(), &sandbox::server::SandboxServer::requestAnswered, this,
                [](const QString &summary) { Console::outLine(summary); });

    Console::outLine(QStringLiteral("ContactDesk sandbox listening on %1").arg(m_server->baseUrl().toString()));
    Console::outLine(QStringLiteral("Database: %1%2")
                         .arg(m_sandboxOptions.inMemory ? QStringLiteral("(temporary, in memory)")
                                                        : m_sandboxOptions.databasePath,
                              opened.value().seeded
                                  ? QStringLiteral(" (new, seeded in %1 ms)").arg(opened.value().seedMillis)
                                  : QString()));
    Console::outLine(QStringLiteral("Institution: %1").arg(credentials.institution));
    Console::outLine(QStringLiteral("Operator login: %1").arg(credentials.operatorLogin));
    if (m_printSecrets) {
        Console::outLine(QStringLiteral("Partner name (JWT iss): %1").arg(credentials.partnerName));
        Console::outLine(QStringLiteral("Symphony API key: %1").arg(credentials.symphonyApiKey));
        Console::outLine(QStringLiteral("Operator password: %1").arg(credentials.operatorPassword));
        Console::outLine(QStringLiteral("Operator API secret (REST JWT HS256 key): %1").arg(secretText(credentials.jwtSecret)));
        Console::outLine(QStringLiteral("Symphony API secret: %1").arg(secretText(credentials.symphonySecret)));
    } else {
        Console::outLine(QStringLiteral("Credentials not shown (--print-secrets shows them)."));
    }
    if (m_serverOptions.faults.isActive())
        Console::outLine(QStringLiteral("Fault injection: %1").arg(m_serverOptions.faults.toString()));
    Console::outLine(QStringLiteral("Rate limit: %1")
                         .arg(m_serverOptions.rateLimitPerMinute > 0
                                  ? QStringLiteral("%1 calls a minute").arg(m_serverOptions.rateLimitPerMinute)
                                  : QStringLiteral("none")));
}

void SandboxCommand::stop()
{
    m_server.reset();
    m_service.reset();
    Console::outLine(QStringLiteral("ContactDesk sandbox stopped."));
    succeed();
}

} // namespace contactdesk::cli
