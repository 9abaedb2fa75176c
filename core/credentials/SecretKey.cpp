#include "credentials/SecretKey.h"

namespace contactdesk {

QList<SecretKind> allSecretKinds()
{
    return {SecretKind::OperatorPassword, SecretKind::JwtSecret, SecretKind::SymphonySecret};
}

QString secretKindName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::OperatorPassword: return QStringLiteral("operator-password");
    case SecretKind::JwtSecret: return QStringLiteral("jwt-secret");
    case SecretKind::SymphonySecret: return QStringLiteral("symphony-secret");
    }
    return QStringLiteral("unknown");
}

QString secretKey(const QString &profileId, SecretKind kind)
{
    return profileId + QLatin1Char('/') + secretKindName(kind);
}

} // namespace contactdesk
