#pragma once

// The one way ContactDesk sends HTTP: retries, back-off, timeouts, client-side rate limit,
// TLS trust, response size cap, gzip, cancellation. It knows nothing of SOAP or REST.
//
// send() succeeds with an HttpResponse for ANY HTTP response received (4xx and 5xx
// included: the protocol layer maps statuses). It fails only with an ApiError of kind
//   Transport  connection refused or reset, host not found, connection closed early, a body
//              shorter than its Content-Length, a compressed body that stops short or is damaged;
//   Timeout    no byte for inactivityTimeoutMs, or the attempt took over attemptTimeoutMs;
//   Tls        any certificate or handshake problem (verification is never turned off);
//   TooLarge   the body is over maxResponseBytes() (Content-Length or bytes received),
//              or a compressed body trips the decompression safety check;
//   Cancelled  the transport was destroyed with the call in flight.
// When the caller cancels the returned future, the request is aborted, nothing is retried,
// and the future ends cancelled (with no result).
//
// Retries happen only when CallPolicy::retryAllowed, on Transport/Timeout errors and on
// 5xx/509/429, with full-jitter exponential back-off, or the server's Retry-After on
// 509/429/503, each wait capped by maxBackoffMs. When the attempts run out, the last
// response (or error) is the result. Every attempt first takes a slot from the rate limiter
// (waiting on a timer if the window is full).
//
// Every call ends exactly once, whatever happens. Needs a running event loop on its thread.

#include "api/Result.h"
#include "transport/Backoff.h"
#include "transport/CallPolicy.h"
#include "transport/HttpRequest.h"
#include "transport/HttpResponse.h"
#include "transport/RateLimiter.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <memory>

class QNetworkAccessManager;

namespace contactdesk::transport {

class TransportCall;

class HttpTransport : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kDefaultMaxResponseBytes = 64LL * 1024 * 1024;
    // Below this many decompressed bytes the compression ratio is not checked (over it, a
    // body that expands more than 40 times is refused); negative: never checked.
    static constexpr qint64 kDefaultDecompressionSafetyThreshold = 10LL * 1024 * 1024;

    explicit HttpTransport(QObject *parent = nullptr);
    // Ends every call still in flight with a Cancelled error.
    ~HttpTransport() override;

    QFuture<Result<HttpResponse>> send(HttpRequest request, CallPolicy policy = {});

    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setMaxResponseBytes(qint64 bytes);
    qint64 decompressionSafetyThreshold() const { return m_decompressionThreshold; }
    void setDecompressionSafetyThreshold(qint64 bytes);

    // Trusts the PEM certificates of that file for this transport's requests, on top of the
    // system's CAs. Returns how many were added, or a Tls error when the file cannot be
    // read or holds no certificate (the trust is then unchanged).
    Result<int> addCaCertificatesFromFile(const QString &pemPath);
    void clearExtraCaCertificates();
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCas; }
    // The TLS configuration every https request uses (peer verification always on).
    QSslConfiguration sslConfiguration() const { return m_sslConfiguration; }

    // The limiter every attempt goes through; share one between transports that talk to the
    // same institution. Never null.
    std::shared_ptr<RateLimiter> rateLimiter() const { return m_rateLimiter; }
    void setRateLimiter(std::shared_ptr<RateLimiter> limiter);
    // The jitter source (tests pin it).
    void setUnitRandom(UnitRandom random);

    int callsInFlight() const { return int(m_calls.size()); }

Q_SIGNALS:
    // Emitted once per call when it ends, with its id (in send() order, from 1), how it
    // ended (ApiError::Kind::None for an HTTP response) and how many requests it sent.
    void callFinished(quint64 callId, contactdesk::ApiError::Kind outcome, int attempts);

private:
    friend class TransportCall;
    void forget(quint64 callId);
    void rebuildSslConfiguration();

    QNetworkAccessManager *m_network;
    qint64 m_maxResponseBytes = kDefaultMaxResponseBytes;
    qint64 m_decompressionThreshold = kDefaultDecompressionSafetyThreshold;
    QList<QSslCertificate> m_extraCas;
    QSslConfiguration m_sslConfiguration;
    std::shared_ptr<RateLimiter> m_rateLimiter;
    UnitRandom m_random;
    quint64 m_nextCallId = 1;
    QHash<quint64, TransportCall *> m_calls;
};

} // namespace contactdesk::transport
