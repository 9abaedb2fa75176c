#include "wire/SoapHeaders.h"

#include "contract/Services.h"

namespace contactdesk::wire {

namespace {

// Text of a leaf element, or of the text nodes of a mixed one; the reader ends on its EndElement.
QString leafText(QXmlStreamReader &r)
{
    return r.readElementText(QXmlStreamReader::SkipChildElements);
}

} // namespace

void writeWsseSecurityHeader(QXmlStreamWriter &w, const WsseUsernameToken &token)
{
    const QString ns = QLatin1StringView(contract::wsseNamespace);
    w.writeStartElement(ns, QStringLiteral("Security"));
    w.writeStartElement(ns, QStringLiteral("UsernameToken"));
    w.writeTextElement(ns, QStringLiteral("Username"), token.username);
    w.writeStartElement(ns, QStringLiteral("Password"));
    w.writeAttribute(QStringLiteral("Type"), QLatin1StringView(contract::wssePasswordTextType));
    w.writeCharacters(token.password);
    w.writeEndElement(); // Password
    w.writeEndElement(); // UsernameToken
    w.writeEndElement(); // Security
}

void writeSymphonyAuthHeader(QXmlStreamWriter &w, const SymphonyAuthValues &values)
{
    const QString ns = QLatin1StringView(serviceInfo(Service::Symphony).soapNamespace);
    w.writeStartElement(QLatin1StringView(contract::symphonyAuthHeaderElement));
    w.writeDefaultNamespace(ns);
    w.writeTextElement(ns, QLatin1StringView(contract::symphonyAuthTimestamp), values.timestamp);
    w.writeTextElement(ns, QLatin1StringView(contract::symphonyAuthOperation), values.operation);
    w.writeTextElement(ns, QLatin1StringView(contract::symphonyAuthSignature), values.signature);
    w.writeTextElement(ns, QLatin1StringView(contract::symphonyAuthApiKey), values.apiKey);
    w.writeEndElement();
}

bool readWsseSecurity(QXmlStreamReader &r, WsseUsernameToken &out)
{
    bool found = false;
    while (r.readNextStartElement()) {
        if (r.name() != u"UsernameToken") {
            r.skipCurrentElement();
            continue;
        }
        found = true;
        while (r.readNextStartElement()) {
            if (r.name() == u"Username")
                out.username = leafText(r);
            else if (r.name() == u"Password")
                out.password = leafText(r);
            else
                r.skipCurrentElement();
        }
    }
    return found && !r.hasError();
}

SymphonyAuthValues readSymphonyAuthHeader(QXmlStreamReader &r)
{
    SymphonyAuthValues v;
    while (r.readNextStartElement()) {
        const QStringView name = r.name();
        if (name == QLatin1StringView(contract::symphonyAuthTimestamp))
            v.timestamp = leafText(r);
        else if (name == QLatin1StringView(contract::symphonyAuthOperation))
            v.operation = leafText(r);
        else if (name == QLatin1StringView(contract::symphonyAuthSignature))
            v.signature = leafText(r);
        else if (name == QLatin1StringView(contract::symphonyAuthApiKey))
            v.apiKey = leafText(r);
        else
            r.skipCurrentElement();
    }
    return v;
}

} // namespace contactdesk::wire
