#pragma once

// One line of the request log: one typed call, as the user sees it in the log view.

#include "api/Result.h"
#include "transport/HttpRequest.h"
#include "transport/HttpResponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace contactdesk::transport {

struct RequestLogEntry {
    QDateTime at;        // when the call started
    QString service;     // e.g. ContactInformationPublicService
    QString operation;   // wire name, e.g. getContactData
    QString binding;     // SOAP 1.1, REST, SOAP 1.2, HTTP GET, HTTP POST
    int httpStatus = 0;  // 0 when no response was received
    QString statusCode;  // the result's statusCode, when one was parsed
    qint64 durationMs = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    int attempts = 0;
    QString error;             // ApiError::toString(), empty on success
    QByteArray requestExcerpt;  // redacted and truncated by RequestLog::append()
    QByteArray responseExcerpt; // redacted and truncated by RequestLog::append()

    // Fills the transport's part of an entry (status, sizes, timing, attempts, error and
    // the two excerpts: headers and body) from one exchange; the caller adds service,
    // operation, binding and statusCode. The excerpts are raw here: RequestLog::append()
    // redacts them.
    static RequestLogEntry fromExchange(const QDateTime &at, const HttpRequest &request,
                                        const Result<HttpResponse> &outcome);
};

} // namespace contactdesk::transport

Q_DECLARE_METATYPE(contactdesk::transport::RequestLogEntry)
