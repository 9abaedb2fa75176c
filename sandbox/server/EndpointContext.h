#pragma once

// What every endpoint of the sandbox needs to answer a call. All of it is thread-safe, so the
// endpoints may run on any worker thread.

#include "server/RateLimiter.h"
#include "server/ServerOptions.h"

#include <chrono>

namespace contactdesk::sandbox {
class SandboxService;
}

namespace contactdesk::sandbox::server {

struct EndpointContext {
    SandboxService &service;
    const ServerOptions &options;
    RateLimiter &rateLimiter;

    static qint64 monotonicMillis()
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
    }
    bool admitCall(const QString &institution) const { return rateLimiter.admit(institution, monotonicMillis()); }
};

} // namespace contactdesk::sandbox::server
