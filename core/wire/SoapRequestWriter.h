#pragma once

// Client side: the SOAP request bodies.
//   S-360 (CONTRACT.md 1.2): SOAP 1.1, WS-Security UsernameToken (PasswordText, with the Type
//   attribute) in the header, <v2:{method}> in the service namespace, parameters unqualified.
//   Symphony (CONTRACT.md 2): SOAP 1.1 or 1.2, <AuthenticationHeader xmlns="{ns}"> in the
//   header, <{Operation} xmlns="{ns}"> with its parameters in that (default) namespace.

#include "contract/Operations.h"
#include "wire/SoapEnvelopeWriter.h"
#include "wire/SoapHeaders.h"
#include "wire/XmlFieldWriter.h"

namespace contactdesk::wire {

template <class Op>
QByteArray writeS360SoapRequest(const typename Op::Params &params, const WsseUsernameToken &token)
{
    static_assert(Op::info.service != Service::Symphony, "an S-360 operation");
    const QString ns = QLatin1StringView(serviceInfo(Op::info.service).soapNamespace);
    SoapEnvelopeWriter envelope(SoapVersion::V11, QLatin1StringView(contract::s360RequestEnvelopePrefix),
                                {{ns, QLatin1StringView(contract::s360RequestServicePrefix)},
                                 {QLatin1StringView(contract::wsseNamespace), QLatin1StringView(contract::wssePrefix)}});
    envelope.startHeader();
    writeWsseSecurityHeader(envelope.xml(), token);
    envelope.startBody();
    envelope.xml().writeStartElement(ns, QLatin1StringView(Op::info.name));
    XmlFieldWriter(envelope.xml(), QString()).writeFields(params);
    return envelope.finish();
}

template <class Op>
QByteArray writeSymphonySoapRequest(SoapVersion version, const typename Op::Params &params,
                                    const SymphonyAuthValues &auth)
{
    static_assert(Op::info.service == Service::Symphony, "a Symphony operation");
    const QString ns = QLatin1StringView(serviceInfo(Service::Symphony).soapNamespace);
    SoapEnvelopeWriter envelope(version, QLatin1StringView(contract::asmxEnvelopePrefix));
    envelope.startHeader();
    writeSymphonyAuthHeader(envelope.xml(), auth);
    envelope.startBody();
    envelope.xml().writeStartElement(QLatin1StringView(Op::info.name));
    envelope.xml().writeDefaultNamespace(ns);
    XmlFieldWriter(envelope.xml(), ns).writeFields(params);
    return envelope.finish();
}

// The SOAPAction of a Symphony SOAP 1.1 call (and the `action` of a 1.2 Content-Type):
// "https://developer.sym-online.com/API/1_0/SOAP/{Operation}", without quotes.
QString symphonySoapAction(const QString &operation);
template <class Op> QString symphonySoapAction()
{
    return symphonySoapAction(QLatin1StringView(Op::info.name));
}

} // namespace contactdesk::wire
