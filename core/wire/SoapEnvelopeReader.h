#pragma once

// Walks a SOAP 1.1 / 1.2 envelope read through SafeXmlReader: <Envelope> (its namespace gives
// the version), an optional <Header> whose entries are handed to a callback, then <Body>.
// Elements are matched by namespace and local name, never by prefix; unknown envelope children
// are skipped.

#include "api/ApiError.h"
#include "wire/SoapVersion.h"

#include <QXmlStreamReader>

#include <functional>

namespace contactdesk::wire {

// Called with the reader on a header entry's StartElement; must leave it on its EndElement
// (read it whole, or skipCurrentElement()).
using SoapHeaderEntryReader = std::function<void(QXmlStreamReader &)>;

// Precondition: `r` on the root StartElement. Kind::None: `version` set and `r` on the first
// element child of <Body>. Kind::Parse: not an envelope, no Body, an empty Body.
ApiError enterSoapBody(QXmlStreamReader &r, SoapVersion &version, const SoapHeaderEntryReader &onHeaderEntry = {});

// "{namespace}name" of the current element, for error texts.
QString describeElement(const QXmlStreamReader &r);

} // namespace contactdesk::wire
