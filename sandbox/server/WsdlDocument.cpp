#include "server/WsdlDocument.h"

#include "contract/Operations.h"
#include "server/XsdTypeRegistry.h"

#include <QXmlStreamWriter>

namespace contactdesk::sandbox::server {

namespace {

const QString wsdlNs = QStringLiteral("http://schemas.xmlsoap.org/wsdl/");
const QString soapNs = QStringLiteral("http://schemas.xmlsoap.org/wsdl/soap/");
const QString soap12Ns = QStringLiteral("http://schemas.xmlsoap.org/wsdl/soap12/");
const QString httpNs = QStringLiteral("http://schemas.xmlsoap.org/wsdl/http/");
const QString mimeNs = QStringLiteral("http://schemas.xmlsoap.org/wsdl/mime/");
const QString soapHttpTransport = QStringLiteral("http://schemas.xmlsoap.org/soap/http");

QString latin1(const char *text)
{
    return QString::fromLatin1(text);
}

QString endpointUrl(const QUrl &baseUrl, const char *path)
{
    QString base = baseUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + latin1(path);
}

void element(QXmlStreamWriter &w, const QString &ns, const QString &name,
             std::initializer_list<std::pair<QString, QString>> attributes)
{
    w.writeEmptyElement(ns, name);
    for (const auto &[key, value] : attributes)
        w.writeAttribute(key, value);
}

// Each operation of a service, as wsdl:message/portType/binding need them.
struct OperationEntry {
    QString name;
    QString resultName;
};

template <class F> void forEachOperationOf(Service service, F &&f)
{
    ops::forEachOperation([&](auto tag) {
        using Op = typename decltype(tag)::type;
        if (Op::info.service == service)
            f(tag);
    });
}

void writeDocumentation(QXmlStreamWriter &w, const QString &text)
{
    w.writeTextElement(wsdlNs, QStringLiteral("documentation"), text);
}

} // namespace

QByteArray s360Wsdl(Service service, const QUrl &baseUrl)
{
    const ServiceInfo &info = serviceInfo(service);
    const QString ns = latin1(info.soapNamespace);
    const QString name = serviceName(service);
    const QString xs = latin1(xsdNamespace);

    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeNamespace(wsdlNs, QStringLiteral("wsdl"));
    w.writeNamespace(soapNs, QStringLiteral("soap"));
    w.writeNamespace(xs, QStringLiteral("xs"));
    w.writeNamespace(ns, QStringLiteral("tns"));
    w.writeStartElement(wsdlNs, QStringLiteral("definitions"));
    w.writeAttribute(QStringLiteral("name"), name);
    w.writeAttribute(QStringLiteral("targetNamespace"), ns);
    writeDocumentation(w, QStringLiteral(
        "%1 as the ContactDesk sandbox answers it (CONTRACT.md 1). Every request carries a WS-Security "
        "UsernameToken (%2) in the SOAP header, the operator login as Username and its password as "
        "PasswordText. Errors are SOAP 1.1 faults with HTTP 500 (faultcode S:Client or S:Server); over the "
        "rate limit the answer is HTTP 509.").arg(name, latin1(contract::wsseNamespace)));

    // ---- types ----
    XsdTypeRegistry types;
    QList<std::pair<OperationEntry, std::pair<QList<XsdField>, QString>>> operations;
    forEachOperationOf(service, [&](auto tag) {
        using Op = typename decltype(tag)::type;
        QList<XsdField> parameters = types.fieldsOf<typename Op::Params>();
        const QString resultType = types.require<typename Op::Result>();
        operations.append({{latin1(Op::info.name), latin1(Op::info.resultName)}, {parameters, resultType}});
    });

    w.writeStartElement(wsdlNs, QStringLiteral("types"));
    w.writeStartElement(xs, QStringLiteral("schema"));
    w.writeAttribute(QStringLiteral("targetNamespace"), ns);
    w.writeAttribute(QStringLiteral("elementFormDefault"), QStringLiteral("unqualified"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    for (const auto &[op, signature] : operations) {
        const QString responseName = op.name + QStringLiteral("Response");
        element(w, xs, QStringLiteral("element"), {{QStringLiteral("name"), op.name}, {QStringLiteral("type"), QStringLiteral("tns:") + op.name}});
        element(w, xs, QStringLiteral("element"),
                {{QStringLiteral("name"), responseName}, {QStringLiteral("type"), QStringLiteral("tns:") + responseName}});
        types.writeComplexType(w, op.name, signature.first);
        types.writeComplexType(w, responseName, {{op.resultName, signature.second, true, false}});
    }
    types.writeTypes(w);
    w.writeEndElement(); // schema
    w.writeEndElement(); // types

    // ---- messages ----
    for (const auto &[op, signature] : operations) {
        for (const QString &message : {op.name, op.name + QStringLiteral("Response")}) {
            w.writeStartElement(wsdlNs, QStringLiteral("message"));
            w.writeAttribute(QStringLiteral("name"), message);
            element(w, wsdlNs, QStringLiteral("part"),
                    {{QStringLiteral("name"), QStringLiteral("parameters")}, {QStringLiteral("element"), QStringLiteral("tns:") + message}});
            w.writeEndElement();
        }
    }

    // ---- portType ----
    w.writeStartElement(wsdlNs, QStringLiteral("portType"));
    w.writeAttribute(QStringLiteral("name"), name);
    for (const auto &[op, signature] : operations) {
        w.writeStartElement(wsdlNs, QStringLiteral("operation"));
        w.writeAttribute(QStringLiteral("name"), op.name);
        element(w, wsdlNs, QStringLiteral("input"), {{QStringLiteral("message"), QStringLiteral("tns:") + op.name}});
        element(w, wsdlNs, QStringLiteral("output"), {{QStringLiteral("message"), QStringLiteral("tns:") + op.name + QStringLiteral("Response")}});
        w.writeEndElement();
    }
    w.writeEndElement();

    // ---- binding ----
    const QString bindingName = name + QStringLiteral("PortBinding");
    w.writeStartElement(wsdlNs, QStringLiteral("binding"));
    w.writeAttribute(QStringLiteral("name"), bindingName);
    w.writeAttribute(QStringLiteral("type"), QStringLiteral("tns:") + name);
    element(w, soapNs, QStringLiteral("binding"), {{QStringLiteral("transport"), soapHttpTransport}, {QStringLiteral("style"), QStringLiteral("document")}});
    for (const auto &[op, signature] : operations) {
        w.writeStartElement(wsdlNs, QStringLiteral("operation"));
        w.writeAttribute(QStringLiteral("name"), op.name);
        element(w, soapNs, QStringLiteral("operation"), {{QStringLiteral("soapAction"), QString()}});
        for (const QString &direction : {QStringLiteral("input"), QStringLiteral("output")}) {
            w.writeStartElement(wsdlNs, direction);
            element(w, soapNs, QStringLiteral("body"), {{QStringLiteral("use"), QStringLiteral("literal")}});
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();

    // ---- service ----
    w.writeStartElement(wsdlNs, QStringLiteral("service"));
    w.writeAttribute(QStringLiteral("name"), name);
    w.writeStartElement(wsdlNs, QStringLiteral("port"));
    w.writeAttribute(QStringLiteral("name"), name + QStringLiteral("Port"));
    w.writeAttribute(QStringLiteral("binding"), QStringLiteral("tns:") + bindingName);
    element(w, soapNs, QStringLiteral("address"), {{QStringLiteral("location"), endpointUrl(baseUrl, info.soapPath)}});
    w.writeEndElement();
    w.writeEndElement();

    w.writeEndElement(); // definitions
    w.writeEndDocument();
    return out;
}

QByteArray symphonyWsdl(const QUrl &baseUrl)
{
    const ServiceInfo &info = serviceInfo(Service::Symphony);
    const QString ns = latin1(info.soapNamespace);
    const QString name = serviceName(Service::Symphony);
    const QString xs = latin1(xsdNamespace);
    const QString authHeader = QStringLiteral("AuthenticationHeader");
    const QString plainResponse = latin1(contract::symphonyPlainResponseElement);
    const QStringList authPairs{QStringLiteral("Timestamp"), QStringLiteral("Operation"), QStringLiteral("Signature"),
                                QStringLiteral("APIKey")};

    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeNamespace(wsdlNs, QStringLiteral("wsdl"));
    w.writeNamespace(soapNs, QStringLiteral("soap"));
    w.writeNamespace(soap12Ns, QStringLiteral("soap12"));
    w.writeNamespace(httpNs, QStringLiteral("http"));
    w.writeNamespace(mimeNs, QStringLiteral("mime"));
    w.writeNamespace(xs, QStringLiteral("s"));
    w.writeNamespace(ns, QStringLiteral("tns"));
    w.writeStartElement(wsdlNs, QStringLiteral("definitions"));
    w.writeAttribute(QStringLiteral("targetNamespace"), ns);
    writeDocumentation(w, QStringLiteral(
        "Symphony API V1.0 as the ContactDesk sandbox answers it (CONTRACT.md 2). Every call is signed: "
        "Signature = base64(HMAC-SHA256(API secret, APIKey + \"\\n\" + Timestamp + \"\\n\" + Operation)), "
        "Timestamp in UTC (yyyy-MM-ddTHH:mm:ssZ, at most 300 s from the server's clock), in the "
        "AuthenticationHeader (SOAP) or as the extra pairs Timestamp, Operation, Signature, APIKey (GET/POST)."));

    XsdTypeRegistry types(QStringLiteral("s"));
    struct SymphonyOperation {
        QString name;
        QString resultName;
        QList<XsdField> parameters;
        QString resultType;
    };
    QList<SymphonyOperation> operations;
    forEachOperationOf(Service::Symphony, [&](auto tag) {
        using Op = typename decltype(tag)::type;
        operations.append({latin1(Op::info.name), latin1(Op::info.resultName), types.fieldsOf<typename Op::Params>(),
                           types.require<typename Op::Result>()});
    });
    const QString plainResponseType = operations.isEmpty() ? QString() : operations.first().resultType;

    // ---- types ----
    w.writeStartElement(wsdlNs, QStringLiteral("types"));
    w.writeStartElement(xs, QStringLiteral("schema"));
    w.writeAttribute(QStringLiteral("elementFormDefault"), QStringLiteral("qualified"));
    w.writeAttribute(QStringLiteral("targetNamespace"), ns);
    for (const SymphonyOperation &op : operations) {
        const QString responseName = op.name + QStringLiteral("Response");
        element(w, xs, QStringLiteral("element"), {{QStringLiteral("name"), op.name}, {QStringLiteral("type"), QStringLiteral("tns:") + op.name}});
        element(w, xs, QStringLiteral("element"),
                {{QStringLiteral("name"), responseName}, {QStringLiteral("type"), QStringLiteral("tns:") + responseName}});
        types.writeComplexType(w, op.name, op.parameters);
        types.writeComplexType(w, responseName, {{op.resultName, op.resultType, true, false}});
    }
    QList<XsdField> headerFields;
    for (const QString &pair : authPairs)
        headerFields.append({pair, QStringLiteral("s:string"), true, false});
    element(w, xs, QStringLiteral("element"), {{QStringLiteral("name"), authHeader}, {QStringLiteral("type"), QStringLiteral("tns:") + authHeader}});
    types.writeComplexType(w, authHeader, headerFields);
    element(w, xs, QStringLiteral("element"), {{QStringLiteral("name"), plainResponse}, {QStringLiteral("type"), plainResponseType}});
    types.writeTypes(w);
    w.writeEndElement(); // schema
    w.writeEndElement(); // types

    auto message = [&](const QString &messageName, std::initializer_list<std::pair<QString, QString>> part) {
        w.writeStartElement(wsdlNs, QStringLiteral("message"));
        w.writeAttribute(QStringLiteral("name"), messageName);
        element(w, wsdlNs, QStringLiteral("part"), part);
        w.writeEndElement();
    };

    // ---- messages ----
    for (const SymphonyOperation &op : operations) {
        message(op.name + QStringLiteral("SoapIn"), {{QStringLiteral("name"), QStringLiteral("parameters")}, {QStringLiteral("element"), QStringLiteral("tns:") + op.name}});
        message(op.name + QStringLiteral("SoapOut"),
                {{QStringLiteral("name"), QStringLiteral("parameters")}, {QStringLiteral("element"), QStringLiteral("tns:") + op.name + QStringLiteral("Response")}});
        message(op.name + authHeader, {{QStringLiteral("name"), authHeader}, {QStringLiteral("element"), QStringLiteral("tns:") + authHeader}});
        for (const QString &verb : {QStringLiteral("HttpGet"), QStringLiteral("HttpPost")}) {
            w.writeStartElement(wsdlNs, QStringLiteral("message"));
            w.writeAttribute(QStringLiteral("name"), op.name + verb + QStringLiteral("In"));
            for (const XsdField &field : op.parameters)
                element(w, wsdlNs, QStringLiteral("part"), {{QStringLiteral("name"), field.name}, {QStringLiteral("type"), QStringLiteral("s:string")}});
            for (const QString &pair : authPairs)
                element(w, wsdlNs, QStringLiteral("part"), {{QStringLiteral("name"), pair}, {QStringLiteral("type"), QStringLiteral("s:string")}});
            w.writeEndElement();
            message(op.name + verb + QStringLiteral("Out"), {{QStringLiteral("name"), QStringLiteral("Body")}, {QStringLiteral("element"), QStringLiteral("tns:") + plainResponse}});
        }
    }

    // ---- portTypes ----
    for (const QString &suffix : {QStringLiteral("Soap"), QStringLiteral("HttpGet"), QStringLiteral("HttpPost")}) {
        w.writeStartElement(wsdlNs, QStringLiteral("portType"));
        w.writeAttribute(QStringLiteral("name"), name + suffix);
        for (const SymphonyOperation &op : operations) {
            w.writeStartElement(wsdlNs, QStringLiteral("operation"));
            w.writeAttribute(QStringLiteral("name"), op.name);
            element(w, wsdlNs, QStringLiteral("input"), {{QStringLiteral("message"), QStringLiteral("tns:") + op.name + suffix + QStringLiteral("In")}});
            element(w, wsdlNs, QStringLiteral("output"), {{QStringLiteral("message"), QStringLiteral("tns:") + op.name + suffix + QStringLiteral("Out")}});
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    // ---- SOAP bindings ----
    for (const auto &[bindingSuffix, bindingNs] :
         {std::pair{QStringLiteral("Soap"), soapNs}, std::pair{QStringLiteral("Soap12"), soap12Ns}}) {
        w.writeStartElement(wsdlNs, QStringLiteral("binding"));
        w.writeAttribute(QStringLiteral("name"), name + bindingSuffix);
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("tns:") + name + QStringLiteral("Soap"));
        element(w, bindingNs, QStringLiteral("binding"), {{QStringLiteral("transport"), soapHttpTransport}});
        for (const SymphonyOperation &op : operations) {
            w.writeStartElement(wsdlNs, QStringLiteral("operation"));
            w.writeAttribute(QStringLiteral("name"), op.name);
            element(w, bindingNs, QStringLiteral("operation"),
                    {{QStringLiteral("soapAction"), ns + op.name}, {QStringLiteral("style"), QStringLiteral("document")}});
            w.writeStartElement(wsdlNs, QStringLiteral("input"));
            element(w, bindingNs, QStringLiteral("body"), {{QStringLiteral("use"), QStringLiteral("literal")}});
            element(w, bindingNs, QStringLiteral("header"),
                    {{QStringLiteral("message"), QStringLiteral("tns:") + op.name + authHeader}, {QStringLiteral("part"), authHeader}, {QStringLiteral("use"), QStringLiteral("literal")}});
            w.writeEndElement();
            w.writeStartElement(wsdlNs, QStringLiteral("output"));
            element(w, bindingNs, QStringLiteral("body"), {{QStringLiteral("use"), QStringLiteral("literal")}});
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    // ---- HTTP bindings ----
    for (const auto &[verbSuffix, verb] :
         {std::pair{QStringLiteral("HttpGet"), QStringLiteral("GET")}, std::pair{QStringLiteral("HttpPost"), QStringLiteral("POST")}}) {
        w.writeStartElement(wsdlNs, QStringLiteral("binding"));
        w.writeAttribute(QStringLiteral("name"), name + verbSuffix);
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("tns:") + name + verbSuffix);
        element(w, httpNs, QStringLiteral("binding"), {{QStringLiteral("verb"), verb}});
        for (const SymphonyOperation &op : operations) {
            w.writeStartElement(wsdlNs, QStringLiteral("operation"));
            w.writeAttribute(QStringLiteral("name"), op.name);
            element(w, httpNs, QStringLiteral("operation"), {{QStringLiteral("location"), QStringLiteral("/") + op.name}});
            w.writeStartElement(wsdlNs, QStringLiteral("input"));
            if (verb == u"GET")
                element(w, httpNs, QStringLiteral("urlEncoded"), {});
            else
                element(w, mimeNs, QStringLiteral("content"), {{QStringLiteral("type"), QStringLiteral("application/x-www-form-urlencoded")}});
            w.writeEndElement();
            w.writeStartElement(wsdlNs, QStringLiteral("output"));
            element(w, mimeNs, QStringLiteral("mimeXml"), {{QStringLiteral("part"), QStringLiteral("Body")}});
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    // ---- service ----
    const QString address = endpointUrl(baseUrl, info.soapPath);
    w.writeStartElement(wsdlNs, QStringLiteral("service"));
    w.writeAttribute(QStringLiteral("name"), name);
    for (const auto &[portSuffix, addressNs] :
         {std::pair{QStringLiteral("Soap"), soapNs}, std::pair{QStringLiteral("Soap12"), soap12Ns},
          std::pair{QStringLiteral("HttpGet"), httpNs}, std::pair{QStringLiteral("HttpPost"), httpNs}}) {
        w.writeStartElement(wsdlNs, QStringLiteral("port"));
        w.writeAttribute(QStringLiteral("name"), name + portSuffix);
        w.writeAttribute(QStringLiteral("binding"), QStringLiteral("tns:") + name + portSuffix);
        element(w, addressNs, QStringLiteral("address"), {{QStringLiteral("location"), address}});
        w.writeEndElement();
    }
    w.writeEndElement();

    w.writeEndElement(); // definitions
    w.writeEndDocument();
    return out;
}

} // namespace contactdesk::sandbox::server
