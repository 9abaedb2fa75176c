#pragma once

// A scripted HTTP(S) server on 127.0.0.1 for transport tests (Qt HttpServer, test-only).
//
// Each test queues the answers it wants, one per request received, in order: a status with
// headers and body, after an optional delay; or a dropped connection; or a body trickled a
// few bytes at a time (slow-loris). When the queue is empty the peer answers 599 "unscripted".
// Every request received is recorded (method, URL, headers, body, arrival time).
// Responses are written raw on the socket, "Connection: close", so that tests see exactly
// the bytes they scripted.

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QQueue>
#include <QUrl>

#include <utility>

class QSslCertificate;
class QSslKey;

namespace contactdesk::test {

struct ScriptedResponse {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;             // wait this long before answering (or dropping)
    bool drop = false;           // abort the connection instead of answering
    int trickleBytes = 0;        // > 0: send the body this many bytes at a time...
    int trickleIntervalMs = 0;   // ...this often
    bool gzip = false;           // send the body gzip-compressed, with Content-Encoding
    bool sendContentLength = true;
    int chunkBytes = 0;          // > 0: Transfer-Encoding: chunked, chunks of this size
    qint64 announcedLength = -1; // >= 0: the Content-Length to announce instead of the real one

    static ScriptedResponse ok(QByteArray body = QByteArrayLiteral("ok"));
    static ScriptedResponse withStatus(int status, QByteArray body = {});
    static ScriptedResponse dropped(int delayMs = 0);
    ScriptedResponse &header(QByteArray name, QByteArray value);
};

struct ReceivedRequest {
    QByteArray method;
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 atMs = 0; // since the peer was created

    QByteArray header(const QByteArray &name) const;
};

class LoopbackHttpPeer : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit LoopbackHttpPeer(QObject *parent = nullptr);
    ~LoopbackHttpPeer() override;

    // Listens on 127.0.0.1 (or another loopback address), a free port; false when that fails.
    bool start(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    // Same, over TLS with that certificate and key.
    bool startTls(const QSslCertificate &certificate, const QSslKey &key,
                  const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));

    quint16 port() const { return m_port; }
    QUrl url(const QString &path = QStringLiteral("/")) const;

    void enqueue(ScriptedResponse response);
    int pendingResponses() const { return int(m_script.size()); }
    const QList<ReceivedRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    static QByteArray gzipCompress(const QByteArray &data);

Q_SIGNALS:
    void requestReceived(int index);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void answer(QTcpSocket *socket, const ScriptedResponse &response);

    bool m_tls = false;
    QString m_host = QStringLiteral("127.0.0.1");
    quint16 m_port = 0;
    QElapsedTimer m_clock;
    QQueue<ScriptedResponse> m_script;
    QList<ReceivedRequest> m_requests;
};

} // namespace contactdesk::test
