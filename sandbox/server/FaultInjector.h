#pragma once

// Decides, call by call, which fault of a FaultSpec the sandbox injects. Thread-safe; the
// decisions follow a seeded pseudo-random sequence, so a test that makes the same calls in
// the same order sees the same faults.

#include "server/FaultSpec.h"

#include <QMutex>

#include <random>

namespace contactdesk::sandbox::server {

struct FaultDecision {
    FaultKind kind = FaultKind::None;
    bool beforeCall = true;                // apply before the domain call (nothing written)
    std::chrono::milliseconds delay{0};    // wait this long before answering

    bool any() const { return kind != FaultKind::None || delay.count() > 0; }
};

class FaultInjector {
public:
    explicit FaultInjector(const FaultSpec &spec = {});

    void setSpec(const FaultSpec &spec); // restarts the sequence from the spec's seed
    FaultSpec spec() const;

    FaultDecision decide();

private:
    mutable QMutex m_mutex;
    FaultSpec m_spec;
    std::mt19937_64 m_random;
};

} // namespace contactdesk::sandbox::server
