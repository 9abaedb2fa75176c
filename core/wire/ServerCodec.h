#pragma once

// Server side (the sandbox): reading SOAP requests and writing SOAP responses and faults.
// REST and ASMX GET/POST server functions live with their bindings (RestCodec.h, AsmxCodec.h).
//   S-360 response (CONTRACT.md 1.2): <S:Envelope><S:Body><ns2:{method}Response xmlns:ns2="{ns}">
//     <{ResultName}>fields, unqualified</{ResultName}></ns2:{method}Response>
//   S-360 fault: <S:Fault><faultcode>S:Client|S:Server</faultcode><faultstring/></S:Fault>
//   Symphony response (CONTRACT.md 2): <soap:Envelope> (1.1 or 1.2) <soap:Body>
//     <{Op}Response xmlns="{ns}"><{Op}Result>fields in {ns}</{Op}Result></{Op}Response>
//   ASMX faults: 1.1 faultcode soap:Client|soap:Server, faultstring, <detail/>;
//     1.2 soap:Code/soap:Value soap:Sender|soap:Receiver, soap:Reason/soap:Text xml:lang="en", soap:Detail.

#include "api/Result.h"
#include "contract/Operations.h"
#include "wire/SafeXmlReader.h"
#include "wire/SoapEnvelopeWriter.h"
#include "wire/SoapHeaders.h"
#include "wire/SoapVersion.h"
#include "wire/XmlFieldReader.h"
#include "wire/XmlFieldWriter.h"

#include <optional>

namespace contactdesk::wire {

struct IncomingSoapRequest {
    SoapVersion version = SoapVersion::V11;
    QString operation;          // local name of the Body's first element
    QString operationNamespace; // its namespace URI
    std::optional<WsseUsernameToken> wsse;              // a wsse:Security header with a UsernameToken
    std::optional<SymphonyAuthValues> symphonyAuth;     // an AuthenticationHeader in the Symphony namespace
};

// Envelope version, header, operation element. Kind::TooLarge over the cap; Kind::Parse for a
// DTD, malformed XML, not an envelope, no Body or an empty Body (a server answers a Client fault).
Result<IncomingSoapRequest> readSoapRequestHead(const QByteArray &body, const WireLimits &limits = {});

namespace detail {
// Kind::None: `xml.reader()` on the operation element (the Body's first element child).
ApiError enterSoapRequestOperation(SafeXmlReader &xml);
// A typed read that stopped: the XML's own error when malformed, else the field's.
ApiError requestReadFailure(const SafeXmlReader &xml, const XmlFieldReader &reader);
} // namespace detail

// The operation element's children into P (by local name, any order, unknown ones skipped).
// A value that does not parse is Kind::Parse with ApiError::field naming it.
template <class P> Result<P> readSoapRequestParams(const QByteArray &body, const WireLimits &limits = {})
{
    SafeXmlReader xml(body, limits);
    const ApiError e = detail::enterSoapRequestOperation(xml);
    if (e.isError())
        return e;
    P params;
    XmlFieldReader fields(xml.reader());
    if (!fields.readFields(params) || !xml.finish())
        return detail::requestReadFailure(xml, fields);
    return params;
}

template <class Op> QByteArray writeS360SoapResponse(const typename Op::Result &result)
{
    static_assert(Op::info.service != Service::Symphony, "an S-360 operation");
    const QString ns = QLatin1StringView(serviceInfo(Op::info.service).soapNamespace);
    const QString prefix = QLatin1StringView(contract::s360ResponseServicePrefix);
    SoapEnvelopeWriter envelope(SoapVersion::V11, QLatin1StringView(contract::s360ResponseEnvelopePrefix));
    envelope.startBody();
    QXmlStreamWriter &w = envelope.xml();
    // <ns2:{method}Response xmlns:ns2="{ns}">, the JAX-WS shape: the declaration on the element itself.
    w.writeStartElement(prefix + u':' + QString(QLatin1StringView(Op::info.name)) + QStringLiteral("Response"));
    w.writeNamespace(ns, prefix);
    XmlFieldWriter(w, QString()).writeElement(QLatin1StringView(Op::info.resultName), result);
    return envelope.finish();
}

template <class Op> QByteArray writeSymphonySoapResponse(SoapVersion version, const typename Op::Result &result)
{
    static_assert(Op::info.service == Service::Symphony, "a Symphony operation");
    const QString ns = QLatin1StringView(serviceInfo(Service::Symphony).soapNamespace);
    SoapEnvelopeWriter envelope(version, QLatin1StringView(contract::asmxEnvelopePrefix));
    envelope.startBody();
    QXmlStreamWriter &w = envelope.xml();
    w.writeStartElement(QString(QLatin1StringView(Op::info.name)) + QStringLiteral("Response"));
    w.writeDefaultNamespace(ns);
    XmlFieldWriter(w, ns).writeElement(QLatin1StringView(Op::info.resultName), result);
    return envelope.finish();
}

// S-360 (JAX-WS) fault, SOAP 1.1, prefix "S:" as CONTRACT.md 1.2. Send with HTTP 500.
QByteArray writeS360SoapFault(FaultSide side, const QString &text);
// ASMX fault in either version, prefix "soap:" as CONTRACT.md 2. Send with HTTP 500.
QByteArray writeAsmxSoapFault(SoapVersion version, FaultSide side, const QString &text);

} // namespace contactdesk::wire
