#pragma once

// The claims of the HS256 token that authenticates a REST call to S-360 (CONTRACT.md 1.3).

#include <QString>
#include <QtGlobal>

namespace contactdesk::auth {

struct JwtClaims {
    QString institution;   // "sub": the institution code (MOSA)
    QString operatorLogin; // "aud": the operator login (MOSA_B2C)
    QString partnerName;   // "iss": the partner name
    qint64 issuedAt = 0;   // "iat": seconds since the epoch
    qint64 expiresAt = 0;  // "exp": seconds since the epoch
};

// The longest life a token may have: exp - iat <= 30 s.
inline constexpr int jwtMaxLifetimeSeconds = 30;

} // namespace contactdesk::auth
