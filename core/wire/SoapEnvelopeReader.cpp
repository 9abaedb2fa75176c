#include "wire/SoapEnvelopeReader.h"

namespace contactdesk::wire {

QString describeElement(const QXmlStreamReader &r)
{
    const QString name = r.name().toString();
    return r.namespaceUri().isEmpty() ? QStringLiteral("<%1>").arg(name)
                                      : QStringLiteral("<%1> in namespace %2").arg(name, r.namespaceUri());
}

ApiError enterSoapBody(QXmlStreamReader &r, SoapVersion &version, const SoapHeaderEntryReader &onHeaderEntry)
{
    const std::optional<SoapVersion> v = soapVersionOfNamespace(r.namespaceUri());
    if (!r.isStartElement() || r.name() != u"Envelope" || !v) {
        return ApiError::make(ApiError::Kind::Parse,
                              QStringLiteral("not a SOAP envelope: the root element is %1").arg(describeElement(r)));
    }
    version = *v;
    const QString ns = envelopeNamespace(version);
    while (r.readNextStartElement()) {
        if (r.namespaceUri() == ns && r.name() == u"Header") {
            while (r.readNextStartElement()) {
                if (onHeaderEntry)
                    onHeaderEntry(r);
                else
                    r.skipCurrentElement();
            }
        } else if (r.namespaceUri() == ns && r.name() == u"Body") {
            if (r.readNextStartElement())
                return {};
            if (r.hasError())
                break;
            return ApiError::make(ApiError::Kind::Parse, QStringLiteral("the SOAP Body is empty"));
        } else {
            r.skipCurrentElement();
        }
    }
    if (r.hasError())
        return ApiError::make(ApiError::Kind::Parse, QStringLiteral("the XML is not well-formed: %1").arg(r.errorString()));
    return ApiError::make(ApiError::Kind::Parse, QStringLiteral("the SOAP envelope has no Body"));
}

} // namespace contactdesk::wire
