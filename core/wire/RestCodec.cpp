#include "wire/RestCodec.h"

#include "wire/HttpOutcome.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace contactdesk::wire {

namespace {

bool isBlank(const QByteArray &body)
{
    return body.trimmed().isEmpty();
}

ApiError tooLarge(qsizetype size, const WireLimits &limits)
{
    return ApiError::make(ApiError::Kind::TooLarge,
                          QStringLiteral("the body is %1 bytes, over the limit of %2 bytes").arg(size).arg(limits.maxBytes));
}

} // namespace

namespace detail {

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ApiError parseJsonObject(const QByteArray &body, const WireLimits &limits, bool emptyIsObject, QJsonObject &out)
{
    if (body.size() > limits.maxBytes)
        return tooLarge(body.size(), limits);
    if (isBlank(body)) {
        if (emptyIsObject) {
            out = QJsonObject();
            return {};
        }
        return ApiError::make(ApiError::Kind::Parse, QStringLiteral("the body is empty, a JSON object was expected"));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ApiError::make(ApiError::Kind::Parse, QStringLiteral("the JSON is not valid: %1 (at offset %2)")
                                                         .arg(error.errorString())
                                                         .arg(error.offset));
    }
    if (!doc.isObject())
        return ApiError::make(ApiError::Kind::Parse, QStringLiteral("the JSON is not an object"));
    out = doc.object();
    return {};
}

ApiError openRestResponse(int httpStatus, const QByteArray &body, const WireLimits &limits, QJsonObject &out)
{
    if (!isSuccessStatus(httpStatus))
        return readRestErrorBody(httpStatus, body, limits);
    ApiError e = parseJsonObject(body, limits, false, out);
    e.httpStatus = e.isError() ? httpStatus : 0;
    return e;
}

ApiError jsonFieldError(const JsonFieldReader &reader, int httpStatus)
{
    ApiError e = ApiError::make(ApiError::Kind::Parse, reader.errorText(), {}, httpStatus);
    e.field = reader.errorField();
    return e;
}

} // namespace detail

namespace {

// The error a non-2xx body says, before the status has its say (rateLimitWins).
ApiError restErrorOfBody(int httpStatus, const QByteArray &body, const WireLimits &limits)
{
    if (body.size() > limits.maxBytes) {
        ApiError e = tooLarge(body.size(), limits);
        e.httpStatus = httpStatus;
        return e;
    }
    if (isBlank(body))
        return unreadableErrorAnswer(httpStatus, QStringLiteral("an empty body"));
    QJsonObject object;
    const ApiError e = detail::parseJsonObject(body, limits, false, object);
    const QJsonValue code = object.value(QLatin1StringView(contract::restErrorKey));
    if (e.isError() || !code.isString()) {
        const bool html = body.trimmed().startsWith('<');
        return unreadableErrorAnswer(httpStatus, html ? QStringLiteral("an HTML page")
                                                      : QStringLiteral("a body that is not a JSON error"));
    }
    // The message, else the code, else the status: never a blank text.
    QString message = object.value(QLatin1StringView(contract::restMessageKey)).toString();
    if (message.trimmed().isEmpty())
        message = code.toString();
    if (message.trimmed().isEmpty())
        message = unreadableErrorAnswer(httpStatus, QStringLiteral("an error body without a message")).message;
    return ApiError::make(ApiError::Kind::Http, message, code.toString(), httpStatus);
}

} // namespace

ApiError readRestErrorBody(int httpStatus, const QByteArray &body, const WireLimits &limits)
{
    return rateLimitWins(httpStatus, restErrorOfBody(httpStatus, body, limits));
}

QByteArray writeRestError(const QString &code, const QString &message)
{
    QJsonObject o;
    o.insert(QLatin1StringView(contract::restErrorKey), code);
    o.insert(QLatin1StringView(contract::restMessageKey), message);
    return detail::compactJson(o);
}

} // namespace contactdesk::wire
