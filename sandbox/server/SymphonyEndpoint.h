#pragma once

// Symphony API V1.0 (CONTRACT.md 2) in its four bindings: SOAP 1.1 (text/xml + SOAPAction),
// SOAP 1.2 (application/soap+xml), HTTP GET and HTTP POST (form). Checks the signed
// AuthenticationHeader / extra pairs, counts the call against the rate limit of the key's
// institution, calls SandboxService through the operation table.
// Query strings and form bodies are read with HTML-form rules, as ASP.NET reads them: '+' is a
// space, so a signature's '+' must travel as %2B.

#include "server/EndpointContext.h"
#include "server/HttpExchange.h"
#include "server/ProtocolErrors.h"

namespace contactdesk::sandbox::server {

class SymphonyEndpoint {
public:
    explicit SymphonyEndpoint(const EndpointContext &context) : m_context(context) {}

    // binding: SymphonySoap11 or SymphonySoap12, from the request's Content-Type.
    HttpReply answerSoap(Binding binding, const HttpRequestData &request) const;
    // binding: SymphonyGet or SymphonyPost.
    HttpReply answerHttp(Binding binding, const QString &operation, const HttpRequestData &request) const;

private:
    const EndpointContext &m_context;
};

} // namespace contactdesk::sandbox::server
