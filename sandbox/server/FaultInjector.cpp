#include "server/FaultInjector.h"

#include <QMutexLocker>

namespace contactdesk::sandbox::server {

FaultInjector::FaultInjector(const FaultSpec &spec) : m_spec(spec), m_random(spec.seed) {}

void FaultInjector::setSpec(const FaultSpec &spec)
{
    QMutexLocker lock(&m_mutex);
    m_spec = spec;
    m_random.seed(spec.seed);
}

FaultSpec FaultInjector::spec() const
{
    QMutexLocker lock(&m_mutex);
    return m_spec;
}

FaultDecision FaultInjector::decide()
{
    QMutexLocker lock(&m_mutex);
    FaultDecision decision;
    if (!m_spec.isActive())
        return decision;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    // Two draws per call whatever the spec, so that the sequence of one kind does not shift
    // when the fraction of another changes.
    const double latencyDraw = unit(m_random);
    const double faultDraw = unit(m_random);
    if (m_spec.latency.count() > 0 && latencyDraw < m_spec.latencyRate)
        decision.delay = m_spec.latency;
    double cumulative = 0;
    for (FaultKind kind : {FaultKind::Error500, FaultKind::RateLimit509, FaultKind::TruncatedBody,
                           FaultKind::MalformedBody, FaultKind::DroppedConnection}) {
        cumulative += m_spec.fraction(kind);
        if (m_spec.fraction(kind) > 0 && faultDraw < cumulative) {
            decision.kind = kind;
            break;
        }
    }
    decision.beforeCall = m_spec.appliesBeforeCall(decision.kind);
    return decision;
}

} // namespace contactdesk::sandbox::server
