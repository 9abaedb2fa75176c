#pragma once

// The client-side rate limit: at most maxCalls calls in any sliding window of windowMs, per
// key (the institution: the vendor counts every service, version and protocol together).
// It never blocks: tryAcquire() takes a slot or says how long to wait before asking again.

#include <QHash>
#include <QString>

#include <deque>
#include <functional>

namespace contactdesk::transport {

class RateLimiter {
public:
    // Milliseconds on a monotonic clock; injectable so that tests can drive time.
    using Clock = std::function<qint64()>;

    static constexpr int kDefaultMaxCalls = 180;
    static constexpr qint64 kDefaultWindowMs = 60000;

    explicit RateLimiter(int maxCalls = kDefaultMaxCalls, qint64 windowMs = kDefaultWindowMs,
                         Clock clock = steadyClock());

    // Takes a slot for key and returns 0, or takes nothing and returns the milliseconds
    // until a slot frees up (always > 0).
    qint64 tryAcquire(const QString &key);
    // How many slots of key's current window are taken.
    int used(const QString &key);

    int maxCalls() const { return m_maxCalls; }
    qint64 windowMs() const { return m_windowMs; }
    // Takes effect from the next tryAcquire(); slots already taken stay counted.
    void setLimit(int maxCalls, qint64 windowMs);

    static Clock steadyClock();

private:
    void expire(std::deque<qint64> &stamps, qint64 now) const;

    int m_maxCalls;
    qint64 m_windowMs;
    Clock m_clock;
    QHash<QString, std::deque<qint64>> m_taken; // per key, the instants of the slots taken
};

} // namespace contactdesk::transport
