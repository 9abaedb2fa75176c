#pragma once

// One call of HttpTransport from send() to its single end: rate-limit slot, attempts,
// timers, back-off, and the promise behind the caller's future. Internal to HttpTransport.

#include "api/Result.h"
#include "transport/CallPolicy.h"
#include "transport/HttpRequest.h"
#include "transport/HttpResponse.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QSslError>
#include <QTimer>

#include <optional>

class QNetworkReply;

namespace contactdesk::transport {

class HttpTransport;

class TransportCall : public QObject {
    Q_OBJECT
public:
    TransportCall(HttpTransport *transport, quint64 id, HttpRequest request, CallPolicy policy);
    ~TransportCall() override;

    QFuture<Result<HttpResponse>> future();
    void start();
    // The transport is going away: abort and end with a Cancelled error.
    void abandon();

private:
    // Why this object aborted the current reply, if it did.
    enum class AbortReason { None, Deadline, TooLarge, Cancelled };

    void acquireSlotThenSend();
    void sendAttempt();
    void onMetaDataChanged();
    void onReadyRead();
    void onSslErrors(const QList<QSslError> &errors);
    void onDeadline();
    void onReplyFinished();
    void onCallerCancelled();

    Result<HttpResponse> outcomeOfReply(QNetworkReply *reply, bool *retryable,
                                        std::optional<qint64> *retryAfterMs);
    // The HTTP answer of a reply that got one: its body (decompressed), or the error of a
    // body that is incomplete, damaged or too large.
    Result<HttpResponse> responseOfReply(QNetworkReply *reply, int status, bool *retryable,
                                         std::optional<qint64> *retryAfterMs);
    void abortReply(AbortReason reason);
    void detachReply();
    void finish(const Result<HttpResponse> &result);
    void finishCancelledByCaller();
    bool callerCancelled() const;
    ApiError attemptsNote(ApiError error) const;

    HttpTransport *m_transport;
    quint64 m_id;
    HttpRequest m_request;
    CallPolicy m_policy;
    QPromise<Result<HttpResponse>> m_promise;
    QFutureWatcher<Result<HttpResponse>> m_watcher;
    QElapsedTimer m_elapsed;
    QTimer m_deadline;  // overall deadline of the current attempt
    QTimer m_wait;      // rate-limit wait or back-off before the next attempt
    QPointer<QNetworkReply> m_reply;
    AbortReason m_abortReason = AbortReason::None;
    QList<QSslError> m_sslErrors;
    QByteArray m_body;  // body of the current attempt
    int m_attempts = 0;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
    bool m_finished = false;
};

} // namespace contactdesk::transport
