#pragma once

// The S-360 REST binding (CONTRACT.md 1.3), both sides.
//   Request: a JSON object whose keys are the method's parameter names.
//   Response: the result object, unwrapped, at the top level.
//   Error [OURS]: HTTP 4xx/5xx with {"error":"<code>","message":"..."}.
// Client outcomes:
//   2xx with statusCode other than "success"      -> Kind::Status (code, message = statusDetail, field)
//   509 or 429, whatever the body                  -> Kind::RateLimited (code = error if any)
//   other non-2xx with an {"error","message"} body -> Kind::Http (code = error, message, httpStatus)
//   other non-2xx without one (empty, HTML, other) -> Kind::Http
//   oversize                                       -> Kind::TooLarge
//   2xx that is not a JSON object, wrong value type -> Kind::Parse (field named when known)

#include "api/Result.h"
#include "contract/Operations.h"
#include "wire/JsonFields.h"
#include "wire/ResultStatus.h"
#include "wire/WireLimits.h"

#include <QByteArray>
#include <QJsonObject>

namespace contactdesk::wire {

namespace detail {

QByteArray compactJson(const QJsonObject &object);
// The body as a JSON object: Kind::TooLarge over the cap, Kind::Parse when it is not an object.
// An empty body reads as {} when emptyIsObject (a request without parameters).
ApiError parseJsonObject(const QByteArray &body, const WireLimits &limits, bool emptyIsObject, QJsonObject &out);
// Classifies the response; Kind::None with `out` set for a 2xx JSON object.
ApiError openRestResponse(int httpStatus, const QByteArray &body, const WireLimits &limits, QJsonObject &out);
ApiError jsonFieldError(const JsonFieldReader &reader, int httpStatus);

} // namespace detail

// ---- client side ----

template <class Op> QByteArray writeS360RestRequest(const typename Op::Params &params)
{
    static_assert(Op::info.service != Service::Symphony, "an S-360 operation");
    return detail::compactJson(JsonFieldWriter::toObject(params));
}

template <class Op>
Result<typename Op::Result> readS360RestResponse(int httpStatus, const QByteArray &body, const WireLimits &limits = {})
{
    static_assert(Op::info.service != Service::Symphony, "an S-360 operation");
    QJsonObject object;
    ApiError e = detail::openRestResponse(httpStatus, body, limits, object);
    if (e.isError())
        return e;
    typename Op::Result result;
    JsonFieldReader fields;
    if (!fields.readObject(object, result))
        return detail::jsonFieldError(fields, httpStatus);
    e = resultStatusError(result, httpStatus);
    if (e.isError())
        return e;
    return result;
}

// The error of a non-2xx REST answer: Kind::RateLimited for 509/429 (the body's code and
// message kept), else Kind::Http with the body's code and message, or the status alone when
// the body holds no error object.
ApiError readRestErrorBody(int httpStatus, const QByteArray &body, const WireLimits &limits = {});

// ---- server side (the sandbox) ----

// The request body into the parameters; an empty body reads as {} (no parameters). A value of
// the wrong type is Kind::Parse with ApiError::field naming it.
template <class P> Result<P> readRestRequestParams(const QByteArray &body, const WireLimits &limits = {})
{
    QJsonObject object;
    const ApiError e = detail::parseJsonObject(body, limits, true, object);
    if (e.isError())
        return e;
    P params;
    JsonFieldReader fields;
    if (!fields.readObject(object, params))
        return detail::jsonFieldError(fields, 0);
    return params;
}

template <class Op> QByteArray writeS360RestResponse(const typename Op::Result &result)
{
    return detail::compactJson(JsonFieldWriter::toObject(result));
}

QByteArray writeRestError(const QString &code, const QString &message);

} // namespace contactdesk::wire
