#include "wire/ServerCodec.h"

#include "wire/SoapEnvelopeReader.h"

namespace contactdesk::wire {

namespace {

const QLatin1StringView xmlNamespace("http://www.w3.org/XML/1998/namespace");

} // namespace

Result<IncomingSoapRequest> readSoapRequestHead(const QByteArray &body, const WireLimits &limits)
{
    SafeXmlReader xml(body, limits);
    if (!xml.ok())
        return xml.error();
    IncomingSoapRequest request;
    const QLatin1StringView wsseNs(contract::wsseNamespace);
    const QLatin1StringView symphonyNs(serviceInfo(Service::Symphony).soapNamespace);
    const auto onHeaderEntry = [&](QXmlStreamReader &r) {
        if (r.namespaceUri() == wsseNs && r.name() == u"Security") {
            WsseUsernameToken token;
            if (readWsseSecurity(r, token))
                request.wsse = token;
        } else if (r.namespaceUri() == symphonyNs
                   && r.name() == QLatin1StringView(contract::symphonyAuthHeaderElement)) {
            request.symphonyAuth = readSymphonyAuthHeader(r);
        } else {
            r.skipCurrentElement();
        }
    };
    QXmlStreamReader &r = xml.reader();
    const ApiError e = enterSoapBody(r, request.version, onHeaderEntry);
    if (e.isError())
        return xml.ok() ? e : xml.error();
    request.operation = r.name().toString();
    request.operationNamespace = r.namespaceUri().toString();
    if (!xml.finish()) // the whole request must be well-formed
        return xml.error();
    return request;
}

namespace detail {

ApiError enterSoapRequestOperation(SafeXmlReader &xml)
{
    if (!xml.ok())
        return xml.error();
    SoapVersion version = SoapVersion::V11;
    const ApiError e = enterSoapBody(xml.reader(), version);
    return xml.ok() ? e : xml.error();
}

ApiError requestReadFailure(const SafeXmlReader &xml, const XmlFieldReader &reader)
{
    if (!xml.ok())
        return xml.error();
    ApiError e = ApiError::make(ApiError::Kind::Parse, reader.errorText());
    e.field = reader.errorField();
    return e;
}

} // namespace detail

QByteArray writeS360SoapFault(FaultSide side, const QString &text)
{
    const QString prefix = QLatin1StringView(contract::s360ResponseEnvelopePrefix);
    SoapEnvelopeWriter envelope(SoapVersion::V11, prefix);
    envelope.startBody();
    QXmlStreamWriter &w = envelope.xml();
    w.writeStartElement(envelope.envelopeNs(), QStringLiteral("Fault"));
    w.writeTextElement(QStringLiteral("faultcode"), prefix + u':' + faultCodeName(SoapVersion::V11, side));
    w.writeTextElement(QStringLiteral("faultstring"), text);
    return envelope.finish();
}

QByteArray writeAsmxSoapFault(SoapVersion version, FaultSide side, const QString &text)
{
    const QString prefix = QLatin1StringView(contract::asmxEnvelopePrefix);
    SoapEnvelopeWriter envelope(version, prefix);
    envelope.startBody();
    QXmlStreamWriter &w = envelope.xml();
    const QString ns = envelope.envelopeNs();
    const QString code = prefix + u':' + faultCodeName(version, side);
    w.writeStartElement(ns, QStringLiteral("Fault"));
    if (version == SoapVersion::V11) {
        w.writeTextElement(QStringLiteral("faultcode"), code);
        w.writeTextElement(QStringLiteral("faultstring"), text);
        w.writeEmptyElement(QStringLiteral("detail"));
    } else {
        w.writeStartElement(ns, QStringLiteral("Code"));
        w.writeTextElement(ns, QStringLiteral("Value"), code);
        w.writeEndElement();
        w.writeStartElement(ns, QStringLiteral("Reason"));
        w.writeStartElement(ns, QStringLiteral("Text"));
        w.writeAttribute(xmlNamespace, QStringLiteral("lang"), QLatin1StringView(contract::soap12FaultTextLanguage));
        w.writeCharacters(text);
        w.writeEndElement();
        w.writeEndElement();
        w.writeEmptyElement(ns, QStringLiteral("Detail"));
    }
    return envelope.finish();
}

} // namespace contactdesk::wire
