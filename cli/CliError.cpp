#include "CliError.h"

namespace contactdesk::cli {

QString describeApiError(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Status:
    case ApiError::Kind::SoapFault:
    case ApiError::Kind::Validation:
    case ApiError::Kind::Credentials: {
        QString text = error.message.isEmpty() ? error.toString() : error.message;
        if (!error.field.isEmpty() && !text.contains(error.field))
            text = error.field + QStringLiteral(": ") + text;
        if (error.kind == ApiError::Kind::Status && !error.code.isEmpty())
            text += QStringLiteral(" (%1)").arg(error.code);
        return text;
    }
    default:
        return error.toString();
    }
}

CliError CliError::fromApi(const ApiError &error, const QString &doing)
{
    const int code = error.kind == ApiError::Kind::Validation ? Usage : Failure;
    const QString text = describeApiError(error);
    return {code, doing.isEmpty() ? text : doing + QStringLiteral(": ") + text};
}

QString CliError::oneLine() const
{
    QString line = message;
    for (QChar &c : line) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return line.simplified();
}

} // namespace contactdesk::cli
