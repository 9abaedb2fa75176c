#include "transport/RequestLogEntry.h"

namespace contactdesk::transport {

namespace {

QByteArray headerBlock(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QByteArray out;
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    return out;
}

} // namespace

RequestLogEntry RequestLogEntry::fromExchange(const QDateTime &at, const HttpRequest &request,
                                              const Result<HttpResponse> &outcome)
{
    RequestLogEntry entry;
    entry.at = at;
    entry.requestExcerpt = request.method + ' ' + request.url.toEncoded() + "\r\n"
        + headerBlock(request.headers) + "\r\n" + request.body;
    if (outcome.ok()) {
        const HttpResponse &response = outcome.value();
        entry.httpStatus = response.status;
        entry.durationMs = response.elapsedMs;
        entry.bytesSent = response.bytesSent;
        entry.bytesReceived = response.bytesReceived;
        entry.attempts = response.attempts;
        QList<std::pair<QByteArray, QByteArray>> headers;
        for (const auto &[name, value] : response.headers)
            headers.append({name, value});
        entry.responseExcerpt = "HTTP " + QByteArray::number(response.status) + "\r\n"
            + headerBlock(headers) + "\r\n" + response.body;
    } else {
        entry.httpStatus = outcome.error().httpStatus;
        entry.bytesSent = request.body.size();
        entry.error = outcome.error().toString();
    }
    return entry;
}

} // namespace contactdesk::transport
