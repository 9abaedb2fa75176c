#pragma once

// One HTTP request as the protocol layer builds it; HttpTransport sends it as given.

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <utility>

namespace contactdesk::transport {

struct HttpRequest {
    QByteArray method = QByteArrayLiteral("POST"); // GET, POST, ...
    QUrl url;
    // Sent as given, except Accept-Encoding: the transport sends its own ("gzip") and
    // decompresses the body itself (transport/ContentDecoding.h).
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

} // namespace contactdesk::transport
