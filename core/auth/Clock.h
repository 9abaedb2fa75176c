#pragma once

// The time source of everything in core/auth that looks at the clock, injectable so that
// tests and the sandbox can pin "now".

#include <QDateTime>

#include <functional>

namespace contactdesk::auth {

using Clock = std::function<QDateTime()>;

// The real clock, in UTC.
Clock systemClock();

// A clock that always answers the same instant (tests).
Clock fixedClock(const QDateTime &now);

} // namespace contactdesk::auth
