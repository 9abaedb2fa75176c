#include "transport/RateLimiter.h"

#include <QtGlobal>

#include <algorithm>
#include <chrono>

namespace contactdesk::transport {

RateLimiter::RateLimiter(int maxCalls, qint64 windowMs, Clock clock)
    : m_maxCalls(std::max(1, maxCalls)), m_windowMs(std::max<qint64>(1, windowMs)),
      m_clock(clock ? std::move(clock) : steadyClock())
{
}

RateLimiter::Clock RateLimiter::steadyClock()
{
    return [] {
        return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now().time_since_epoch())
                          .count());
    };
}

void RateLimiter::setLimit(int maxCalls, qint64 windowMs)
{
    m_maxCalls = std::max(1, maxCalls);
    m_windowMs = std::max<qint64>(1, windowMs);
}

void RateLimiter::expire(std::deque<qint64> &stamps, qint64 now) const
{
    // A slot taken at t counts during [t, t + window).
    while (!stamps.empty() && stamps.front() + m_windowMs <= now)
        stamps.pop_front();
}

qint64 RateLimiter::tryAcquire(const QString &key)
{
    const qint64 now = m_clock();
    std::deque<qint64> &stamps = m_taken[key];
    expire(stamps, now);
    if (qsizetype(stamps.size()) < m_maxCalls) {
        stamps.push_back(now);
        return 0;
    }
    // The window is full: the slot that frees first is the oldest one still counted (after
    // a setLimit() lowering the limit, enough of them must expire).
    const std::size_t excess = stamps.size() - std::size_t(m_maxCalls);
    const qint64 freeAt = stamps[excess] + m_windowMs;
    return std::max<qint64>(1, freeAt - now);
}

int RateLimiter::used(const QString &key)
{
    auto it = m_taken.find(key);
    if (it == m_taken.end())
        return 0;
    expire(*it, m_clock());
    return int(it->size());
}

} // namespace contactdesk::transport
