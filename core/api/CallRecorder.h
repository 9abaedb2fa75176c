#pragma once

// Writes one RequestLog entry per typed call: started when the request is built, finished
// with the transport outcome and the typed result. Copyable so a continuation can own it.

#include "contract/Services.h"
#include "transport/HttpRequest.h"
#include "transport/HttpResponse.h"
#include "transport/RequestLog.h"

#include <QDateTime>
#include <QPointer>

namespace contactdesk {

class CallRecorder {
public:
    CallRecorder(transport::RequestLog *log, Service service, QString operation, QString binding,
                 transport::HttpRequest request);

    // error: the typed call's ApiError text (empty on success); statusCode: the result's
    // statusCode, or the error's code.
    void finish(const Result<transport::HttpResponse> &outcome, const QString &error,
                const QString &statusCode) const;

private:
    QPointer<transport::RequestLog> m_log;
    Service m_service;
    QString m_operation;
    QString m_binding;
    transport::HttpRequest m_request;
    QDateTime m_startedAt;
};

} // namespace contactdesk
