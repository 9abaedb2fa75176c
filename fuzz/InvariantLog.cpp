#include "InvariantLog.h"

namespace contactdesk::fuzz {

void InvariantLog::checkError(const QString &reader, const ApiError &error, const ErrorExpectation &expected)
{
    const QString text = error.toString();
    expect(error.isError(), reader, QStringLiteral("an error of kind None"));
    expect(expected.kinds.contains(error.kind), reader,
           QStringLiteral("error kind '%1' is not one this reader may give: %2").arg(ApiError::kindName(error.kind), text));
    expect(error.httpStatus == expected.httpStatus, reader,
           QStringLiteral("error keeps HTTP %1 instead of %2: %3").arg(error.httpStatus).arg(expected.httpStatus).arg(text));
    expect(!error.message.trimmed().isEmpty(), reader, QStringLiteral("error without a message: ") + text);
}

} // namespace contactdesk::fuzz
