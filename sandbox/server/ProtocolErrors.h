#pragma once

// The protocol errors of CONTRACT.md in the shape of each binding: SOAP faults (HTTP 500),
// REST JSON errors (4xx/5xx), ASMX plain-text errors (GET/POST). [OURS] choices kept here:
// the REST error codes, and HTTP 413 for a body over the size cap in every binding.

#include "server/HttpExchange.h"

namespace contactdesk::sandbox::server {

enum class Binding { S360Soap, S360Rest, SymphonySoap11, SymphonySoap12, SymphonyGet, SymphonyPost };

enum class ProtocolError {
    Malformed,        // XML/JSON that does not parse, a DTD, a value of the wrong type
    Unauthenticated,  // missing or wrong credentials
    UnknownOperation, // no such operation on this endpoint
    TooLarge,         // request body over the cap
    RateLimited,      // over the calls-per-minute limit
    ServerError,      // anything else (and the injected HTTP 500)
};

namespace restError {
inline constexpr const char *badRequest = "badrequest";
inline constexpr const char *unauthorized = "unauthorized";
inline constexpr const char *notFound = "notfound";
inline constexpr const char *tooLarge = "toolarge";
inline constexpr const char *rateLimited = "ratelim";
inline constexpr const char *server = "server";
} // namespace restError

inline constexpr int httpPayloadTooLarge = 413;

QString rateLimitText();

int protocolErrorStatus(Binding binding, ProtocolError error);
HttpReply protocolErrorReply(Binding binding, ProtocolError error, const QString &text);

} // namespace contactdesk::sandbox::server
