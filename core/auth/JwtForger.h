#pragma once

// Forges the HS256 JWT a REST call to S-360 carries in "Authorization: Bearer ..."
// (CONTRACT.md 1.3). The token is a secret: never log it.
//
// Wire form (fixed, so that it can be checked against vectors computed elsewhere):
//   header  {"alg":"HS256","typ":"JWT"}
//   payload {"sub":"MOSA","aud":"MOSA_B2C","iss":"Partner","iat":1767225600,"exp":1767225630}
// compact JSON in that order, each part base64url without padding, signature =
// HMAC-SHA256(operator API secret, header "." payload).

#include "auth/Clock.h"
#include "auth/JwtClaims.h"

#include <QByteArray>
#include <QByteArrayView>

namespace contactdesk::auth {

class JwtForger {
public:
    explicit JwtForger(Clock clock = systemClock());

    // The life of the tokens forged from now on, clamped to 1..30 seconds (default 30).
    void setLifetimeSeconds(int seconds);
    int lifetimeSeconds() const { return m_lifetimeSeconds; }

    // A token issued now by the clock, expiring lifetimeSeconds() later.
    QByteArray forge(const QString &institution, const QString &operatorLogin, const QString &partnerName,
                     QByteArrayView secret) const;

    // The token for exactly these claims, whatever their times say (vectors, the sandbox's tests).
    static QByteArray sign(const JwtClaims &claims, QByteArrayView secret);

    // The two parts that are signed, "header.payload", for these claims.
    static QByteArray signingInput(const JwtClaims &claims);

private:
    Clock m_clock;
    int m_lifetimeSeconds = jwtMaxLifetimeSeconds;
};

} // namespace contactdesk::auth
