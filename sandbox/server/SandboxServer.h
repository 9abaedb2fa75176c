#pragma once

// The sandbox's HTTP front on Qt HttpServer: every endpoint of CONTRACT.md plus ?wsdl,
// GET /sandbox/health and GET /sandbox/outbox, answered from a SandboxService.
//
// Threads: the server object, its listening socket and every client socket live on the thread
// that created it (it must run an event loop). Each call is copied out of Qt's request and
// answered on a worker pool (ServerOptions::workerThreads) through the thread-safe
// SandboxService; the answer is written back on the server's thread, after the injected latency.
// Pipelined requests on one connection are not supported (Qt's clients do not pipeline).
//
// Never logged: request bodies, query strings, headers (credentials travel in them).

#include "server/FaultInjector.h"
#include "server/HttpExchange.h"
#include "server/RateLimiter.h"
#include "server/ServerOptions.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QThreadPool>
#include <QUrl>

#include <array>
#include <atomic>
#include <memory>
#include <unordered_map>

class QTcpSocket;

namespace contactdesk::sandbox {
class SandboxService;
}

namespace contactdesk::sandbox::server {

struct Route;
struct EndpointContext;

class SandboxServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    // The service must outlive the server.
    SandboxServer(SandboxService &service, ServerOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on options.bindAddress:options.port. False with errorString() set when it cannot.
    bool start();
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // http://{address}:{port}, e.g. http://127.0.0.1:41234 (IPv6 addresses in brackets).
    QUrl baseUrl() const;
    QString errorString() const { return m_errorString; }
    const ServerOptions &options() const { return m_options; }

    // May be called at any time from the server's thread; they apply to the calls that follow.
    void setFaults(const FaultSpec &spec);
    FaultSpec faults() const { return m_faults.spec(); }
    void setRateLimit(int callsPerMinute);

    // Counters since start, for tests and the executable's log.
    struct Statistics {
        quint64 requests = 0;    // every HTTP request
        quint64 serviceCalls = 0; // requests for an operation endpoint
        std::array<quint64, 6> injected{}; // indexed by FaultKind
    };
    Statistics statistics() const;

Q_SIGNALS:
    // One line per answered request: method, path (never the query), status, milliseconds.
    void requestAnswered(const QString &summary);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending;
    HttpReply answer(const Route &route, const HttpRequestData &request, const FaultDecision &decision);
    HttpReply answerLocal(const Route &route, const HttpRequestData &request);
    void deliver(quint64 id, HttpReply reply);
    void send(quint64 id);

    SandboxService &m_service;
    ServerOptions m_options;
    quint16 m_port = 0;
    QString m_errorString;
    RateLimiter m_rateLimiter;
    FaultInjector m_faults;
    std::unique_ptr<EndpointContext> m_context;
    QThreadPool m_pool;
    quint64 m_nextId = 1;
    std::unordered_map<quint64, std::unique_ptr<Pending>> m_pending;

    std::atomic<quint64> m_requests{0};
    std::atomic<quint64> m_serviceCalls{0};
    std::array<std::atomic<quint64>, 6> m_injected{};
};

} // namespace contactdesk::sandbox::server
