#pragma once

// Reading QNetworkReply errors: which ones are only Qt's name for an HTTP status (the
// response is then a normal response for the transport), and which ApiError kind the others
// are.

#include "api/ApiError.h"

#include <QNetworkReply>
#include <QString>

namespace contactdesk::transport {

// The error Qt sets on a reply that received this HTTP status and nothing went wrong.
QNetworkReply::NetworkError qtErrorForHttpStatus(int httpStatus);
// Whether error is nothing but Qt's way of reporting httpStatus.
bool isHttpStatusError(QNetworkReply::NetworkError error, int httpStatus);
// Transport, Timeout, Tls or Cancelled for a network-level error.
ApiError::Kind kindForNetworkError(QNetworkReply::NetworkError error);
// The enum name ("ConnectionRefusedError"), used as ApiError::code.
QString networkErrorName(QNetworkReply::NetworkError error);

} // namespace contactdesk::transport
