#pragma once

// How an HTTP status frames a response body, shared by the SOAP, REST and ASMX readers.

#include "api/ApiError.h"

namespace contactdesk::wire {

// 2xx, or 0 (no status known: a body read from a file or a test) counts as success.
bool isSuccessStatus(int httpStatus);
// 509 (the vendor's) or 429 (announced) [VENDOR].
bool isRateLimitStatus(int httpStatus);
// "Bad Gateway" for 502 and so on; empty for a status it does not know.
QString httpReasonPhrase(int httpStatus);
// A failure status whose body holds no fault or error to read (empty, HTML, not XML/JSON):
// Kind::RateLimited for 509/429, else Kind::Http; httpStatus kept; `what` says what the body was.
ApiError unreadableErrorAnswer(int httpStatus, const QString &what);
// The status wins over the body for 509/429: whatever the body said (a SOAP fault, a REST
// error, nothing readable), the answer is Kind::RateLimited, keeping the body's code and,
// for a fault or REST error, its message after the status. Any other status: fromBody as is.
ApiError rateLimitWins(int httpStatus, ApiError fromBody);

} // namespace contactdesk::wire
