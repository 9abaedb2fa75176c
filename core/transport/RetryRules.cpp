#include "transport/RetryRules.h"

namespace contactdesk::transport {

bool isRetryableStatus(int httpStatus, const CallPolicy &policy)
{
    if (httpStatus == 429)
        return true;
    if (httpStatus == 500)
        return policy.retryOnInternalServerError;
    return httpStatus >= 500 && httpStatus <= 599; // 509 included
}

bool isRetryableError(ApiError::Kind kind)
{
    return kind == ApiError::Kind::Transport || kind == ApiError::Kind::Timeout;
}

bool honoursRetryAfter(int httpStatus)
{
    return httpStatus == 509 || httpStatus == 429 || httpStatus == 503;
}

} // namespace contactdesk::transport
