#pragma once

// The typed, asynchronous client of the Symphony API (CONTRACT.md 2) over SOAP 1.1, SOAP 1.2,
// HTTP GET or HTTP POST. GenerateTokenForContact mails a token: it is never retried
// automatically (a retry would mail a second token).

#include "api/CallRecorder.h"
#include "api/Result.h"
#include "api/S360Connection.h"
#include "contract/Operations.h"
#include "transport/HttpTransport.h"

#include <QFuture>
#include <QObject>

namespace contactdesk {

class SymphonyClient : public QObject {
    Q_OBJECT
public:
    SymphonyClient(transport::HttpTransport *transport, transport::RequestLog *log, QObject *parent = nullptr);

    void setConnection(const SymphonyConnection &connection) { m_connection = connection; }
    const SymphonyConnection &connection() const { return m_connection; }
    void setApiSecret(const QByteArray &secret) { m_secret = secret; }

    QFuture<Result<dto::ContactTokenResult>> generateTokenForContact(
        int contactId, bool singleUse,
        const QString &tokenType = QString::fromLatin1(contract::symphonyTokenTypeRegistration));
    QFuture<Result<dto::ContactTokenResult>> verifyTokenForContact(
        const QString &token, bool consume,
        const QString &tokenType = QString::fromLatin1(contract::symphonyTokenTypeRegistration));

    template <class Op> QFuture<Result<typename Op::Result>> call(const typename Op::Params &params);

private:
    template <class Op> transport::HttpRequest buildRequest(const typename Op::Params &params) const;
    template <class Op>
    static Result<typename Op::Result> decode(SymphonyBinding binding, const Result<transport::HttpResponse> &outcome);

    QUrl endpoint(const QString &suffix) const;
    transport::CallPolicy policy(ops::Retry retry) const;

    transport::HttpTransport *m_transport;
    transport::RequestLog *m_log;
    SymphonyConnection m_connection;
    QByteArray m_secret;
};

} // namespace contactdesk
