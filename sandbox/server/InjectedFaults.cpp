#include "server/InjectedFaults.h"

namespace contactdesk::sandbox::server {

HttpReply injectedFaultReply(Binding binding, FaultKind kind)
{
    if (kind == FaultKind::RateLimit509)
        return protocolErrorReply(binding, ProtocolError::RateLimited, rateLimitText());
    return protocolErrorReply(binding, ProtocolError::ServerError, QStringLiteral("Internal server error (injected)."));
}

QByteArray malformedBody(const QByteArray &body)
{
    return body.left(body.size() / 2) + QByteArrayLiteral("<</>");
}

qsizetype truncatedLength(qsizetype size)
{
    return size <= 1 ? 0 : size / 2;
}

} // namespace contactdesk::sandbox::server
