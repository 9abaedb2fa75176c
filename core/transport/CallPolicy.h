#pragma once

// How HttpTransport treats one call: retries, timeouts, back-off and rate-limit bucket.
// Whether a retry is allowed is decided per operation by the caller (ops::...::info.retry),
// never from the HTTP method.

#include <QString>

namespace contactdesk::transport {

struct CallPolicy {
    // May the same request be sent again after a transient failure (connection error,
    // timeout, 5xx, 509, 429)? When false the request is sent exactly once.
    bool retryAllowed = false;
    int maxAttempts = 4;             // attempts in all, the first one included
    int attemptTimeoutMs = 30000;    // overall deadline of one attempt
    int inactivityTimeoutMs = 15000; // no byte moved for this long ends the attempt
                                     // (capped by attemptTimeoutMs)
    int baseBackoffMs = 200;         // back-off before retry n: random in [0, base * 2^(n-1)]
    int maxBackoffMs = 10000;        // cap of every wait between attempts, Retry-After too
    // Whether an HTTP 500 is worth a retry. SOAP answers every fault with 500: a SOAP caller
    // may turn this off so that a fault (bad credentials, bad request) is not sent 4 times.
    bool retryOnInternalServerError = true;
    // The client-side rate-limit bucket, the institution code: every attempt of every call
    // with the same key counts against the same window.
    QString rateLimitKey;
};

} // namespace contactdesk::transport
