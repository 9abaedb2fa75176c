#include "server/RateLimiter.h"

#include <QMutexLocker>

namespace contactdesk::sandbox::server {

RateLimiter::RateLimiter(int callsPerMinute) : m_limit(callsPerMinute) {}

void RateLimiter::setLimit(int callsPerMinute)
{
    QMutexLocker lock(&m_mutex);
    m_limit = callsPerMinute;
    m_calls.clear();
}

int RateLimiter::limit() const
{
    QMutexLocker lock(&m_mutex);
    return m_limit;
}

bool RateLimiter::admit(const QString &institution, qint64 nowMillis)
{
    QMutexLocker lock(&m_mutex);
    if (m_limit <= 0)
        return true;
    std::deque<qint64> &calls = m_calls[institution.toUpper()];
    while (!calls.empty() && calls.front() <= nowMillis - windowMillis)
        calls.pop_front();
    if (calls.size() >= static_cast<size_t>(m_limit))
        return false;
    calls.push_back(nowMillis);
    return true;
}

} // namespace contactdesk::sandbox::server
