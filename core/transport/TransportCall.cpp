#include "transport/TransportCall.h"

#include "transport/Backoff.h"
#include "transport/ContentDecoding.h"
#include "transport/HttpTransport.h"
#include "transport/OneShotBody.h"
#include "transport/ReplyErrors.h"
#include "transport/RetryRules.h"
#include "transport/SecretRedactor.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace contactdesk::transport {

namespace {

bool isAcceptEncoding(const QByteArray &name)
{
    return name.compare(QByteArrayLiteral("Accept-Encoding"), Qt::CaseInsensitive) == 0;
}

// Qt error texts quote the URL, whose query may hold a signature or a token.
QString safeText(const QString &text)
{
    return SecretRedactor::redact(text);
}

// What we ask for. Sending it ourselves keeps Qt from decompressing (see ContentDecoding.h).
const QByteArray kAcceptEncoding = QByteArrayLiteral("gzip");

bool isChunked(QNetworkReply *reply)
{
    return reply->rawHeader(QByteArrayLiteral("Transfer-Encoding")).toLower().contains("chunked");
}

// A status without a body by definition: its Content-Length (if any) describes no bytes.
bool hasNoBody(int status)
{
    return status < 200 || status == 204 || status == 304;
}

// Qt 6.4 sometimes wants to send a request again after its answer came whole: when the
// server closes the connection to end a body that has neither Content-Length nor chunks,
// and that close is seen before Qt moved the channel to "reading" (the request body had just
// gone out). A body it cannot rewind (OneShotBody) turns that into ContentReSendError, with
// the status, headers and body already delivered. The close is how such a body ends, so
// the answer is complete.
bool isAnswerEndedByClose(QNetworkReply *reply, QNetworkReply::NetworkError error, int status)
{
    return error == QNetworkReply::ContentReSendError && status >= 200
        && !reply->hasRawHeader(QByteArrayLiteral("Content-Length")) && !isChunked(reply);
}

} // namespace

TransportCall::TransportCall(HttpTransport *transport, quint64 id, HttpRequest request,
                             CallPolicy policy)
    : QObject(transport), m_transport(transport), m_id(id), m_request(std::move(request)),
      m_policy(std::move(policy))
{
    m_policy.maxAttempts = std::max(1, m_policy.maxAttempts);
    m_policy.attemptTimeoutMs = std::max(1, m_policy.attemptTimeoutMs);
    m_policy.inactivityTimeoutMs = std::max(1, m_policy.inactivityTimeoutMs);
    m_policy.baseBackoffMs = std::max(0, m_policy.baseBackoffMs);
    m_policy.maxBackoffMs = std::max(0, m_policy.maxBackoffMs);

    m_deadline.setSingleShot(true);
    m_wait.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &TransportCall::onDeadline);
    connect(&m_wait, &QTimer::timeout, this, &TransportCall::acquireSlotThenSend);
    connect(&m_watcher, &QFutureWatcherBase::canceled, this, &TransportCall::onCallerCancelled);
    m_promise.start();
    m_watcher.setFuture(m_promise.future());
}

TransportCall::~TransportCall()
{
    // Normally finished already; this is the last safety net for the promise.
    if (!m_finished)
        abandon();
}

QFuture<Result<HttpResponse>> TransportCall::future()
{
    return m_promise.future();
}

void TransportCall::start()
{
    m_elapsed.start();
    acquireSlotThenSend();
}

bool TransportCall::callerCancelled() const
{
    return m_promise.isCanceled();
}

void TransportCall::acquireSlotThenSend()
{
    if (m_finished)
        return;
    if (callerCancelled()) {
        finishCancelledByCaller();
        return;
    }
    const qint64 waitMs = m_transport->m_rateLimiter->tryAcquire(m_policy.rateLimitKey);
    if (waitMs > 0) {
        m_wait.start(int(std::min<qint64>(waitMs, std::numeric_limits<int>::max())));
        return;
    }
    sendAttempt();
}

void TransportCall::sendAttempt()
{
    ++m_attempts;
    m_abortReason = AbortReason::None;
    m_sslErrors.clear();
    m_body.clear();

    QNetworkRequest request(m_request.url);
    for (const auto &[name, value] : m_request.headers) {
        if (!isAcceptEncoding(name))
            request.setRawHeader(name, value);
    }
    request.setRawHeader(QByteArrayLiteral("Accept-Encoding"), kAcceptEncoding);
    request.setTransferTimeout(std::min(m_policy.inactivityTimeoutMs, m_policy.attemptTimeoutMs));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (m_request.url.scheme().compare(QStringLiteral("https"), Qt::CaseInsensitive) == 0)
        request.setSslConfiguration(m_transport->m_sslConfiguration);

    QNetworkAccessManager *network = m_transport->m_network;
    const QByteArray method = m_request.method.isEmpty() ? QByteArrayLiteral("GET")
                                                         : m_request.method.toUpper();
    // Qt would send a request again by itself when the connection closes before the answer
    // starts; a body it cannot rewind stops that, so that one attempt is exactly one request
    // (counted by the rate limiter, and never repeated when retries are not allowed). A GET
    // goes the same way, with an empty body.
    auto *body = new OneShotBody(m_request.body);
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    QNetworkReply *reply = network->sendCustomRequest(request, method, body);
    body->setParent(reply);
    m_bytesSent += m_request.body.size();
    m_reply = reply;

    connect(reply, &QNetworkReply::metaDataChanged, this, &TransportCall::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &TransportCall::onReadyRead);
    connect(reply, &QNetworkReply::sslErrors, this, &TransportCall::onSslErrors);
    connect(reply, &QNetworkReply::finished, this, &TransportCall::onReplyFinished);
    m_deadline.start(m_policy.attemptTimeoutMs);
}

void TransportCall::onMetaDataChanged()
{
    if (!m_reply || m_abortReason != AbortReason::None)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_transport->m_maxResponseBytes)
        abortReply(AbortReason::TooLarge);
}

void TransportCall::onReadyRead()
{
    if (!m_reply || m_abortReason != AbortReason::None)
        return;
    const QByteArray chunk = m_reply->readAll();
    m_bytesReceived += chunk.size();
    m_body += chunk;
    if (m_body.size() > m_transport->m_maxResponseBytes)
        abortReply(AbortReason::TooLarge);
}

void TransportCall::onSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: the handshake fails and the reply finishes with SslHandshakeFailedError.
    m_sslErrors += errors;
}

void TransportCall::onDeadline()
{
    abortReply(AbortReason::Deadline);
}

void TransportCall::abortReply(AbortReason reason)
{
    if (!m_reply)
        return;
    if (m_abortReason == AbortReason::None)
        m_abortReason = reason;
    // Not from inside the reply's own signal (Qt warns when a reply errors twice): right after.
    // Whatever arrives meanwhile is ignored; onReplyFinished reads m_abortReason.
    QPointer<QNetworkReply> reply = m_reply;
    QMetaObject::invokeMethod(
        this,
        [reply] {
            if (reply && reply->isRunning())
                reply->abort();
        },
        Qt::QueuedConnection);
}

void TransportCall::detachReply()
{
    m_deadline.stop();
    if (QNetworkReply *reply = m_reply.data()) {
        disconnect(reply, nullptr, this, nullptr);
        m_reply.clear();
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
}

Result<HttpResponse> TransportCall::outcomeOfReply(QNetworkReply *reply, bool *retryable,
                                                   std::optional<qint64> *retryAfterMs)
{
    *retryable = false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QString code = networkErrorName(error);

    switch (m_abortReason) {
    case AbortReason::Deadline:
        *retryable = true;
        return ApiError::make(ApiError::Kind::Timeout,
                              QStringLiteral("no complete answer within %1 ms")
                                  .arg(m_policy.attemptTimeoutMs),
                              QStringLiteral("deadline"), status);
    case AbortReason::TooLarge:
        return ApiError::make(ApiError::Kind::TooLarge,
                              QStringLiteral("the response is larger than %1 bytes")
                                  .arg(m_transport->m_maxResponseBytes),
                              QStringLiteral("too-large"), status);
    case AbortReason::Cancelled:
        return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cancelled"));
    case AbortReason::None:
        break;
    }

    if (isHttpStatusError(error, status) || isAnswerEndedByClose(reply, error, status))
        return responseOfReply(reply, status, retryable, retryAfterMs);

    if (!m_sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        QStringList reasons;
        for (const QSslError &sslError : std::as_const(m_sslErrors))
            reasons << sslError.errorString();
        if (reasons.isEmpty())
            reasons << safeText(reply->errorString());
        reasons.removeDuplicates();
        return ApiError::make(ApiError::Kind::Tls, reasons.join(QStringLiteral("; ")), code);
    }

    ApiError::Kind kind = kindForNetworkError(error);
    QString message = safeText(reply->errorString());
    if (error == QNetworkReply::ContentReSendError) {
        // Qt wanted to send the request again after the connection closed (see OneShotBody).
        message = QStringLiteral("the connection closed before any answer "
                                 "(the request may or may not have reached the server)");
    }
    if (kind == ApiError::Kind::Cancelled) {
        // This object did not abort, so Qt's own transfer timeout did.
        kind = ApiError::Kind::Timeout;
        message = QStringLiteral("no data for %1 ms")
                      .arg(std::min(m_policy.inactivityTimeoutMs, m_policy.attemptTimeoutMs));
    }
    if (status > 0 && error != QNetworkReply::NoError)
        message += QStringLiteral(" (after HTTP %1)").arg(status);
    *retryable = isRetryableError(kind);
    return ApiError::make(kind, message, code, status);
}

Result<HttpResponse> TransportCall::responseOfReply(QNetworkReply *reply, int status, bool *retryable,
                                                    std::optional<qint64> *retryAfterMs)
{
    const QByteArray rest = reply->readAll(); // whatever readyRead has not taken yet
    m_bytesReceived += rest.size();
    m_body += rest;
    const qint64 maxBytes = m_transport->m_maxResponseBytes;
    if (m_body.size() > maxBytes) {
        return ApiError::make(ApiError::Kind::TooLarge,
                              QStringLiteral("the response is larger than %1 bytes").arg(maxBytes),
                              QStringLiteral("too-large"), status);
    }
    // Qt ends a body that stops short of its Content-Length with an error; this holds should
    // some path of Qt not do so.
    bool lengthOk = false;
    const qint64 announced = reply->rawHeader(QByteArrayLiteral("Content-Length")).trimmed().toLongLong(&lengthOk);
    if (lengthOk && !hasNoBody(status) && m_request.method.toUpper() != "HEAD" && m_body.size() < announced) {
        *retryable = true;
        return ApiError::make(ApiError::Kind::Transport,
                              QStringLiteral("the response stops after %1 of its %2 bytes")
                                  .arg(m_body.size())
                                  .arg(announced),
                              QStringLiteral("incomplete-body"), status);
    }
    HttpResponse response;
    response.status = status;
    response.headers = reply->rawHeaderPairs();
    const QByteArray encoding = reply->rawHeader(QByteArrayLiteral("Content-Encoding"));
    if (isEncoded(encoding) && !m_body.isEmpty()) {
        DecodingLimits limits;
        limits.maxBytes = maxBytes;
        limits.ratioThreshold = m_transport->m_decompressionThreshold;
        Result<QByteArray> decoded = decodeContent(encoding, m_body, limits, status);
        if (!decoded.ok()) {
            *retryable = isRetryableError(decoded.error().kind);
            return decoded.error();
        }
        m_bytesReceived += decoded.value().size() - m_body.size(); // counted as delivered
        response.body = std::move(decoded).value();
        // The Content-Length described the compressed bytes.
        response.headers.removeIf([](const QNetworkReply::RawHeaderPair &header) {
            return header.first.compare(QByteArrayLiteral("Content-Length"), Qt::CaseInsensitive) == 0;
        });
    } else {
        response.body = m_body;
    }
    *retryable = isRetryableStatus(status, m_policy);
    if (*retryable && honoursRetryAfter(status)) {
        *retryAfterMs = parseRetryAfterMs(reply->rawHeader(QByteArrayLiteral("Retry-After")),
                                          QDateTime::currentDateTimeUtc());
    }
    return response;
}

ApiError TransportCall::attemptsNote(ApiError error) const
{
    if (m_attempts > 1)
        error.message += QStringLiteral(" (after %1 attempts)").arg(m_attempts);
    return error;
}

void TransportCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (m_finished || !reply)
        return;
    m_deadline.stop();
    bool retryable = false;
    std::optional<qint64> retryAfterMs;
    Result<HttpResponse> outcome = outcomeOfReply(reply, &retryable, &retryAfterMs);
    detachReply();

    if (m_abortReason == AbortReason::Cancelled || callerCancelled()) {
        finishCancelledByCaller();
        return;
    }
    if (retryable && m_policy.retryAllowed && m_attempts < m_policy.maxAttempts) {
        const qint64 delay = retryAfterMs
            ? std::min<qint64>(*retryAfterMs, m_policy.maxBackoffMs)
            : fullJitterBackoffMs(m_attempts, m_policy.baseBackoffMs, m_policy.maxBackoffMs,
                                  m_transport->m_random());
        m_wait.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
        return;
    }
    if (!outcome.ok())
        outcome = Result<HttpResponse>(attemptsNote(outcome.error()));
    finish(outcome);
}

void TransportCall::onCallerCancelled()
{
    if (m_finished)
        return;
    m_wait.stop();
    if (m_reply)
        m_abortReason = AbortReason::Cancelled;
    detachReply();
    finishCancelledByCaller();
}

void TransportCall::abandon()
{
    if (m_finished)
        return;
    m_wait.stop();
    if (m_reply)
        m_abortReason = AbortReason::Cancelled;
    detachReply();
    finish(ApiError::make(ApiError::Kind::Cancelled,
                          QStringLiteral("the transport was closed while the call was in flight"),
                          QStringLiteral("closed")));
}

void TransportCall::finishCancelledByCaller()
{
    // A cancelled future takes no result: ending it is all there is to do.
    finish(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("cancelled by the caller")));
}

void TransportCall::finish(const Result<HttpResponse> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_wait.stop();
    detachReply();
    m_watcher.disconnect(this);

    Result<HttpResponse> delivered = result;
    if (delivered.ok()) {
        HttpResponse &response = delivered.value();
        response.attempts = m_attempts;
        response.bytesSent = m_bytesSent;
        response.bytesReceived = m_bytesReceived;
        response.elapsedMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    }
    m_promise.addResult(delivered);
    m_promise.finish();

    const ApiError::Kind kind = delivered.ok() ? ApiError::Kind::None : delivered.error().kind;
    HttpTransport *transport = m_transport;
    const quint64 id = m_id;
    const int attempts = m_attempts;
    transport->forget(id);
    Q_EMIT transport->callFinished(id, kind, attempts);
}

} // namespace contactdesk::transport
