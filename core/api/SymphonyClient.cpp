#include "api/SymphonyClient.h"

#include "auth/SymphonySignature.h"
#include "wire/AsmxCodec.h"
#include "wire/SoapRequestWriter.h"
#include "wire/SoapResponseReader.h"

namespace contactdesk {

namespace {

// application/x-www-form-urlencoded / query text of the pairs. Every reserved character is
// percent-encoded ('+' included: a base64 signature holds '+' and '/').
QByteArray formEncode(const QUrlQuery &pairs)
{
    QByteArray out;
    for (const auto &[key, value] : pairs.queryItems(QUrl::FullyDecoded)) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace

SymphonyClient::SymphonyClient(transport::HttpTransport *transport, transport::RequestLog *log, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_log(log)
{
}

QUrl SymphonyClient::endpoint(const QString &suffix) const
{
    QUrl url = m_connection.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QString::fromLatin1(serviceInfo(Service::Symphony).soapPath) + suffix);
    return url;
}

transport::CallPolicy SymphonyClient::policy(ops::Retry retry) const
{
    transport::CallPolicy p;
    p.retryAllowed = retry == ops::Retry::Safe;
    p.attemptTimeoutMs = m_connection.timeoutMs;
    p.rateLimitKey = m_connection.institution;
    p.retryOnInternalServerError = false; // ASMX answers every fault with 500
    return p;
}

template <class Op> transport::HttpRequest SymphonyClient::buildRequest(const typename Op::Params &params) const
{
    const QString operation = QString::fromLatin1(Op::info.name);
    // Signed when the request is built: the timestamp window is 300 s, far above a timeout.
    const wire::SymphonyAuthValues auth =
        auth::signSymphonyCall(m_connection.apiKey, m_secret, operation, QDateTime::currentDateTimeUtc());
    transport::HttpRequest request;
    switch (m_connection.binding) {
    case SymphonyBinding::Soap11:
        request.url = endpoint({});
        request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/xml; charset=utf-8")},
                           {QByteArrayLiteral("SOAPAction"),
                            '"' + wire::symphonySoapAction<Op>().toUtf8() + '"'}};
        request.body = wire::writeSymphonySoapRequest<Op>(wire::SoapVersion::V11, params, auth);
        break;
    case SymphonyBinding::Soap12:
        request.url = endpoint({});
        request.headers = {{QByteArrayLiteral("Content-Type"),
                            QByteArrayLiteral("application/soap+xml; charset=utf-8; action=\"")
                                + wire::symphonySoapAction<Op>().toUtf8() + '"'}};
        request.body = wire::writeSymphonySoapRequest<Op>(wire::SoapVersion::V12, params, auth);
        break;
    case SymphonyBinding::HttpGet: {
        request.method = QByteArrayLiteral("GET");
        QUrl url = endpoint(QLatin1Char('/') + operation);
        url.setQuery(QString::fromLatin1(formEncode(wire::symphonyQuery<Op>(params, auth))), QUrl::StrictMode);
        request.url = url;
        break;
    }
    case SymphonyBinding::HttpPost:
        request.url = endpoint(QLatin1Char('/') + operation);
        request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}};
        request.body = formEncode(wire::symphonyQuery<Op>(params, auth));
        break;
    }
    return request;
}

template <class Op>
Result<typename Op::Result> SymphonyClient::decode(SymphonyBinding binding,
                                                   const Result<transport::HttpResponse> &outcome)
{
    if (!outcome.ok())
        return outcome.error();
    const transport::HttpResponse &response = outcome.value();
    switch (binding) {
    case SymphonyBinding::Soap11:
        return wire::readSymphonySoapResponse<Op>(wire::SoapVersion::V11, response.status, response.body);
    case SymphonyBinding::Soap12:
        return wire::readSymphonySoapResponse<Op>(wire::SoapVersion::V12, response.status, response.body);
    case SymphonyBinding::HttpGet:
    case SymphonyBinding::HttpPost:
        break;
    }
    return wire::readSymphonyPlainResponse<Op>(response.status, response.body);
}

template <class Op> QFuture<Result<typename Op::Result>> SymphonyClient::call(const typename Op::Params &params)
{
    static_assert(Op::info.service == Service::Symphony, "S-360 operations go through S360Client");
    const transport::HttpRequest request = buildRequest<Op>(params);
    const SymphonyBinding binding = m_connection.binding;
    CallRecorder recorder(m_log, Service::Symphony, QString::fromLatin1(Op::info.name), bindingName(binding), request);
    return m_transport->send(request, policy(Op::info.retry))
        .then([recorder, binding](Result<transport::HttpResponse> outcome) {
            Result<typename Op::Result> result = decode<Op>(binding, outcome);
            recorder.finish(outcome, result.ok() ? QString() : result.error().toString(),
                            result.ok() ? QString() : result.error().code);
            return result;
        });
}

QFuture<Result<dto::ContactTokenResult>> SymphonyClient::generateTokenForContact(int contactId, bool singleUse,
                                                                                 const QString &tokenType)
{
    return call<ops::GenerateTokenForContact>({tokenType, contactId, singleUse});
}

QFuture<Result<dto::ContactTokenResult>> SymphonyClient::verifyTokenForContact(const QString &token, bool consume,
                                                                               const QString &tokenType)
{
    return call<ops::VerifyTokenForContact>({tokenType, token, consume});
}

} // namespace contactdesk
