#include "common/ErrorText.h"

#include <QCoreApplication>

namespace contactdesk::ui {


QString errorTitle(const ApiError &error)
{
    using K = ApiError::Kind;
    switch (error.kind) {
    case K::None: return {};
    case K::Transport: return QCoreApplication::translate("ErrorText", "Connection failed");
    case K::Timeout: return QCoreApplication::translate("ErrorText", "No answer in time");
    case K::Tls: return QCoreApplication::translate("ErrorText", "Secure connection failed");
    case K::Http: return QCoreApplication::translate("ErrorText", "HTTP error");
    case K::SoapFault: return QCoreApplication::translate("ErrorText", "Server fault");
    case K::Status: return QCoreApplication::translate("ErrorText", "Refused by the server");
    case K::Parse: return QCoreApplication::translate("ErrorText", "Unreadable answer");
    case K::Validation: return QCoreApplication::translate("ErrorText", "Invalid input");
    case K::TooLarge: return QCoreApplication::translate("ErrorText", "Answer too large");
    case K::RateLimited: return QCoreApplication::translate("ErrorText", "Rate limit reached");
    case K::Cancelled: return QCoreApplication::translate("ErrorText", "Cancelled");
    case K::Credentials: return QCoreApplication::translate("ErrorText", "Credentials");
    }
    return QCoreApplication::translate("ErrorText", "Error");
}

QString errorText(const ApiError &error)
{
    using K = ApiError::Kind;
    const QString detail = error.message.trimmed();
    switch (error.kind) {
    case K::None:
        return {};
    case K::Status:
        if (error.code == u"conflict")
            return QCoreApplication::translate("ErrorText", "Someone else changed this contact since it was opened: %1")
                .arg(detail);
        if (detail.isEmpty())
            return QCoreApplication::translate("ErrorText", "The server refused the request (%1).").arg(error.code);
        return QCoreApplication::translate("ErrorText", "%1 (%2)").arg(detail, error.code);
    case K::SoapFault:
        return QCoreApplication::translate("ErrorText", "The server reported a fault: %1").arg(detail);
    case K::Http:
        if (detail.isEmpty())
            return QCoreApplication::translate("ErrorText", "The server answered HTTP %1.").arg(error.httpStatus);
        return QCoreApplication::translate("ErrorText", "The server answered HTTP %1: %2").arg(error.httpStatus).arg(detail);
    case K::Transport:
        return QCoreApplication::translate("ErrorText", "Cannot reach the server: %1").arg(detail);
    case K::Timeout:
        return QCoreApplication::translate("ErrorText", "The server did not answer in time.");
    case K::Tls:
        return QCoreApplication::translate("ErrorText", "The secure connection failed: %1").arg(detail);
    case K::Parse:
        return QCoreApplication::translate("ErrorText", "The answer could not be read: %1").arg(detail);
    case K::Validation:
        return detail;
    case K::TooLarge:
        return QCoreApplication::translate("ErrorText", "The answer was too large to be read.");
    case K::RateLimited:
        return QCoreApplication::translate("ErrorText",
                                           "The server's rate limit was reached; try again in a minute.");
    case K::Cancelled:
        return QCoreApplication::translate("ErrorText", "The request was cancelled.");
    case K::Credentials:
        return detail.isEmpty() ? QCoreApplication::translate("ErrorText", "The credentials are missing.") : detail;
    }
    return detail;
}

} // namespace contactdesk::ui
