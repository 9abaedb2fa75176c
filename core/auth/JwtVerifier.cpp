#include "auth/JwtVerifier.h"

#include "auth/Base64Url.h"
#include "auth/Hmac.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace contactdesk::auth {

namespace {

std::optional<QJsonObject> decodeJsonObject(QByteArrayView part)
{
    const std::optional<QByteArray> bytes = base64UrlDecode(part);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

std::optional<qint64> integerClaim(const QJsonObject &payload, QLatin1StringView name)
{
    const QJsonValue value = payload.value(name);
    constexpr qint64 notInteger = std::numeric_limits<qint64>::min();
    if (!value.isDouble())
        return std::nullopt;
    const qint64 number = value.toInteger(notInteger);
    if (number == notInteger)
        return std::nullopt;
    return number;
}

std::optional<QString> stringClaim(const QJsonObject &payload, QLatin1StringView name)
{
    const QJsonValue value = payload.value(name);
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

} // namespace

QString jwtRejectionText(JwtRejection rejection)
{
    switch (rejection) {
    case JwtRejection::None: return QStringLiteral("accepted");
    case JwtRejection::Malformed: return QStringLiteral("malformed token");
    case JwtRejection::UnsupportedAlgorithm: return QStringLiteral("unsupported signature algorithm");
    case JwtRejection::UnknownOperator: return QStringLiteral("unknown operator");
    case JwtRejection::BadSignature: return QStringLiteral("invalid signature");
    case JwtRejection::LifetimeTooLong: return QStringLiteral("token lifetime exceeds 30 seconds");
    case JwtRejection::IssuedInFuture: return QStringLiteral("token issued in the future");
    case JwtRejection::Expired: return QStringLiteral("token expired");
    case JwtRejection::WrongInstitution: return QStringLiteral("token issued for another institution");
    }
    return QStringLiteral("rejected");
}

JwtVerifier::JwtVerifier(Clock clock, int clockSkewSeconds)
    : m_clock(std::move(clock)), m_clockSkewSeconds(clockSkewSeconds)
{
}

JwtVerification JwtVerifier::verify(QByteArrayView token, const QString &expectedInstitution,
                                    QByteArrayView secret) const
{
    const QByteArray key = secret.toByteArray();
    return verify(token, expectedInstitution, [key](const QString &) { return std::optional<QByteArray>(key); });
}

JwtVerification JwtVerifier::verify(QByteArrayView token, const QString &expectedInstitution,
                                    const JwtSecretLookup &secretForOperator) const
{
    JwtVerification result;
    auto reject = [&result](JwtRejection why) {
        result.rejection = why;
        return result;
    };

    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.indexOf('.', firstDot + 1);
    if (secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0)
        return reject(JwtRejection::Malformed);
    const QByteArrayView headerPart = token.first(firstDot);
    const QByteArrayView payloadPart = token.sliced(firstDot + 1, secondDot - firstDot - 1);
    const QByteArrayView signaturePart = token.sliced(secondDot + 1);

    const std::optional<QJsonObject> header = decodeJsonObject(headerPart);
    if (!header)
        return reject(JwtRejection::Malformed);
    if (header->value(QLatin1StringView("alg")) != QJsonValue(QStringLiteral("HS256")))
        return reject(JwtRejection::UnsupportedAlgorithm);

    const std::optional<QJsonObject> payload = decodeJsonObject(payloadPart);
    if (!payload)
        return reject(JwtRejection::Malformed);
    const auto sub = stringClaim(*payload, QLatin1StringView("sub"));
    const auto aud = stringClaim(*payload, QLatin1StringView("aud"));
    const auto iat = integerClaim(*payload, QLatin1StringView("iat"));
    const auto exp = integerClaim(*payload, QLatin1StringView("exp"));
    if (!sub || !aud || !iat || !exp)
        return reject(JwtRejection::Malformed);
    result.claims.institution = *sub;
    result.claims.operatorLogin = *aud;
    result.claims.partnerName = stringClaim(*payload, QLatin1StringView("iss")).value_or(QString());
    result.claims.issuedAt = *iat;
    result.claims.expiresAt = *exp;

    const std::optional<QByteArray> secret = secretForOperator ? secretForOperator(*aud) : std::nullopt;
    if (!secret)
        return reject(JwtRejection::UnknownOperator);
    const std::optional<QByteArray> signature = base64UrlDecode(signaturePart);
    const QByteArray expected = hmacSha256(*secret, token.first(secondDot));
    if (!signature || !constantTimeEquals(*signature, expected))
        return reject(JwtRejection::BadSignature);

    if (*exp - *iat > jwtMaxLifetimeSeconds)
        return reject(JwtRejection::LifetimeTooLong);
    const qint64 now = m_clock().toSecsSinceEpoch();
    if (*iat > now + m_clockSkewSeconds)
        return reject(JwtRejection::IssuedInFuture);
    if (now >= *exp)
        return reject(JwtRejection::Expired);
    if (*sub != expectedInstitution)
        return reject(JwtRejection::WrongInstitution);
    return result;
}

} // namespace contactdesk::auth
