#include "wire/ResultStatus.h"

#include "contract/Services.h"

#include <QRegularExpression>

namespace contactdesk::wire {

QString statusDetailNamingField(const QString &fieldPath, const QString &message)
{
    return fieldPath + QLatin1StringView(contract::statusDetailFieldSeparator) + message;
}

QString fieldNamedByStatusDetail(const QString &statusDetail)
{
    const QLatin1StringView separator(contract::statusDetailFieldSeparator);
    const qsizetype at = statusDetail.indexOf(separator);
    if (at <= 0)
        return {};
    // A field path: wire names joined by '.', a list item as name[i].
    static const QRegularExpression path(
        QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\[[0-9]+\\])?(\\.[A-Za-z_][A-Za-z0-9_]*(\\[[0-9]+\\])?)*$"));
    const QString candidate = statusDetail.left(at);
    return path.match(candidate).hasMatch() ? candidate : QString();
}

ApiError resultStatusError(const QString &statusCode, const QString &statusDetail, int httpStatus)
{
    if (statusCode == QLatin1StringView(contract::statusSuccess))
        return {};
    if (statusCode.isNull()) {
        return ApiError::make(ApiError::Kind::Parse, QStringLiteral("the result carries no statusCode"), {},
                              httpStatus);
    }
    // The text is statusDetail; a failure without one still gets a text to show.
    const QString message = statusDetail.trimmed().isEmpty()
                                ? QStringLiteral("the server answered statusCode '%1' without a detail").arg(statusCode)
                                : statusDetail;
    ApiError e = ApiError::make(ApiError::Kind::Status, message, statusCode, httpStatus);
    e.field = fieldNamedByStatusDetail(statusDetail);
    return e;
}

} // namespace contactdesk::wire
