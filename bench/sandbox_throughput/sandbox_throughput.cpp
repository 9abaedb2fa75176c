// Throughput and latency of the sandbox as OUR client sees it (S360Client over HttpTransport,
// loopback HTTP to an in-process SandboxServer): getContactData (all details) and
// searchContactByCriteria (last-name prefix, 50 rows), over SOAP and REST, with 1 and 8
// concurrent clients, at 100,000 contacts. With --million: search p95 at 1,000,000 contacts.
//
//   sandbox_throughput [--requests N] [--contacts N] [--million] [--cache-dir DIR]
//
// The seeded databases are kept in the cache directory (default: next to the executable in the
// build tree) and reused by later runs. Prints figures; asserts nothing.

#include "api/S360Client.h"
#include "domain/SandboxService.h"
#include "server/SandboxServer.h"
#include "store/Database.h"
#include "transport/HttpTransport.h"
#include "transport/RequestLog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace contactdesk;
using namespace contactdesk::sandbox;

namespace {

enum class Operation { Get, Search };

struct Client {
    transport::HttpTransport transport;
    transport::RequestLog log{16};
    S360Client s360{&transport, &log};

    Client(const QUrl &base, const DemoCredentials &c, S360Binding binding)
    {
        transport.rateLimiter()->setLimit(100'000'000, 60'000);
        S360Connection connection;
        connection.baseUrl = base;
        connection.institution = c.institution;
        connection.operatorLogin = c.operatorLogin;
        connection.partnerName = c.partnerName;
        connection.binding = binding;
        s360.setConnection(connection);
        s360.setSecrets({c.operatorPassword, c.jwtSecret});
    }
};

struct Workload {
    QStringList numbers;  // contacts to read
    QStringList prefixes; // last-name prefixes to search
};

struct Figures {
    int requests = 0;
    int errors = 0;
    qint64 wallMs = 0;
    std::vector<double> latenciesMs;

    double percentile(double p) const
    {
        if (latenciesMs.empty())
            return 0;
        std::vector<double> sorted = latenciesMs;
        std::sort(sorted.begin(), sorted.end());
        const size_t index = std::min(sorted.size() - 1, size_t(p * double(sorted.size() - 1) + 0.5));
        return sorted[index];
    }
};

// One client issuing `count` calls back to back; the callback chain runs on the event loop.
class Runner : public QObject {
public:
    Runner(Client &client, Operation op, const Workload &workload, int count, quint32 seed, Figures &figures)
        : m_client(client), m_op(op), m_workload(workload), m_left(count), m_random(seed), m_figures(figures)
    {
    }
    bool done() const { return m_left == 0 && !m_inFlight; }
    QString firstError() const { return m_firstError; }

    void next()
    {
        if (m_left == 0)
            return;
        --m_left;
        m_inFlight = true;
        m_timer.start();
        if (m_op == Operation::Get) {
            const QString number = m_workload.numbers.at(int(m_random.bounded(quint32(m_workload.numbers.size()))));
            static const QStringList details{QStringLiteral("GENERAL"),   QStringLiteral("ADDRESSES"),
                                             QStringLiteral("COM_MEANS"), QStringLiteral("AUTHORIZATIONS"),
                                             QStringLiteral("CRITERIA"),  QStringLiteral("ADVANTAGES"),
                                             QStringLiteral("INDIVIDUAL_PHOTO")};
            m_client.s360.getContactData(number, details).then(this, [this](Result<dto::ContactDataResult> r) {
                finish(r.ok() ? ApiError() : r.error());
            });
        } else {
            dto::ContactSearchCriteria criteria;
            criteria.lastName = m_workload.prefixes.at(int(m_random.bounded(quint32(m_workload.prefixes.size()))));
            criteria.maxResults = 50;
            m_client.s360.searchContactByCriteria(criteria).then(this, [this](Result<dto::ContactSearchResult> r) {
                finish(r.ok() ? ApiError() : r.error());
            });
        }
    }

private:
    void finish(const ApiError &error)
    {
        m_figures.latenciesMs.push_back(double(m_timer.nsecsElapsed()) / 1e6);
        ++m_figures.requests;
        if (error.isError()) {
            ++m_figures.errors;
            if (m_firstError.isEmpty())
                m_firstError = error.toString();
        }
        m_inFlight = false;
        next();
    }

    Client &m_client;
    Operation m_op;
    const Workload &m_workload;
    int m_left;
    bool m_inFlight = false;
    QRandomGenerator m_random;
    QElapsedTimer m_timer;
    Figures &m_figures;
    QString m_firstError;
};

Figures run(const QUrl &base, const DemoCredentials &credentials, S360Binding binding, Operation op,
            const Workload &workload, int clients, int requestsPerClient)
{
    std::vector<std::unique_ptr<Client>> stack;
    std::vector<std::unique_ptr<Runner>> runners;
    Figures figures;
    for (int i = 0; i < clients; ++i) {
        stack.push_back(std::make_unique<Client>(base, credentials, binding));
        // Warm-up call (connection, operator check cache) outside the measurement.
        Figures warm;
        Runner warmUp(*stack.back(), op, workload, 3, quint32(99 + i), warm);
        warmUp.next();
        while (!warmUp.done())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    for (int i = 0; i < clients; ++i)
        runners.push_back(std::make_unique<Runner>(*stack[size_t(i)], op, workload, requestsPerClient, quint32(7 + i), figures));
    QElapsedTimer wall;
    wall.start();
    for (auto &r : runners)
        r->next();
    while (!std::all_of(runners.begin(), runners.end(), [](const auto &r) { return r->done(); }))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    figures.wallMs = wall.elapsed();
    for (auto &r : runners) {
        if (!r->firstError().isEmpty()) {
            std::printf("  first error: %s\n", qPrintable(r->firstError()));
            break;
        }
    }
    return figures;
}

struct Opened {
    std::unique_ptr<SandboxService> service;
    DemoCredentials credentials;
    std::unique_ptr<server::SandboxServer> server;
};

std::unique_ptr<Opened> open(const QString &path, int contacts)
{
    SandboxOptions options;
    options.databasePath = path;
    options.seedContacts = contacts;
    QElapsedTimer timer;
    timer.start();
    Result<OpenedSandbox> opened = openSandbox(options);
    if (!opened) {
        std::fprintf(stderr, "openSandbox failed: %s\n", qPrintable(opened.error().toString()));
        return nullptr;
    }
    auto result = std::make_unique<Opened>();
    result->service = std::move(opened.value().service);
    result->credentials = opened.value().credentials;
    std::printf("database %s: %s in %.1f s\n", qPrintable(path),
                opened.value().seeded ? "seeded" : "reused", double(timer.elapsed()) / 1000.0);
    server::ServerOptions serverOptions;
    serverOptions.institution = result->credentials.institution;
    serverOptions.rateLimitPerMinute = 0;
    result->server = std::make_unique<server::SandboxServer>(*result->service, serverOptions);
    if (!result->server->start()) {
        std::fprintf(stderr, "server start failed: %s\n", qPrintable(result->server->errorString()));
        return nullptr;
    }
    return result;
}

Workload workloadOf(store::Database &database)
{
    Workload w;
    QSqlQuery q(database.connection());
    q.exec(QStringLiteral("SELECT c.contact_number, i.last_name FROM contacts c JOIN individuals i USING (contact_id) "
                          "ORDER BY random() LIMIT 2000"));
    while (q.next()) {
        w.numbers << q.value(0).toString();
        const QString prefix = q.value(1).toString().left(3);
        if (prefix.size() == 3)
            w.prefixes << prefix;
    }
    return w;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sandbox throughput and latency through ContactDesk's client"));
    parser.addHelpOption();
    const QCommandLineOption requestsOption(QStringLiteral("requests"), QStringLiteral("Calls per client per scenario."),
                                            QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption contactsOption(QStringLiteral("contacts"), QStringLiteral("Contacts of the main database."),
                                            QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption millionOption(QStringLiteral("million"), QStringLiteral("Also search p95 at 1,000,000 contacts."));
    const QCommandLineOption cacheOption(QStringLiteral("cache-dir"), QStringLiteral("Where seeded databases are kept."),
                                         QStringLiteral("dir"), QStringLiteral(CONTACTDESK_BENCH_CACHE_DIR));
    parser.addOptions({requestsOption, contactsOption, millionOption, cacheOption});
    parser.process(app);
    const int requests = std::max(1, parser.value(requestsOption).toInt());
    const int contacts = std::max(1, parser.value(contactsOption).toInt());
    QDir().mkpath(parser.value(cacheOption));
    const QString cache = parser.value(cacheOption);

    std::printf("sandbox_throughput: %d calls per client, build %s, %d cores\n", requests,
#ifdef NDEBUG
                "release",
#else
                "debug",
#endif
                QThread::idealThreadCount());
    {
        auto opened = open(QDir(cache).filePath(QStringLiteral("bench-%1.sqlite").arg(contacts)), contacts);
        if (!opened)
            return 1;
        const Workload workload = workloadOf(opened->service->database());
        std::printf("%-8s %-5s %-7s %9s %9s %9s %9s %7s\n", "op", "bind", "clients", "calls", "req/s", "p50 ms",
                    "p99 ms", "errors");
        for (Operation op : {Operation::Get, Operation::Search}) {
            for (S360Binding binding : {S360Binding::Soap, S360Binding::Rest}) {
                for (int clients : {1, 8}) {
                    const int perClient = clients == 1 ? requests : std::max(1, requests / 2);
                    const Figures f = run(opened->server->baseUrl(), opened->credentials, binding, op, workload,
                                          clients, perClient);
                    std::printf("%-8s %-5s %-7d %9d %9.0f %9.2f %9.2f %7d\n", op == Operation::Get ? "get" : "search",
                                binding == S360Binding::Soap ? "SOAP" : "REST", clients, f.requests,
                                double(f.requests) * 1000.0 / double(std::max<qint64>(1, f.wallMs)), f.percentile(0.50),
                                f.percentile(0.99), f.errors);
                    std::fflush(stdout);
                }
            }
        }
    }
    if (parser.isSet(millionOption)) {
        auto opened = open(QDir(cache).filePath(QStringLiteral("bench-1000000.sqlite")), 1'000'000);
        if (!opened)
            return 1;
        const Workload workload = workloadOf(opened->service->database());
        for (S360Binding binding : {S360Binding::Soap, S360Binding::Rest}) {
            const Figures f = run(opened->server->baseUrl(), opened->credentials, binding, Operation::Search, workload, 1,
                                  requests);
            std::printf("1,000,000 contacts, search %s, 1 client: %d calls, p50 %.2f ms, p95 %.2f ms (target < 20 ms: %s), "
                        "p99 %.2f ms, errors %d\n",
                        binding == S360Binding::Soap ? "SOAP" : "REST", f.requests, f.percentile(0.50),
                        f.percentile(0.95), f.percentile(0.95) < 20.0 ? "met" : "MISSED", f.percentile(0.99), f.errors);
            std::fflush(stdout);
        }
    }
    return 0;
}
