#pragma once

// The names under which a profile's secrets live in the keychain: "<profileId>/<kind>".

#include <QList>
#include <QString>

namespace contactdesk {

enum class SecretKind {
    OperatorPassword, // S-360 operator password (SOAP WS-Security UsernameToken)
    JwtSecret,        // S-360 operator API secret, the HS256 key of the REST JWT
    SymphonySecret,   // Symphony API secret, the HMAC key of the signature
};

// Every kind, in a fixed order (to write, read or remove all of a profile's secrets).
QList<SecretKind> allSecretKinds();

// "operator-password", "jwt-secret", "symphony-secret".
QString secretKindName(SecretKind kind);

// "<profileId>/operator-password" and so on.
QString secretKey(const QString &profileId, SecretKind kind);

} // namespace contactdesk
