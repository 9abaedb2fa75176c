#pragma once

// What `--faults SPEC` asks the sandbox to inject, parsed from text such as
//   "latency=200ms,error500=0.1,rate509=0.05,truncate=0.05,malformed=0.05,drop=0.05,seed=42"
//
// Keys (all optional, comma separated, any order):
//   latency=DURATION   delay before an answer ("200ms", "1.5s", "200" = milliseconds)
//   latencyrate=F      fraction of calls delayed (default 1 when latency is given)
//   error500=F         fraction answered with HTTP 500 and a Server fault (REST: {"error":"server"})
//   rate509=F          fraction answered with HTTP 509 "rate limit exceeded"
//   truncate=F         fraction whose body is cut in the middle (Content-Length announces it whole),
//                      then the connection is closed
//   malformed=F        fraction whose body is complete on the wire but not well-formed XML/JSON
//   drop=F             fraction whose connection is closed with no answer at all
//   seed=N             seed of the pseudo-random choice (default 1): the same seed and the same
//                      sequence of calls give the same faults
//   phase=natural|before|after
//                      when a fault of a call is applied relative to the domain call:
//                        before  nothing reaches the domain (a write is NOT applied);
//                        after   the domain call runs, then its answer is replaced or lost
//                                (a write IS applied; a client retry must be idempotent);
//                        natural (default) error500/rate509 before, truncate/malformed/drop after,
//                                as a real server and network fail.
// The fractions of the five fault kinds add up to at most 1; one call gets at most one of them.
// Faults apply to the service endpoints only, never to ?wsdl or /sandbox/*.

#include "api/Result.h"

#include <QString>

#include <chrono>

namespace contactdesk::sandbox::server {

enum class FaultKind { None, Error500, RateLimit509, TruncatedBody, MalformedBody, DroppedConnection };
enum class FaultPhase { Natural, BeforeCall, AfterCall };

QString faultKindName(FaultKind kind);

struct FaultSpec {
    std::chrono::milliseconds latency{0};
    double latencyRate = 1.0;
    double error500 = 0;
    double rate509 = 0;
    double truncate = 0;
    double malformed = 0;
    double drop = 0;
    quint64 seed = 1;
    FaultPhase phase = FaultPhase::Natural;

    bool isActive() const;
    double fraction(FaultKind kind) const;
    // Whether a fault of this kind is applied before the domain call under this spec's phase.
    bool appliesBeforeCall(FaultKind kind) const;
    // The text form, parseable again.
    QString toString() const;

    // A Validation error naming the key (ApiError::field) when the text does not parse.
    static Result<FaultSpec> parse(const QString &text);
};

} // namespace contactdesk::sandbox::server
