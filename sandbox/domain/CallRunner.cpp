#include "domain/CallRunner.h"

#include <QAtomicInteger>

namespace contactdesk::sandbox::domain {

Q_LOGGING_CATEGORY(sandboxDomainLog, "contactdesk.sandbox.domain")

namespace {
QAtomicInteger<int> requestCounter{0};
}

QDateTime callTime(const CallContext &ctx)
{
    return ctx.now.isValid() ? ctx.now.toUTC() : QDateTime::currentDateTimeUtc();
}

int nextRequestId()
{
    return requestCounter.fetchAndAddRelaxed(1) + 1;
}

QDateTime nextModification(const QDateTime &previous, const QDateTime &now)
{
    if (previous.isValid() && now <= previous)
        return previous.addMSecs(1);
    return now;
}

} // namespace contactdesk::sandbox::domain
