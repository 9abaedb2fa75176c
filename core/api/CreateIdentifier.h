#pragma once

// The `identifier` S360Client gives a create that has none (CONTRACT.md 1.5: a retried create
// with the same identifier returns the same contact instead of a second one).

#include <QtGlobal>

namespace contactdesk {

// A random identifier from a fresh QUuid: 53 bits, so positive, never 0, well inside the
// contract's Long and exact in any JSON reader (doubles hold integers up to 2^53).
qint64 newCreateIdentifier();

} // namespace contactdesk
