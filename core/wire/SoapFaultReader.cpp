#include "wire/SoapFaultReader.h"

namespace contactdesk::wire {

namespace {

const QLatin1StringView xmlNamespace("http://www.w3.org/XML/1998/namespace");

QString leafText(QXmlStreamReader &r)
{
    return r.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
}

// SOAP 1.2 <Code><Value>soap:Sender</Value><Subcode>...</Subcode></Code>: the top Value.
QString readCode12(QXmlStreamReader &r)
{
    QString value;
    while (r.readNextStartElement()) {
        if (r.name() == u"Value" && value.isNull())
            value = leafText(r);
        else
            r.skipCurrentElement();
    }
    return value;
}

// SOAP 1.2 <Reason><Text xml:lang="en">...</Text>...</Reason>: English first, else the first.
QString readReason12(QXmlStreamReader &r)
{
    QString first;
    QString english;
    while (r.readNextStartElement()) {
        if (r.name() != u"Text") {
            r.skipCurrentElement();
            continue;
        }
        const bool isEnglish = r.attributes().value(xmlNamespace, QStringLiteral("lang")).startsWith(u"en");
        const QString text = leafText(r);
        if (first.isNull())
            first = text;
        if (isEnglish && english.isNull())
            english = text;
    }
    return english.isNull() ? first : english;
}

} // namespace

bool isSoapFault(const QXmlStreamReader &r, SoapVersion version)
{
    return r.isStartElement() && r.name() == u"Fault" && r.namespaceUri() == envelopeNamespace(version);
}

QString faultCodeLocalPart(QStringView qualifiedName)
{
    const QStringView trimmed = qualifiedName.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(u':');
    return (colon < 0 ? trimmed : trimmed.sliced(colon + 1)).toString();
}

ApiError readSoapFault(QXmlStreamReader &r, int httpStatus)
{
    QString code;
    QString text;
    while (r.readNextStartElement()) {
        const QStringView name = r.name();
        if (name == u"faultcode")
            code = faultCodeLocalPart(leafText(r));
        else if (name == u"faultstring")
            text = leafText(r);
        else if (name == u"Code")
            code = faultCodeLocalPart(readCode12(r));
        else if (name == u"Reason")
            text = readReason12(r);
        else
            r.skipCurrentElement();
    }
    if (text.isEmpty())
        text = QStringLiteral("SOAP fault without a text");
    return ApiError::make(ApiError::Kind::SoapFault, text, code, httpStatus);
}

} // namespace contactdesk::wire
