#pragma once

// Checks a JWT as the sandbox's S-360 REST service does (CONTRACT.md 1.3): alg HS256 only,
// signature compared in constant time, exp not passed, exp - iat <= 30 s, iat not in the
// future beyond a small clock skew, sub == the institution served.

#include "auth/Clock.h"
#include "auth/JwtClaims.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <optional>

namespace contactdesk::auth {

enum class JwtRejection {
    None,                 // accepted
    Malformed,            // not three base64url parts of JSON objects, or a claim missing or mistyped
    UnsupportedAlgorithm, // alg other than HS256 ("none" included)
    UnknownOperator,      // no secret for the "aud" operator
    BadSignature,         // signed with another key, or header/payload changed
    LifetimeTooLong,      // exp - iat > 30 s
    IssuedInFuture,       // iat later than now + the allowed skew
    Expired,              // now >= exp
    WrongInstitution,     // sub is not the institution served
};

// A short English text for a rejection (an HTTP 401 message, a log line); never a secret.
QString jwtRejectionText(JwtRejection rejection);

struct JwtVerification {
    JwtRejection rejection = JwtRejection::None;
    JwtClaims claims; // filled once the payload was read, even when rejected later
    bool accepted() const { return rejection == JwtRejection::None; }
};

// The API secret of an operator login, or nothing for an unknown operator.
using JwtSecretLookup = std::function<std::optional<QByteArray>(const QString &operatorLogin)>;

class JwtVerifier {
public:
    static constexpr int defaultClockSkewSeconds = 5;

    explicit JwtVerifier(Clock clock = systemClock(), int clockSkewSeconds = defaultClockSkewSeconds);

    // With the secret of the operator the token names in "aud".
    JwtVerification verify(QByteArrayView token, const QString &expectedInstitution,
                           const JwtSecretLookup &secretForOperator) const;
    // With one known secret.
    JwtVerification verify(QByteArrayView token, const QString &expectedInstitution, QByteArrayView secret) const;

private:
    Clock m_clock;
    int m_clockSkewSeconds;
};

} // namespace contactdesk::auth
