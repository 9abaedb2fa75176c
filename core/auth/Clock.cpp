#include "auth/Clock.h"

namespace contactdesk::auth {

Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

Clock fixedClock(const QDateTime &now)
{
    return [now] { return now; };
}

} // namespace contactdesk::auth
