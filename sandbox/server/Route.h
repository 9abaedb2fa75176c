#pragma once

// Which endpoint of the sandbox a request is for, from its method and path alone
// (CONTRACT.md 1.1 and 2, plus the sandbox's own /sandbox/health and /sandbox/outbox).

#include "contract/Services.h"
#include "server/HttpExchange.h"
#include "server/ProtocolErrors.h"

#include <QString>

namespace contactdesk::sandbox::server {

struct Route {
    enum class Kind {
        ServiceCall,      // an operation call: binding, service and (REST/GET/POST) operation set
        Wsdl,             // GET {soap endpoint}?wsdl
        Health,           // GET /sandbox/health
        Outbox,           // GET /sandbox/outbox
        MethodNotAllowed, // a known path with the wrong HTTP method
        NotFound,
    };
    Kind kind = Kind::NotFound;
    Binding binding = Binding::S360Soap;
    Service service = Service::ContactInformation;
    QString operation; // from the path (REST method, Symphony GET/POST operation); empty for SOAP

    bool isServiceCall() const { return kind == Kind::ServiceCall; }
};

Route routeFor(const HttpRequestData &request);

inline constexpr const char *healthPath = "/sandbox/health";
inline constexpr const char *outboxPath = "/sandbox/outbox";

} // namespace contactdesk::sandbox::server
