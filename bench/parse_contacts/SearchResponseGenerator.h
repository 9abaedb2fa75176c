#pragma once

#include <QByteArray>

// Writes a ContactSearchResult SOAP 1.1 response (as a JAX-WS server would) holding `count`
// contacts with addresses, communication means, authorizations and criteria. Deterministic.
QByteArray generateSearchResponse(int count);
