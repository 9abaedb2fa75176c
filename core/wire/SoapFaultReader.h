#pragma once

// Reads a SOAP Fault into ApiError::Kind::SoapFault: code = the local part of the fault code
// ("Client", "Server", "Sender", "Receiver", "VersionMismatch"...), message = faultstring
// (1.1) or the Reason text (1.2, the English one when there are several). Both shapes are
// read by local name whatever the envelope version said; unknown children are skipped.

#include "api/ApiError.h"
#include "wire/SoapVersion.h"

#include <QXmlStreamReader>

namespace contactdesk::wire {

// Whether `r` is on a <Fault> StartElement of the SOAP envelope namespace of `version`.
bool isSoapFault(const QXmlStreamReader &r, SoapVersion version);

// Precondition: `r` on the <Fault> StartElement. Afterwards: on its EndElement.
ApiError readSoapFault(QXmlStreamReader &r, int httpStatus);

// "soap:Client" -> "Client"; "Client" -> "Client".
QString faultCodeLocalPart(QStringView qualifiedName);

} // namespace contactdesk::wire
