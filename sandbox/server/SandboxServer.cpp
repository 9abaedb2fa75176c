#include "server/SandboxServer.h"

#include "server/EndpointContext.h"
#include "server/Gzip.h"
#include "server/InjectedFaults.h"
#include "server/Route.h"
#include "server/S360Endpoint.h"
#include "server/SymphonyEndpoint.h"
#include "server/WsdlDocument.h"

#include "domain/SandboxService.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

namespace contactdesk::sandbox::server {

Q_LOGGING_CATEGORY(lcHttp, "contactdesk.sandbox.http", QtWarningMsg)

struct SandboxServer::Pending {
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    Route route;
    FaultDecision decision;
    bool gzip = false;
    QString summary;
    QElapsedTimer timer;
    HttpReply reply;
};

namespace {

HttpRequestData::Method methodOf(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: return HttpRequestData::Method::Get;
    case QHttpServerRequest::Method::Post: return HttpRequestData::Method::Post;
    default: return HttpRequestData::Method::Other;
    }
}

QString methodName(HttpRequestData::Method method)
{
    switch (method) {
    case HttpRequestData::Method::Get: return QStringLiteral("GET");
    case HttpRequestData::Method::Post: return QStringLiteral("POST");
    case HttpRequestData::Method::Other: break;
    }
    return QStringLiteral("OTHER");
}

// The statuses Qt HttpServer 6.4 can name itself (it has no reason phrase for 509).
bool qtKnowsStatus(int status)
{
    switch (status) {
    case 200: case 400: case 401: case 404: case 405: case 413: case 415: case 500: return true;
    default: return false;
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 509: return QByteArrayLiteral("Bandwidth Limit Exceeded");
    case 429: return QByteArrayLiteral("Too Many Requests");
    default: return QByteArrayLiteral("Status");
    }
}

bool isAnyAddress(const QHostAddress &address)
{
    return address == QHostAddress(QHostAddress::Any) || address == QHostAddress(QHostAddress::AnyIPv4) ||
           address == QHostAddress(QHostAddress::AnyIPv6);
}

int poolSize(int requested)
{
    if (requested >= 0)
        return requested;
    return qMax(2, QThread::idealThreadCount());
}

} // namespace

SandboxServer::SandboxServer(SandboxService &service, ServerOptions options, QObject *parent)
    : QAbstractHttpServer(parent),
      m_service(service),
      m_options(std::move(options)),
      m_rateLimiter(m_options.rateLimitPerMinute),
      m_faults(m_options.faults),
      m_context(std::make_unique<EndpointContext>(EndpointContext{m_service, m_options, m_rateLimiter}))
{
    if (!m_options.clock)
        m_options.clock = auth::systemClock();
    m_pool.setMaxThreadCount(qMax(1, poolSize(m_options.workerThreads)));
    m_pool.setExpiryTimeout(-1); // keep the threads, and with them their SQLite connections
}

SandboxServer::~SandboxServer()
{
    m_pool.waitForDone();
}

bool SandboxServer::start()
{
    if (m_port != 0)
        return true;
    m_port = listen(m_options.bindAddress, m_options.port);
    if (m_port == 0) {
        m_errorString = QStringLiteral("cannot listen on %1:%2").arg(m_options.bindAddress.toString()).arg(m_options.port);
        return false;
    }
    m_errorString.clear();
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QHostAddress host = m_options.bindAddress;
    if (isAnyAddress(host))
        host = host == QHostAddress(QHostAddress::AnyIPv6) ? QHostAddress(QHostAddress::LocalHostIPv6)
                                                           : QHostAddress(QHostAddress::LocalHost);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

void SandboxServer::setFaults(const FaultSpec &spec)
{
    m_faults.setSpec(spec);
}

void SandboxServer::setRateLimit(int callsPerMinute)
{
    m_rateLimiter.setLimit(callsPerMinute);
}

SandboxServer::Statistics SandboxServer::statistics() const
{
    Statistics s;
    s.requests = m_requests.load();
    s.serviceCalls = m_serviceCalls.load();
    for (size_t i = 0; i < s.injected.size(); ++i)
        s.injected[i] = m_injected[i].load();
    return s;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ++m_requests;
    HttpRequestData data;
    data.method = methodOf(request);
    data.path = request.url().path();
    data.rawQuery = request.url().query(QUrl::FullyEncoded);
    data.headers = request.headers();
    data.body = request.body();
    const Route route = routeFor(data);

    const quint64 id = m_nextId++;
    auto pending = std::unique_ptr<Pending>(new Pending{makeResponder(request, socket), socket, route, {}, false,
                                                        methodName(data.method) + u' ' + data.path, {}, {}});
    pending->gzip = acceptsGzip(data.header("Accept-Encoding"));
    pending->timer.start();
    Pending &call = *pending;
    m_pending.emplace(id, std::move(pending));

    auto runAnswer = [this, id](std::function<HttpReply()> compute) {
        if (m_pool.maxThreadCount() <= 0 || m_options.workerThreads == 0) {
            deliver(id, compute());
            return;
        }
        m_pool.start([this, id, compute = std::move(compute)]() {
            HttpReply reply = compute();
            QMetaObject::invokeMethod(this, [this, id, reply = std::move(reply)]() mutable { deliver(id, std::move(reply)); },
                                      Qt::QueuedConnection);
        });
    };

    if (!route.isServiceCall()) {
        if (route.kind == Route::Kind::Outbox)
            runAnswer([this, route, data] { return answerLocal(route, data); });
        else
            deliver(id, answerLocal(route, data));
        return true;
    }

    ++m_serviceCalls;
    if (data.body.size() > m_options.maxRequestBytes) {
        deliver(id, protocolErrorReply(route.binding, ProtocolError::TooLarge,
                                       QStringLiteral("The request body is larger than %1 bytes.").arg(m_options.maxRequestBytes)));
        return true;
    }
    call.decision = m_faults.decide();
    if (call.decision.kind != FaultKind::None)
        ++m_injected[static_cast<size_t>(call.decision.kind)];
    if (call.decision.kind != FaultKind::None && call.decision.beforeCall) {
        // Nothing reaches the domain: the answer is the injected one.
        deliver(id, call.decision.kind == FaultKind::DroppedConnection ? HttpReply{}
                                                                       : injectedFaultReply(route.binding, call.decision.kind));
        return true;
    }
    const FaultDecision decision = call.decision;
    runAnswer([this, route, data, decision] { return answer(route, data, decision); });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QByteArrayLiteral("Not found\n"), mime::plainText,
                                         QHttpServerResponder::StatusCode::NotFound);
}

HttpReply SandboxServer::answer(const Route &route, const HttpRequestData &request, const FaultDecision &)
{
    switch (route.binding) {
    case Binding::S360Soap: return S360Endpoint(*m_context).answerSoap(route.service, request);
    case Binding::S360Rest: return S360Endpoint(*m_context).answerRest(route.service, route.operation, request);
    case Binding::SymphonySoap11:
    case Binding::SymphonySoap12: return SymphonyEndpoint(*m_context).answerSoap(route.binding, request);
    case Binding::SymphonyGet:
    case Binding::SymphonyPost: return SymphonyEndpoint(*m_context).answerHttp(route.binding, route.operation, request);
    }
    return protocolErrorReply(route.binding, ProtocolError::ServerError, QStringLiteral("Unknown binding."));
}

HttpReply SandboxServer::answerLocal(const Route &route, const HttpRequestData &request)
{
    switch (route.kind) {
    case Route::Kind::Health:
        return HttpReply::make(200, mime::json, QByteArrayLiteral("{\"status\":\"ok\"}"));
    case Route::Kind::Outbox: {
        bool ok = false;
        int limit = QUrlQuery(request.rawQuery).queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok)
            limit = 0;
        try {
            return HttpReply::make(200, mime::json, QJsonDocument(m_service.outbox(limit)).toJson(QJsonDocument::Compact));
        } catch (...) {
            qCWarning(lcHttp, "reading the outbox failed");
            return HttpReply::make(500, mime::json, QByteArrayLiteral("{\"error\":\"server\",\"message\":\"outbox unavailable\"}"));
        }
    }
    case Route::Kind::Wsdl: {
        QUrl base = baseUrl();
        const QByteArray host = request.header("Host");
        if (isAnyAddress(m_options.bindAddress) && !host.isEmpty())
            base = QUrl(QStringLiteral("http://") + QString::fromLatin1(host));
        return HttpReply::make(200, mime::xml, wsdlFor(route.service, base));
    }
    case Route::Kind::MethodNotAllowed:
        return HttpReply::make(405, mime::plainText, QByteArrayLiteral("Method not allowed\n"));
    case Route::Kind::NotFound:
    case Route::Kind::ServiceCall: break;
    }
    return HttpReply::make(404, mime::plainText, QByteArrayLiteral("Not found\n"));
}

void SandboxServer::deliver(quint64 id, HttpReply reply)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending &call = *it->second;
    call.reply = std::move(reply);
    const auto delay = call.decision.delay;
    if (delay.count() > 0)
        QTimer::singleShot(delay, this, [this, id] { send(id); });
    else
        send(id);
}

void SandboxServer::send(quint64 id)
{
    auto node = m_pending.extract(id);
    if (node.empty())
        return;
    Pending &call = *node.mapped();
    QTcpSocket *socket = call.socket.data();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return; // the client went away

    const FaultKind fault = call.decision.kind;
    HttpReply &reply = call.reply;
    if (fault == FaultKind::DroppedConnection) {
        socket->disconnectFromHost();
        Q_EMIT requestAnswered(call.summary + QStringLiteral(" -> dropped (injected)"));
        return;
    }
    if (!call.decision.beforeCall && (fault == FaultKind::Error500 || fault == FaultKind::RateLimit509))
        reply = injectedFaultReply(call.route.binding, fault);
    if (fault == FaultKind::MalformedBody)
        reply.body = malformedBody(reply.body);

    QByteArray body = reply.body;
    const bool gzip = call.gzip && !body.isEmpty();
    if (gzip)
        body = gzipCompress(body);

    QHttpServerResponder &responder = call.responder;
    if (qtKnowsStatus(reply.status))
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    else
        socket->write("HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n");
    if (!reply.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    if (gzip)
        responder.writeHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
    if (call.gzip || call.route.isServiceCall())
        responder.writeHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Encoding"));
    for (const auto &header : std::as_const(reply.headers))
        responder.writeHeader(header.first, header.second);

    QString outcome = QString::number(reply.status);
    if (fault == FaultKind::TruncatedBody) {
        responder.writeBody(body.left(truncatedLength(body.size())));
        socket->disconnectFromHost();
        outcome += QStringLiteral(" truncated (injected)");
    } else {
        responder.writeBody(body);
        if (fault != FaultKind::None)
            outcome += QStringLiteral(" %1 (injected)").arg(faultKindName(fault));
    }
    const QString summary = QStringLiteral("%1 -> %2 in %3 ms").arg(call.summary, outcome).arg(call.timer.elapsed());
    qCInfo(lcHttp, "%s", qUtf8Printable(summary));
    Q_EMIT requestAnswered(summary);
}

} // namespace contactdesk::sandbox::server
