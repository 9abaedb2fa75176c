#pragma once

// What every operation of SandboxService does around its body: the call's clock, a
// request id, and the translation of a CallFailure or a storage error into the result's
// statusCode/statusDetail (the body's transaction has rolled back by then).

#include "domain/CallFailure.h"
#include "domain/SandboxService.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace contactdesk::sandbox::domain {

Q_DECLARE_LOGGING_CATEGORY(sandboxDomainLog)

// ctx.now in UTC, or the current UTC time when ctx.now is invalid.
QDateTime callTime(const CallContext &ctx);
int nextRequestId();
// A modification time strictly after `previous` (two saves in the same millisecond
// still get different lastModificationDate values, so `conflict` can tell them apart).
QDateTime nextModification(const QDateTime &previous, const QDateTime &now);

template <class R, class Body>
R runCall(const char *operation, Body &&body)
{
    R result;
    try {
        body(result);
        if (result.statusCode.isEmpty())
            result.statusCode = QString::fromLatin1(contract::statusSuccess);
    } catch (const CallFailure &failure) {
        result = R{};
        result.statusCode = failure.status;
        result.statusDetail = failure.detail;
    } catch (const std::exception &error) {
        // Storage errors name the statement and the driver's message, never a bound value.
        qCWarning(sandboxDomainLog, "%s failed: %s", operation, error.what());
        result = R{};
        result.statusCode = QString::fromLatin1(contract::statusFailed);
        result.statusDetail = QStringLiteral("internal error in the sandbox's storage");
    }
    result.requestId = nextRequestId();
    return result;
}

} // namespace contactdesk::sandbox::domain
