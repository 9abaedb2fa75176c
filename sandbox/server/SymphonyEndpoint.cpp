#include "server/SymphonyEndpoint.h"

#include "server/GuardedCall.h"
#include "auth/SymphonySignatureVerifier.h"
#include "contract/Operations.h"
#include "domain/SandboxService.h"
#include "wire/AsmxCodec.h"
#include "wire/ServerCodec.h"

#include <QLoggingCategory>
#include <QUrlQuery>

#include <optional>

namespace contactdesk::sandbox::server {

Q_LOGGING_CATEGORY(lcSymphony, "contactdesk.sandbox.symphony", QtWarningMsg)

namespace {

QString internalErrorText()
{
    return QStringLiteral("Server was unable to process request.");
}

wire::SoapVersion versionOf(Binding binding)
{
    return binding == Binding::SymphonySoap12 ? wire::SoapVersion::V12 : wire::SoapVersion::V11;
}

// Pairs of a query string or form body, read with HTML-form rules ('+' is a space).
QUrlQuery formPairs(QByteArray encoded)
{
    encoded.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(encoded));
}

QString unquoted(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
        text = text.mid(1, text.size() - 2);
    return text;
}

// The SOAP action a request names: the SOAPAction header (1.1) or the action parameter of
// the Content-Type (1.2); empty when it names none.
QString requestedAction(Binding binding, const HttpRequestData &request)
{
    if (binding == Binding::SymphonySoap11)
        return unquoted(QString::fromUtf8(request.header("SOAPAction")));
    const QList<QByteArray> parameters = request.header("Content-Type").split(';');
    for (qsizetype i = 1; i < parameters.size(); ++i) {
        const QByteArray parameter = parameters.at(i).trimmed();
        if (parameter.toLower().startsWith("action="))
            return unquoted(QString::fromUtf8(parameter.mid(7)));
    }
    return {};
}

template <class Op> constexpr bool isSymphony()
{
    return Op::info.service == Service::Symphony;
}

} // namespace

// Checks the four authentication values; on success gives the key's institution.
static std::optional<QString> authenticate(const EndpointContext &context, const wire::SymphonyAuthValues &values,
                                           const QString &operation, QString &errorText)
{
    std::optional<QString> keyInstitution;
    const auth::SymphonySignatureVerifier verifier(
        [&](const QString &apiKey) {
            keyInstitution = context.service.symphonyInstitutionFor(apiKey);
            if (!keyInstitution || keyInstitution->compare(context.options.institution, Qt::CaseInsensitive) != 0)
                return std::optional<QByteArray>();
            return context.service.symphonySecretFor(apiKey);
        },
        context.options.clock, contract::symphonyClockWindowSeconds);
    const std::optional<auth::SymphonyRejection> rejection =
        guardedCall(lcSymphony, [&] { return verifier.verify(values, operation); });
    if (!rejection) {
        errorText = internalErrorText();
        return std::nullopt;
    }
    if (*rejection != auth::SymphonyRejection::None) {
        errorText = QStringLiteral("Authentication failed: ") + auth::symphonyRejectionText(*rejection);
        return std::nullopt;
    }
    return keyInstitution;
}

HttpReply SymphonyEndpoint::answerSoap(Binding binding, const HttpRequestData &request) const
{
    const wire::SoapVersion version = versionOf(binding);
    const auto fault = [binding](ProtocolError error, const QString &text) {
        return protocolErrorReply(binding, error, text);
    };

    const Result<wire::IncomingSoapRequest> head = wire::readSoapRequestHead(request.body);
    if (!head)
        return fault(head.error().kind == ApiError::Kind::TooLarge ? ProtocolError::TooLarge : ProtocolError::Malformed,
                     head.error().message);
    if (head->version != version)
        return fault(ProtocolError::Malformed,
                     version == wire::SoapVersion::V12
                         ? QStringLiteral("application/soap+xml requires a SOAP 1.2 envelope.")
                         : QStringLiteral("text/xml requires a SOAP 1.1 envelope; send SOAP 1.2 as application/soap+xml."));
    const QString serviceNamespace = QString::fromLatin1(serviceInfo(Service::Symphony).soapNamespace);

    std::optional<HttpReply> reply;
    ops::findOperation([&](auto tag) {
        using Op = typename decltype(tag)::type;
        if constexpr (!isSymphony<Op>()) {
            return false;
        } else {
            const QString name = QString::fromLatin1(Op::info.name);
            if (head->operation != name || head->operationNamespace != serviceNamespace)
                return false;
            const QString action = requestedAction(binding, request);
            if (!action.isEmpty() && action != serviceNamespace + name) {
                reply = fault(ProtocolError::Malformed,
                              QStringLiteral("The SOAP action %1 does not match the operation %2.").arg(action, name));
                return true;
            }
            if (!head->symphonyAuth) {
                reply = fault(ProtocolError::Unauthenticated,
                              QStringLiteral("Authentication failed: the AuthenticationHeader is required."));
                return true;
            }
            QString errorText;
            const std::optional<QString> institution = authenticate(m_context, *head->symphonyAuth, name, errorText);
            if (!institution) {
                reply = fault(ProtocolError::Unauthenticated, errorText);
                return true;
            }
            if (!m_context.admitCall(*institution)) {
                reply = fault(ProtocolError::RateLimited, rateLimitText());
                return true;
            }
            const Result<typename Op::Params> params = wire::readSoapRequestParams<typename Op::Params>(request.body);
            if (!params) {
                reply = fault(ProtocolError::Malformed, params.error().message);
                return true;
            }
            const CallContext context{*institution, QString(), m_context.options.clock()};
            const auto result = guardedCall(lcSymphony, [&] { return m_context.service.handleSymphony<Op>(params.value(), context); });
            if (!result) {
                reply = fault(ProtocolError::ServerError, internalErrorText());
            } else if (!result->ok()) {
                const bool client = result->error().code != u"Server" && result->error().code != u"Receiver";
                reply = fault(client ? ProtocolError::Malformed : ProtocolError::ServerError, result->error().message);
            } else {
                reply = HttpReply::make(200, version == wire::SoapVersion::V12 ? mime::soap12 : mime::soap11,
                                        wire::writeSymphonySoapResponse<Op>(version, result->value()));
            }
            return true;
        }
    });
    if (reply)
        return *reply;
    return fault(ProtocolError::UnknownOperation,
                 QStringLiteral("Server did not recognize the value of HTTP Header SOAPAction or the operation {%1}%2.")
                     .arg(head->operationNamespace, head->operation));
}

HttpReply SymphonyEndpoint::answerHttp(Binding binding, const QString &operation, const HttpRequestData &request) const
{
    const auto failure = [binding](ProtocolError error, const QString &text) {
        return protocolErrorReply(binding, error, text);
    };
    const QUrlQuery pairs = formPairs(binding == Binding::SymphonyGet ? request.rawQuery.toUtf8() : request.body);

    std::optional<HttpReply> reply;
    ops::findOperation([&](auto tag) {
        using Op = typename decltype(tag)::type;
        if constexpr (!isSymphony<Op>()) {
            return false;
        } else {
            const QString name = QString::fromLatin1(Op::info.name);
            if (operation != name)
                return false;
            QString errorText;
            const std::optional<QString> institution =
                authenticate(m_context, wire::symphonyAuthFromQuery(pairs), name, errorText);
            if (!institution) {
                reply = failure(ProtocolError::Unauthenticated, errorText);
                return true;
            }
            if (!m_context.admitCall(*institution)) {
                reply = failure(ProtocolError::RateLimited, rateLimitText());
                return true;
            }
            const Result<typename Op::Params> params = wire::readSymphonyQueryParams<typename Op::Params>(pairs);
            if (!params) {
                reply = failure(ProtocolError::Malformed, params.error().message);
                return true;
            }
            const CallContext context{*institution, QString(), m_context.options.clock()};
            const auto result = guardedCall(lcSymphony, [&] { return m_context.service.handleSymphony<Op>(params.value(), context); });
            if (!result)
                reply = failure(ProtocolError::ServerError, internalErrorText());
            else if (!result->ok())
                reply = failure(ProtocolError::ServerError, result->error().message);
            else
                reply = HttpReply::make(200, mime::xml, wire::writeSymphonyPlainResponse(result->value()));
            return true;
        }
    });
    if (reply)
        return *reply;
    return failure(ProtocolError::UnknownOperation,
                   QStringLiteral("Request format is unrecognized for URL unexpectedly ending in '/%1'.").arg(operation));
}

} // namespace contactdesk::sandbox::server
