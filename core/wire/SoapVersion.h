#pragma once

// SOAP 1.1 / 1.2: the envelope namespace of each, and the fault code names per side.

#include <QString>

#include <optional>

namespace contactdesk::wire {

enum class SoapVersion { V11, V12 };

// Who is to blame for a fault: SOAP 1.1 Client/Server, SOAP 1.2 Sender/Receiver.
enum class FaultSide { Client, Server };

QString envelopeNamespace(SoapVersion version);
// The version whose envelope namespace is `namespaceUri`; none for any other namespace.
std::optional<SoapVersion> soapVersionOfNamespace(QStringView namespaceUri);
// "Client"/"Server" (1.1) or "Sender"/"Receiver" (1.2): the local part of the fault code.
QString faultCodeName(SoapVersion version, FaultSide side);
// The Content-Type of a request or response body in that version (SOAP 1.2 without action).
QString soapContentType(SoapVersion version);

} // namespace contactdesk::wire
