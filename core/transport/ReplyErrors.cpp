#include "transport/ReplyErrors.h"

#include <QMetaEnum>

namespace contactdesk::transport {

QNetworkReply::NetworkError qtErrorForHttpStatus(int httpStatus)
{
    using E = QNetworkReply::NetworkError;
    if (httpStatus < 400)
        return E::NoError;
    switch (httpStatus) {
    case 400: return E::ProtocolInvalidOperationError;
    case 401: return E::AuthenticationRequiredError;
    case 403: return E::ContentAccessDenied;
    case 404: return E::ContentNotFoundError;
    case 405: return E::ContentOperationNotPermittedError;
    case 407: return E::ProxyAuthenticationRequiredError;
    case 409: return E::ContentConflictError;
    case 410: return E::ContentGoneError;
    case 418: return E::ProtocolInvalidOperationError;
    case 500: return E::InternalServerError;
    case 501: return E::OperationNotImplementedError;
    case 503: return E::ServiceUnavailableError;
    default: return httpStatus > 500 ? E::UnknownServerError : E::UnknownContentError;
    }
}

bool isHttpStatusError(QNetworkReply::NetworkError error, int httpStatus)
{
    if (httpStatus <= 0)
        return false;
    return error == QNetworkReply::NoError || error == qtErrorForHttpStatus(httpStatus);
}

ApiError::Kind kindForNetworkError(QNetworkReply::NetworkError error)
{
    using E = QNetworkReply::NetworkError;
    switch (error) {
    case E::TimeoutError: return ApiError::Kind::Timeout;
    case E::OperationCanceledError: return ApiError::Kind::Cancelled;
    case E::SslHandshakeFailedError: return ApiError::Kind::Tls;
    default: return ApiError::Kind::Transport;
    }
}

QString networkErrorName(QNetworkReply::NetworkError error)
{
    const char *key = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(int(error));
    return key ? QString::fromLatin1(key) : QStringLiteral("NetworkError%1").arg(int(error));
}

} // namespace contactdesk::transport
