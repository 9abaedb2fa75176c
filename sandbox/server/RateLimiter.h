#pragma once

// The vendor's rate limit (CONTRACT.md): at most N calls in any sliding minute per
// institution, every service, version and protocol counted together. A refused call is not
// counted. Thread-safe.

#include <QHash>
#include <QMutex>
#include <QString>

#include <deque>

namespace contactdesk::sandbox::server {

class RateLimiter {
public:
    static constexpr qint64 windowMillis = 60'000;

    explicit RateLimiter(int callsPerMinute);

    // 0 or less: no limit.
    void setLimit(int callsPerMinute);
    int limit() const;

    // Counts a call made at nowMillis (a monotonic or epoch clock, in milliseconds) and says
    // whether it is allowed.
    bool admit(const QString &institution, qint64 nowMillis);

private:
    mutable QMutex m_mutex;
    int m_limit;
    QHash<QString, std::deque<qint64>> m_calls;
};

} // namespace contactdesk::sandbox::server
