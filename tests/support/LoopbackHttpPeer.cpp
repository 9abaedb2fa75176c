#include "LoopbackHttpPeer.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

#include <zlib.h>

#include <memory>

namespace contactdesk::test {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 509: return "Bandwidth Limit Exceeded";
    default: return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QByteArray(key).toUpper() : QByteArrayLiteral("UNKNOWN");
}

} // namespace

ScriptedResponse ScriptedResponse::ok(QByteArray body)
{
    ScriptedResponse r;
    r.body = std::move(body);
    return r;
}

ScriptedResponse ScriptedResponse::withStatus(int status, QByteArray body)
{
    ScriptedResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

ScriptedResponse ScriptedResponse::dropped(int delayMs)
{
    ScriptedResponse r;
    r.drop = true;
    r.delayMs = delayMs;
    return r;
}

ScriptedResponse &ScriptedResponse::header(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

QByteArray ReceivedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

LoopbackHttpPeer::LoopbackHttpPeer(QObject *parent) : QAbstractHttpServer(parent)
{
    m_clock.start();
}

LoopbackHttpPeer::~LoopbackHttpPeer() = default;

bool LoopbackHttpPeer::start(const QHostAddress &address)
{
    m_host = address.toString();
    m_port = listen(address, 0);
    return m_port != 0;
}

bool LoopbackHttpPeer::startTls(const QSslCertificate &certificate, const QSslKey &key,
                                const QHostAddress &address)
{
    sslSetup(certificate, key);
    m_tls = true;
    return start(address);
}

QUrl LoopbackHttpPeer::url(const QString &path) const
{
    QUrl u;
    u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(m_host);
    u.setPort(m_port);
    u.setPath(path);
    return u;
}

void LoopbackHttpPeer::enqueue(ScriptedResponse response)
{
    m_script.enqueue(std::move(response));
}

QByteArray LoopbackHttpPeer::gzipCompress(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 64, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    const qsizetype produced = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        return {};
    out.truncate(produced);
    return out;
}

bool LoopbackHttpPeer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ReceivedRequest received;
    received.method = methodName(request.method());
    received.url = request.url();
    for (const auto &pair : request.headers())
        received.headers.append({pair.first, pair.second});
    received.body = request.body();
    received.atMs = m_clock.elapsed();
    m_requests.append(received);

    ScriptedResponse response = m_script.isEmpty()
        ? ScriptedResponse::withStatus(599, QByteArrayLiteral("unscripted request"))
        : m_script.dequeue();
    QPointer<QTcpSocket> guarded(socket);
    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, this, [this, guarded, response] {
            if (guarded)
                answer(guarded, response);
        });
    } else {
        answer(socket, response);
    }
    Q_EMIT requestReceived(int(m_requests.size()) - 1);
    return true;
}

void LoopbackHttpPeer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    answer(socket, ScriptedResponse::withStatus(404, QByteArrayLiteral("no handler")));
}

void LoopbackHttpPeer::answer(QTcpSocket *socket, const ScriptedResponse &response)
{
    if (response.drop) {
        socket->abort();
        return;
    }
    QByteArray body = response.gzip ? gzipCompress(response.body) : response.body;
    const bool chunked = response.chunkBytes > 0;
    if (chunked) {
        QByteArray framed;
        for (qsizetype at = 0; at < body.size(); at += response.chunkBytes) {
            const QByteArray chunk = body.mid(at, response.chunkBytes);
            framed += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        }
        body = framed + "0\r\n\r\n";
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (response.gzip)
        head += "Content-Encoding: gzip\r\n";
    if (chunked) {
        head += "Transfer-Encoding: chunked\r\n";
    } else if (response.sendContentLength) {
        const qint64 length = response.announcedLength >= 0 ? response.announcedLength : body.size();
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    head += "Connection: close\r\n\r\n";

    if (response.trickleBytes <= 0) {
        socket->write(head + body);
        socket->disconnectFromHost();
        return;
    }
    socket->write(head);
    auto *timer = new QTimer(socket);
    auto offset = std::make_shared<qsizetype>(0);
    const int chunk = response.trickleBytes;
    connect(socket, &QAbstractSocket::disconnected, timer, &QTimer::stop);
    connect(timer, &QTimer::timeout, socket, [socket, timer, offset, body, chunk] {
        if (socket->state() != QAbstractSocket::ConnectedState) {
            timer->stop();
            return;
        }
        socket->write(body.mid(*offset, chunk));
        *offset += chunk;
        if (*offset >= body.size()) {
            timer->stop();
            socket->disconnectFromHost();
        }
    });
    timer->start(std::max(1, response.trickleIntervalMs));
}

} // namespace contactdesk::test
