#include "server/ProtocolErrors.h"

#include "contract/Services.h"
#include "wire/AsmxCodec.h"
#include "wire/RestCodec.h"
#include "wire/ServerCodec.h"

namespace contactdesk::sandbox::server {

QString rateLimitText()
{
    return QStringLiteral("rate limit exceeded");
}

int protocolErrorStatus(Binding binding, ProtocolError error)
{
    switch (error) {
    case ProtocolError::TooLarge: return httpPayloadTooLarge;
    case ProtocolError::RateLimited: return contract::httpRateLimited;
    case ProtocolError::ServerError: return 500;
    case ProtocolError::Malformed:
    case ProtocolError::Unauthenticated:
    case ProtocolError::UnknownOperation: break;
    }
    if (binding != Binding::S360Rest)
        return 500;
    switch (error) {
    case ProtocolError::Malformed: return 400;
    case ProtocolError::Unauthenticated: return 401;
    case ProtocolError::UnknownOperation: return 404;
    default: return 500;
    }
}

static const char *restCode(ProtocolError error)
{
    switch (error) {
    case ProtocolError::Malformed: return restError::badRequest;
    case ProtocolError::Unauthenticated: return restError::unauthorized;
    case ProtocolError::UnknownOperation: return restError::notFound;
    case ProtocolError::TooLarge: return restError::tooLarge;
    case ProtocolError::RateLimited: return restError::rateLimited;
    case ProtocolError::ServerError: return restError::server;
    }
    return restError::server;
}

static wire::FaultSide faultSide(ProtocolError error)
{
    return error == ProtocolError::RateLimited || error == ProtocolError::ServerError ? wire::FaultSide::Server
                                                                                       : wire::FaultSide::Client;
}

HttpReply protocolErrorReply(Binding binding, ProtocolError error, const QString &text)
{
    const int status = protocolErrorStatus(binding, error);
    switch (binding) {
    case Binding::S360Soap:
        return HttpReply::make(status, mime::soap11, wire::writeS360SoapFault(faultSide(error), text));
    case Binding::S360Rest:
        return HttpReply::make(status, mime::json, wire::writeRestError(QLatin1StringView(restCode(error)), text));
    case Binding::SymphonySoap11:
        return HttpReply::make(status, mime::soap11,
                               wire::writeAsmxSoapFault(wire::SoapVersion::V11, faultSide(error), text));
    case Binding::SymphonySoap12:
        return HttpReply::make(status, mime::soap12,
                               wire::writeAsmxSoapFault(wire::SoapVersion::V12, faultSide(error), text));
    case Binding::SymphonyGet:
    case Binding::SymphonyPost: return HttpReply::make(status, mime::plainText, wire::writeAsmxPlainError(text));
    }
    return HttpReply::make(500, mime::plainText, text.toUtf8());
}

} // namespace contactdesk::sandbox::server
