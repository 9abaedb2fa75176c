#pragma once

// The services of CONTRACT.md, their endpoints and namespaces, and the project's [OURS]
// choices in one place, so that they can be corrected when the vendor's WSDL is in hand.

#include <QString>

namespace contactdesk {

enum class Service { ContactInformation, ContactAuthentication, ContactSocialLogin, Symphony };

// S-360 services speak SOAP 1.1 or REST; Symphony speaks SOAP 1.1, SOAP 1.2, GET or POST.
enum class S360Binding { Soap, Rest };
enum class SymphonyBinding { Soap11, Soap12, HttpGet, HttpPost };

struct ServiceInfo {
    const char *soapPath;      // appended to the base URL
    const char *restPathPrefix; // appended to the base URL, then "/{method}"
    const char *soapNamespace;
};

const ServiceInfo &serviceInfo(Service service);
QString serviceName(Service service);
QString bindingName(S360Binding binding);
QString bindingName(SymphonyBinding binding);

namespace contract {
// Envelope namespaces.
inline constexpr const char *soap11Namespace = "http://schemas.xmlsoap.org/soap/envelope/";
inline constexpr const char *soap12Namespace = "http://www.w3.org/2003/05/soap-envelope";
inline constexpr const char *wsseNamespace =
    "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
inline constexpr const char *wssePasswordTextType =
    "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";

// [OURS] result statusCode values (CONTRACT.md 1.4).
inline constexpr const char *statusSuccess = "success";
inline constexpr const char *statusFailed = "failed";
inline constexpr const char *statusNotFound = "notfound";
inline constexpr const char *statusInvalid = "invalid";
inline constexpr const char *statusAuthFail = "authfail";
inline constexpr const char *statusLocked = "locked";
inline constexpr const char *statusDenied = "denied";
inline constexpr const char *statusConflict = "conflict";
inline constexpr const char *statusRateLimited = "ratelim";

// [OURS] search paging (CONTRACT.md 1.5, ContactSearchCriteria / StructureMemberSearchCriteria).
inline constexpr int searchDefaultMaxResults = 50;
inline constexpr int searchMinMaxResults = 1;
inline constexpr int searchMaxMaxResults = 500;

// [OURS] contact login lockout (CONTRACT.md 1.6): failures in a row, then minutes locked.
inline constexpr int loginFailuresBeforeLock = 5;
inline constexpr int loginLockMinutes = 15;

// [OURS] REST: JWT life and error body keys (CONTRACT.md 1.3).
inline constexpr int jwtMaxLifeSeconds = 30;
inline constexpr const char *restErrorKey = "error";
inline constexpr const char *restMessageKey = "message";

// [VENDOR] rate limit: calls a minute per institution, and the two "too many" statuses.
inline constexpr int rateLimitPerMinute = 180;
inline constexpr int httpRateLimited = 509;
inline constexpr int httpTooManyRequests = 429;

// [OURS] Symphony (CONTRACT.md 2).
inline constexpr const char *symphonyPlainResponseElement = "ContactTokenResponse";
inline constexpr const char *symphonyTokenTypeRegistration = "ContactRegistration";
inline constexpr int symphonyClockWindowSeconds = 300;
inline constexpr int symphonyTokenValidityDays = 7;
inline constexpr const char *symphonyInvalidToken = "Invalid or expired token.";
inline constexpr const char *symphonyUnknownContact = "Unknown contact.";

// [OURS] remember-me cookie (CONTRACT.md 1.8): pairs joined with ',' then percent-encoded.
inline constexpr char rememberMeSeparator = ',';
inline constexpr int rememberMeMaxDays = 31;
// [OURS] wire safety limits (core/wire). A body over the cap is refused unread (TooLarge);
// XML nested deeper than the limit is refused (Parse); a DTD is always refused (Parse).
inline constexpr qsizetype maxBodyBytes = qsizetype(64) * 1024 * 1024;
inline constexpr int maxXmlDepth = 256;

// [OURS] statusDetail of an `invalid` result names the field first: "<field path>: <message>",
// e.g. "individualContactData.individualContact.individualBirthDate: must not be in the future".
// The field path is the wire names joined by '.', a list item as name[i] (0-based):
// "individualContactData.addresses[1].countryCode". A client reads the path back into
// ApiError::field (wire/StatusDetail.h); a detail without the prefix names no field.
inline constexpr const char *statusDetailFieldSeparator = ": ";

// [OURS] prefixes written on the wire (a reader never depends on them).
inline constexpr const char *s360RequestEnvelopePrefix = "soapenv"; // CONTRACT.md 1.2 request example
inline constexpr const char *s360RequestServicePrefix = "v2";
inline constexpr const char *s360ResponseEnvelopePrefix = "S";   // JAX-WS response/fault
inline constexpr const char *s360ResponseServicePrefix = "ns2";
inline constexpr const char *wssePrefix = "wsse";
inline constexpr const char *asmxEnvelopePrefix = "soap";        // ASMX requests, responses, faults

// [OURS] SOAP fault text (CONTRACT.md 1.2 and 2): the fault code local names per side.
inline constexpr const char *soap11ClientFaultCode = "Client";
inline constexpr const char *soap11ServerFaultCode = "Server";
inline constexpr const char *soap12ClientFaultCode = "Sender";
inline constexpr const char *soap12ServerFaultCode = "Receiver";
inline constexpr const char *soap12FaultTextLanguage = "en";

// [OURS] Symphony authentication element / pair names (CONTRACT.md 2): header
// <AuthenticationHeader> in the Symphony namespace, same names as GET/POST extra pairs.
inline constexpr const char *symphonyAuthHeaderElement = "AuthenticationHeader";
inline constexpr const char *symphonyAuthTimestamp = "Timestamp";
inline constexpr const char *symphonyAuthOperation = "Operation";
inline constexpr const char *symphonyAuthSignature = "Signature";
inline constexpr const char *symphonyAuthApiKey = "APIKey";

// [OURS] how a reader classifies an answer it cannot read as a result (core/wire):
// - HTTP 509/429 with a readable SOAP fault / REST error body: that fault/error (SoapFault/Http,
//   httpStatus kept, so the retry policy still sees the status); with no readable body: RateLimited.
// - another non-2xx status with no readable fault/error (empty, HTML, plain text): Http.
// - 2xx that is not XML/JSON of the expected shape: Parse. An absent statusCode: Parse.
// - ASMX GET/POST non-2xx with a plain-text body: SoapFault, message = that text (first line,
//   at most asmxPlainErrorMaxChars), code empty.
inline constexpr int asmxPlainErrorMaxChars = 500;
} // namespace contract

} // namespace contactdesk
