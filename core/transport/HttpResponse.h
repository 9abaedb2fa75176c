#pragma once

// What HttpTransport::send() delivers for any HTTP response received, whatever its status:
// mapping statuses to errors is the protocol layer's job.

#include <QByteArray>
#include <QList>
#include <QNetworkReply>

namespace contactdesk::transport {

struct HttpResponse {
    int status = 0;
    QByteArray body; // decompressed when the server answered with gzip/deflate
    QList<QNetworkReply::RawHeaderPair> headers;
    int attempts = 0;          // requests sent for this call, retries included
    qint64 bytesSent = 0;      // request body bytes, summed over the attempts
    qint64 bytesReceived = 0;  // response body bytes (as delivered), summed over the attempts
    qint64 elapsedMs = 0;      // from send() to the end, waits and back-offs included

    // The value of the first header with that name (case-insensitive); null when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace contactdesk::transport
