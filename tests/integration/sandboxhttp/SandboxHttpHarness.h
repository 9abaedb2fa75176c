#pragma once

// Test harness of the sandbox's HTTP front: a sandbox on a temporary database served on a free
// loopback port, a blocking HTTP client over QNetworkAccessManager, and hand-written request
// bodies (these tests never use core's client, so that they check the server on its own).

#include "auth/JwtForger.h"
#include "auth/SymphonySignature.h"
#include "contract/Services.h"
#include "domain/SandboxService.h"
#include "server/SandboxServer.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <memory>
#include <optional>

namespace contactdesk::sandboxhttp {

using namespace contactdesk::sandbox;
using sandbox::server::SandboxServer;
using sandbox::server::ServerOptions;

// ---------------------------------------------------------------- the server

struct RunningSandbox {
    std::unique_ptr<SandboxService> service;
    DemoCredentials credentials;
    std::unique_ptr<SandboxServer> server;

    QUrl base() const { return server->baseUrl(); }
};

// A sandbox on a fresh temporary database (no rate limit unless asked), serving on 127.0.0.1.
inline std::unique_ptr<RunningSandbox> startSandbox(ServerOptions options = {}, SandboxOptions sandboxOptions = {},
                                                    bool unlimitedRate = true)
{
    if (sandboxOptions.databasePath.isEmpty())
        sandboxOptions.inMemory = true;
    if (sandboxOptions.seedContacts == SandboxOptions{}.seedContacts)
        sandboxOptions.seedContacts = 20;
    Result<OpenedSandbox> opened = openSandbox(sandboxOptions);
    if (!opened) {
        qWarning("openSandbox failed: %s", qUtf8Printable(opened.error().message));
        return nullptr;
    }
    auto running = std::make_unique<RunningSandbox>();
    running->service = std::move(opened.value().service);
    running->credentials = opened.value().credentials;
    options.institution = running->credentials.institution;
    if (unlimitedRate)
        options.rateLimitPerMinute = 0;
    running->server = std::make_unique<SandboxServer>(*running->service, options);
    if (!running->server->start()) {
        qWarning("server start failed: %s", qUtf8Printable(running->server->errorString()));
        return nullptr;
    }
    return running;
}

// ---------------------------------------------------------------- the client

struct HttpResult {
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool timedOut = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

class HttpProbe {
public:
    HttpResult get(const QUrl &url, const Headers &headers = {}) { return send("GET", url, {}, {}, headers); }
    HttpResult post(const QUrl &url, const QByteArray &contentType, const QByteArray &body, const Headers &headers = {})
    {
        return send("POST", url, contentType, body, headers);
    }

    HttpResult send(const QByteArray &verb, const QUrl &url, const QByteArray &contentType, const QByteArray &body,
                    const Headers &headers, int timeoutMs = 30'000)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (!contentType.isEmpty())
            request.setRawHeader("Content-Type", contentType);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        loop.exec();
        HttpResult result;
        if (!reply->isFinished()) {
            result.timedOut = true;
            reply->abort();
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QNetworkAccessManager m_nam;
};

// ---------------------------------------------------------------- URLs

inline QUrl endpoint(const QUrl &base, const char *path, const QString &suffix = {})
{
    QUrl url = base;
    url.setPath(QString::fromLatin1(path) + suffix);
    return url;
}
inline QUrl soapUrl(const QUrl &base, Service service)
{
    return endpoint(base, serviceInfo(service).soapPath);
}
inline QUrl restUrl(const QUrl &base, Service service, const QString &method)
{
    return endpoint(base, serviceInfo(service).restPathPrefix, u'/' + method);
}
inline QUrl symphonyUrl(const QUrl &base, const QString &operation = {})
{
    return endpoint(base, serviceInfo(Service::Symphony).soapPath, operation.isEmpty() ? QString() : u'/' + operation);
}

inline QString ns(Service service)
{
    return QString::fromLatin1(serviceInfo(service).soapNamespace);
}

// ---------------------------------------------------------------- S-360 bodies

inline QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// The WS-Security header in the contract's usual shape.
inline QByteArray wsseHeader(const QString &login, const QString &password)
{
    return "<wsse:Security xmlns:wsse=\"" + QByteArray(contract::wsseNamespace) + "\">"
           "<wsse:UsernameToken><wsse:Username>" + xmlEscaped(login) + "</wsse:Username>"
           "<wsse:Password Type=\"" + QByteArray(contract::wssePasswordTextType) + "\">" + xmlEscaped(password) +
           "</wsse:Password></wsse:UsernameToken></wsse:Security>";
}

// A SOAP 1.1 request to an S-360 service; header: the Header's content (none when empty).
inline QByteArray s360Soap(Service service, const QString &operation, const QByteArray &parameters,
                           const QByteArray &header)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:svc=\"" +
           ns(service).toUtf8() + "\">" + (header.isEmpty() ? QByteArray() : "<soapenv:Header>" + header + "</soapenv:Header>") +
           "<soapenv:Body><svc:" + operation.toUtf8() + ">" + parameters + "</svc:" + operation.toUtf8() +
           "></soapenv:Body></soapenv:Envelope>";
}

inline QByteArray bearer(const QByteArray &jwt)
{
    return "Bearer " + jwt;
}

// A JWT for the demo operator, issued now, living `life` seconds.
inline QByteArray demoJwt(const DemoCredentials &c, int life = 30, qint64 issuedOffset = 0)
{
    auth::JwtClaims claims;
    claims.institution = c.institution;
    claims.operatorLogin = c.operatorLogin;
    claims.partnerName = c.partnerName;
    claims.issuedAt = QDateTime::currentSecsSinceEpoch() + issuedOffset;
    claims.expiresAt = claims.issuedAt + life;
    return auth::JwtForger::sign(claims, c.jwtSecret);
}

// ---------------------------------------------------------------- Symphony bodies

inline QString symphonyNs()
{
    return ns(Service::Symphony);
}

inline wire::SymphonyAuthValues symphonyAuth(const DemoCredentials &c, const QString &operation,
                                             const QDateTime &at = QDateTime::currentDateTimeUtc())
{
    return auth::signSymphonyCall(c.symphonyApiKey, c.symphonySecret, operation, at);
}

inline QByteArray symphonySoap(bool soap12, const QString &operation, const QByteArray &parameters,
                               const std::optional<wire::SymphonyAuthValues> &auth)
{
    const QByteArray envelopeNs = soap12 ? contract::soap12Namespace : contract::soap11Namespace;
    QByteArray header;
    if (auth) {
        header = "<soap:Header><AuthenticationHeader xmlns=\"" + symphonyNs().toUtf8() + "\"><Timestamp>" +
                 xmlEscaped(auth->timestamp) + "</Timestamp><Operation>" + xmlEscaped(auth->operation) +
                 "</Operation><Signature>" + xmlEscaped(auth->signature) + "</Signature><APIKey>" +
                 xmlEscaped(auth->apiKey) + "</APIKey></AuthenticationHeader></soap:Header>";
    }
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap=\"" + envelopeNs + "\">" + header +
           "<soap:Body><" + operation.toUtf8() + " xmlns=\"" + symphonyNs().toUtf8() + "\">" + parameters + "</" +
           operation.toUtf8() + "></soap:Body></soap:Envelope>";
}

// Pairs for GET/POST, values percent-encoded with '+' as %2B.
inline QByteArray symphonyForm(const QList<QPair<QString, QString>> &parameters, const wire::SymphonyAuthValues &auth)
{
    QList<QPair<QString, QString>> pairs = parameters;
    pairs << qMakePair(QStringLiteral("Timestamp"), auth.timestamp) << qMakePair(QStringLiteral("Operation"), auth.operation)
          << qMakePair(QStringLiteral("Signature"), auth.signature) << qMakePair(QStringLiteral("APIKey"), auth.apiKey);
    QByteArray out;
    for (const auto &pair : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(pair.first) + '=' + QUrl::toPercentEncoding(pair.second);
    }
    return out;
}

// ---------------------------------------------------------------- reading answers

// The text of the first element with this local name, or a null QString.
inline QString xmlText(const QByteArray &body, const QString &localName)
{
    QXmlStreamReader r(body);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == localName)
            return r.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return {};
}

// Every element of the document, as "{namespace}local" in document order.
inline QStringList xmlElements(const QByteArray &body)
{
    QStringList names;
    QXmlStreamReader r(body);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement())
            names << u'{' + r.namespaceUri().toString() + u'}' + r.name().toString();
    }
    return names;
}

inline bool wellFormed(const QByteArray &body)
{
    QXmlStreamReader r(body);
    while (!r.atEnd())
        r.readNext();
    return !r.hasError();
}

// The first element of the SOAP Body, as "{namespace}local".
inline QString soapBodyChild(const QByteArray &body)
{
    QXmlStreamReader r(body);
    bool inBody = false;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement())
            continue;
        if (inBody)
            return u'{' + r.namespaceUri().toString() + u'}' + r.name().toString();
        if (r.name() == u"Body")
            inBody = true;
    }
    return {};
}

} // namespace contactdesk::sandboxhttp
