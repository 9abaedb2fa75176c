#pragma once

// The WSDL 1.1 documents the sandbox serves at `{soap endpoint}?wsdl`, generated from the
// operation table (core/contract/Operations.h) and the DTOs' describe() field lists, with the
// XML Schema embedded, document/literal:
// - an S-360 service: one SOAP 1.1 binding; parameter and result fields unqualified
//   (CONTRACT.md 1.2); the WS-Security UsernameToken the header must carry is documented.
// - Symphony: SOAP 1.1, SOAP 1.2, HttpGet and HttpPost bindings like an ASMX service, fields
//   qualified, the AuthenticationHeader declared as a SOAP header.
// The address of every port is the server's base URL plus the endpoint path.

#include "contract/Services.h"

#include <QByteArray>
#include <QUrl>

namespace contactdesk::sandbox::server {

QByteArray s360Wsdl(Service service, const QUrl &baseUrl);
QByteArray symphonyWsdl(const QUrl &baseUrl);

inline QByteArray wsdlFor(Service service, const QUrl &baseUrl)
{
    return service == Service::Symphony ? symphonyWsdl(baseUrl) : s360Wsdl(service, baseUrl);
}

} // namespace contactdesk::sandbox::server
