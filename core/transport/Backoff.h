#pragma once

// The wait before a retry: exponential back-off with full jitter, and the server's
// Retry-After header (seconds or HTTP-date) when it sent one.

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <optional>

namespace contactdesk::transport {

// A uniform random number in [0, 1); injectable so that tests can pin the jitter.
using UnitRandom = std::function<double()>;
UnitRandom systemUnitRandom();

// Full jitter: a random wait in [0, min(maxMs, baseMs * 2^(retry-1))], retry counting from 1.
qint64 fullJitterBackoffMs(int retry, int baseMs, int maxMs, double unitRandom);

// The wait a Retry-After value asks for, in milliseconds: delta-seconds ("120") or an
// HTTP-date (IMF-fixdate, RFC 850 or asctime) taken relative to now; a date in the past
// gives 0. Nothing for a value that is neither.
std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc);

} // namespace contactdesk::transport
