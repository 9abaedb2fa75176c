#include "server/S360Endpoint.h"

#include "server/GuardedCall.h"
#include "server/ProtocolErrors.h"

#include "auth/JwtVerifier.h"
#include "contract/Operations.h"
#include "domain/SandboxService.h"
#include "wire/RestCodec.h"
#include "wire/ServerCodec.h"

#include <QLoggingCategory>

#include <optional>

namespace contactdesk::sandbox::server {

Q_LOGGING_CATEGORY(lcS360, "contactdesk.sandbox.s360", QtWarningMsg)

namespace {

QString internalErrorText()
{
    return QStringLiteral("Internal server error.");
}

template <class Op> constexpr bool isS360()
{
    return Op::info.service != Service::Symphony;
}

} // namespace

HttpReply S360Endpoint::answerSoap(Service service, const HttpRequestData &request) const
{
    const auto fault = [](ProtocolError error, const QString &text) {
        return protocolErrorReply(Binding::S360Soap, error, text);
    };

    const Result<wire::IncomingSoapRequest> head = wire::readSoapRequestHead(request.body);
    if (!head)
        return fault(head.error().kind == ApiError::Kind::TooLarge ? ProtocolError::TooLarge : ProtocolError::Malformed,
                     head.error().message);
    if (head->version != wire::SoapVersion::V11)
        return fault(ProtocolError::Malformed, QStringLiteral("This service speaks SOAP 1.1 only."));
    const QString serviceNamespace = QString::fromLatin1(serviceInfo(service).soapNamespace);

    std::optional<HttpReply> reply;
    ops::findOperation([&](auto tag) {
        using Op = typename decltype(tag)::type;
        if constexpr (!isS360<Op>()) {
            return false;
        } else {
            if (Op::info.service != service || head->operation != QLatin1StringView(Op::info.name) ||
                head->operationNamespace != serviceNamespace)
                return false;

            // Credentials: a WS-Security UsernameToken with the operator's password.
            if (!head->wsse || head->wsse->username.isEmpty()) {
                reply = fault(ProtocolError::Unauthenticated,
                              QStringLiteral("Authentication failed: a WS-Security UsernameToken is required."));
                return true;
            }
            const QString &institution = m_context.options.institution;
            const wire::WsseUsernameToken &token = *head->wsse;
            // PBKDF2 check (SandboxService remembers a passed check for a few minutes).
            const std::optional<bool> accepted = guardedCall(lcS360, [&] {
                return m_context.service.checkOperatorPassword(institution, token.username, token.password);
            });
            if (!accepted) {
                reply = fault(ProtocolError::ServerError, internalErrorText());
                return true;
            }
            if (!*accepted) {
                reply = fault(ProtocolError::Unauthenticated,
                              QStringLiteral("Authentication failed: unknown operator or wrong password."));
                return true;
            }
            if (!m_context.admitCall(institution)) {
                reply = fault(ProtocolError::RateLimited, rateLimitText());
                return true;
            }

            const Result<typename Op::Params> params = wire::readSoapRequestParams<typename Op::Params>(request.body);
            if (!params) {
                reply = fault(ProtocolError::Malformed, params.error().message);
                return true;
            }
            const CallContext context{institution, token.username, m_context.options.clock()};
            const auto result = guardedCall(lcS360, [&] { return m_context.service.handle<Op>(params.value(), context); });
            reply = result ? HttpReply::make(200, mime::soap11, wire::writeS360SoapResponse<Op>(*result))
                           : fault(ProtocolError::ServerError, internalErrorText());
            return true;
        }
    });
    if (reply)
        return *reply;
    return fault(ProtocolError::UnknownOperation,
                 QStringLiteral("Unknown operation {%1}%2 on %3.")
                     .arg(head->operationNamespace, head->operation, serviceName(service)));
}

HttpReply S360Endpoint::answerRest(Service service, const QString &method, const HttpRequestData &request) const
{
    const auto error = [](ProtocolError kind, const QString &text) {
        return protocolErrorReply(Binding::S360Rest, kind, text);
    };

    std::optional<HttpReply> reply;
    ops::findOperation([&](auto tag) {
        using Op = typename decltype(tag)::type;
        if constexpr (!isS360<Op>()) {
            return false;
        } else {
            if (Op::info.service != service || method != QLatin1StringView(Op::info.name))
                return false;

            // Credentials: "Authorization: Bearer <HS256 JWT>" signed with the operator's API secret.
            const QByteArray authorization = request.header("Authorization").trimmed();
            if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer ")) {
                reply = error(ProtocolError::Unauthenticated, QStringLiteral("A bearer JWT is required."));
                return true;
            }
            const QByteArray token = authorization.mid(7).trimmed();
            const QString &institution = m_context.options.institution;
            const auth::JwtVerifier verifier(m_context.options.clock);
            std::optional<auth::JwtVerification> verification = guardedCall(lcS360, [&] {
                return verifier.verify(token, institution, [&](const QString &login) {
                    return m_context.service.jwtSecretFor(institution, login);
                });
            });
            if (!verification) {
                reply = error(ProtocolError::ServerError, internalErrorText());
                return true;
            }
            if (!verification->accepted()) {
                reply = error(ProtocolError::Unauthenticated, auth::jwtRejectionText(verification->rejection));
                return true;
            }
            if (!m_context.admitCall(institution)) {
                reply = error(ProtocolError::RateLimited, rateLimitText());
                return true;
            }

            const Result<typename Op::Params> params = wire::readRestRequestParams<typename Op::Params>(request.body);
            if (!params) {
                reply = error(params.error().kind == ApiError::Kind::TooLarge ? ProtocolError::TooLarge
                                                                              : ProtocolError::Malformed,
                              params.error().message);
                return true;
            }
            const CallContext context{institution, verification->claims.operatorLogin, m_context.options.clock()};
            const auto result = guardedCall(lcS360, [&] { return m_context.service.handle<Op>(params.value(), context); });
            reply = result ? HttpReply::make(200, mime::json, wire::writeS360RestResponse<Op>(*result))
                           : error(ProtocolError::ServerError, internalErrorText());
            return true;
        }
    });
    if (reply)
        return *reply;
    return error(ProtocolError::UnknownOperation,
                 QStringLiteral("Unknown method %1 on %2.").arg(method, serviceName(service)));
}

} // namespace contactdesk::sandbox::server
