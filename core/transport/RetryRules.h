#pragma once

// Which outcomes of one attempt are worth another attempt (when the call allows retries at
// all), and which statuses carry a Retry-After the transport honours.

#include "api/ApiError.h"
#include "transport/CallPolicy.h"

namespace contactdesk::transport {

// 5xx (500 only when policy.retryOnInternalServerError), 509 and 429.
bool isRetryableStatus(int httpStatus, const CallPolicy &policy);
// Connection errors and timeouts; never TLS, size, or cancellation.
bool isRetryableError(ApiError::Kind kind);
// 509, 429 and 503.
bool honoursRetryAfter(int httpStatus);

} // namespace contactdesk::transport
