#include "api/CallRecorder.h"

namespace contactdesk {

CallRecorder::CallRecorder(transport::RequestLog *log, Service service, QString operation, QString binding,
                           transport::HttpRequest request)
    : m_log(log)
    , m_service(service)
    , m_operation(std::move(operation))
    , m_binding(std::move(binding))
    , m_request(std::move(request))
    , m_startedAt(QDateTime::currentDateTimeUtc())
{
}

void CallRecorder::finish(const Result<transport::HttpResponse> &outcome, const QString &error,
                          const QString &statusCode) const
{
    if (!m_log)
        return;
    transport::RequestLogEntry entry = transport::RequestLogEntry::fromExchange(m_startedAt, m_request, outcome);
    entry.service = serviceName(m_service);
    entry.operation = m_operation;
    entry.binding = m_binding;
    entry.statusCode = statusCode;
    entry.error = error;
    m_log->append(std::move(entry)); // append() redacts every excerpt and the error text
}

} // namespace contactdesk
