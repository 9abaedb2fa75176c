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
} // namespace contract

} // namespace contactdesk
