#include "wire/HttpOutcome.h"

#include "contract/Services.h"

namespace contactdesk::wire {

bool isSuccessStatus(int httpStatus)
{
    return httpStatus == 0 || (httpStatus >= 200 && httpStatus < 300);
}

bool isRateLimitStatus(int httpStatus)
{
    return httpStatus == contract::httpRateLimited || httpStatus == contract::httpTooManyRequests;
}

QString httpReasonPhrase(int httpStatus)
{
    switch (httpStatus) {
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 405: return QStringLiteral("Method Not Allowed");
    case 408: return QStringLiteral("Request Timeout");
    case 413: return QStringLiteral("Payload Too Large");
    case 415: return QStringLiteral("Unsupported Media Type");
    case 429: return QStringLiteral("Too Many Requests");
    case 500: return QStringLiteral("Internal Server Error");
    case 501: return QStringLiteral("Not Implemented");
    case 502: return QStringLiteral("Bad Gateway");
    case 503: return QStringLiteral("Service Unavailable");
    case 504: return QStringLiteral("Gateway Timeout");
    case 509: return QStringLiteral("Bandwidth Limit Exceeded");
    default: return {};
    }
}

ApiError unreadableErrorAnswer(int httpStatus, const QString &what)
{
    const QString reason = httpReasonPhrase(httpStatus);
    const QString status = reason.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus)
                                            : QStringLiteral("HTTP %1 %2").arg(httpStatus).arg(reason);
    if (isRateLimitStatus(httpStatus)) {
        return ApiError::make(ApiError::Kind::RateLimited,
                              QStringLiteral("rate limit reached (%1); try again later").arg(status), {},
                              httpStatus);
    }
    return ApiError::make(ApiError::Kind::Http, QStringLiteral("the server answered %1 (%2)").arg(status, what), {},
                          httpStatus);
}

ApiError rateLimitWins(int httpStatus, ApiError fromBody)
{
    if (!isRateLimitStatus(httpStatus) || fromBody.kind == ApiError::Kind::RateLimited)
        return fromBody;
    ApiError e = unreadableErrorAnswer(httpStatus, {});
    const bool said = fromBody.kind == ApiError::Kind::SoapFault || fromBody.kind == ApiError::Kind::Http;
    if (said && !fromBody.message.trimmed().isEmpty())
        e.message += QStringLiteral(": ") + fromBody.message;
    e.code = fromBody.code;
    return e;
}

} // namespace contactdesk::wire
