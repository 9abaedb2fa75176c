#pragma once

// One HTTP request as the sandbox's endpoints see it (a copy of what Qt HttpServer parsed, so
// that it can be answered on another thread or later), and the answer they build.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace contactdesk::sandbox::server {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequestData {
    enum class Method { Get, Post, Other };
    Method method = Method::Other;
    QString path;      // decoded path, e.g. /API/1_0/SOAP/SymphonyAPI.asmx/GenerateTokenForContact
    QString rawQuery;  // the query string as sent (percent-encoded), without '?'
    HeaderList headers;
    QByteArray body;

    // The value of a header, names compared case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    // The bare media type of Content-Type, lower case ("text/xml").
    QByteArray mediaType() const
    {
        const QByteArray value = header("Content-Type");
        const qsizetype semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.left(semicolon)).trimmed().toLower();
    }
};

struct HttpReply {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    HeaderList headers; // besides Content-Type and Content-Length

    static HttpReply make(int status, QByteArray contentType, QByteArray body)
    {
        HttpReply reply;
        reply.status = status;
        reply.contentType = std::move(contentType);
        reply.body = std::move(body);
        return reply;
    }
};

namespace mime {
inline constexpr const char *soap11 = "text/xml; charset=utf-8";
inline constexpr const char *soap12 = "application/soap+xml; charset=utf-8";
inline constexpr const char *xml = "text/xml; charset=utf-8";
inline constexpr const char *json = "application/json";
inline constexpr const char *plainText = "text/plain; charset=utf-8";
} // namespace mime

} // namespace contactdesk::sandbox::server
