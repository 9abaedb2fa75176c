#pragma once

// The answers the fault injector substitutes for real ones (see FaultSpec.h).

#include "server/FaultSpec.h"
#include "server/HttpExchange.h"
#include "server/ProtocolErrors.h"

namespace contactdesk::sandbox::server {

// The injected HTTP 500 / 509 answer in the binding's shape. For a truncated or malformed
// answer decided before the domain call, the answer that then gets cut or spoiled is the
// binding's HTTP 500 server error.
HttpReply injectedFaultReply(Binding binding, FaultKind kind);

// A body that is complete on the wire but never well-formed XML or JSON: the first half of
// the original followed by "<</>".
QByteArray malformedBody(const QByteArray &body);

// How many bytes of a body of this size a truncated answer sends (about half, at least one
// byte short of the whole).
qsizetype truncatedLength(qsizetype size);

} // namespace contactdesk::sandbox::server
