#pragma once

// The three S-360 services over SOAP 1.1 and REST (CONTRACT.md 1): checks the caller
// (WS-Security UsernameToken against the operator's PBKDF2 hash; HS256 JWT with the
// operator's API secret), counts the call against the rate limit, reads the parameters,
// calls SandboxService through the operation table, writes the result.
// Order of the checks: envelope/path -> operation -> credentials -> rate limit -> parameters.

#include "server/EndpointContext.h"
#include "server/HttpExchange.h"

#include "contract/Services.h"

namespace contactdesk::sandbox::server {

class S360Endpoint {
public:
    explicit S360Endpoint(const EndpointContext &context) : m_context(context) {}

    HttpReply answerSoap(Service service, const HttpRequestData &request) const;
    HttpReply answerRest(Service service, const QString &method, const HttpRequestData &request) const;

private:
    const EndpointContext &m_context;
};

} // namespace contactdesk::sandbox::server
