#include "api/ApiError.h"

namespace contactdesk {

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::Transport: return QStringLiteral("transport");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Http: return QStringLiteral("http");
    case Kind::SoapFault: return QStringLiteral("fault");
    case Kind::Status: return QStringLiteral("status");
    case Kind::Parse: return QStringLiteral("parse");
    case Kind::Validation: return QStringLiteral("validation");
    case Kind::TooLarge: return QStringLiteral("too-large");
    case Kind::RateLimited: return QStringLiteral("rate-limited");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Credentials: return QStringLiteral("credentials");
    }
    return QStringLiteral("unknown");
}

QString ApiError::toString() const
{
    QString text = kindName(kind);
    if (httpStatus != 0)
        text += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    if (!code.isEmpty())
        text += QStringLiteral(" [%1]").arg(code);
    if (!field.isEmpty())
        text += QStringLiteral(" %1:").arg(field);
    if (!message.isEmpty())
        text += QLatin1Char(' ') + message;
    return text;
}

} // namespace contactdesk
