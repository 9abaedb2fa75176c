#pragma once

// The business outcome carried by every S-360 result (CONTRACT.md 1.4): statusCode "success"
// or a failure, statusDetail a human text; for "invalid" the text names the field first
// ([OURS] format "<field path>: <message>", contract::statusDetailFieldSeparator).

#include "api/ApiError.h"

namespace contactdesk::wire {

// The statusDetail of a failure that names a field (the sandbox writes it this way).
QString statusDetailNamingField(const QString &fieldPath, const QString &message);
// The field path at the front of a statusDetail; empty when the detail names none.
QString fieldNamedByStatusDetail(const QString &statusDetail);

// Kind::None for "success"; Kind::Status with code = statusCode, message = statusDetail and
// field = the field it names for any other value (message = a generic text when statusDetail
// is empty); Kind::Parse when statusCode is absent.
ApiError resultStatusError(const QString &statusCode, const QString &statusDetail, int httpStatus);

// The same for a described result; a result without statusCode (Symphony) always passes.
template <class R> ApiError resultStatusError(const R &result, int httpStatus)
{
    if constexpr (requires { result.statusCode; result.statusDetail; })
        return resultStatusError(result.statusCode, result.statusDetail, httpStatus);
    else
        return ApiError{};
}

} // namespace contactdesk::wire
