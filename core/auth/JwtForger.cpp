#include "auth/JwtForger.h"

#include "auth/Base64Url.h"
#include "auth/Hmac.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace contactdesk::auth {

namespace {

// A JSON string literal, quotes included, escaped as QJsonDocument escapes it.
QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact); // ["..."]
    return array.mid(1, array.size() - 2);
}

} // namespace

JwtForger::JwtForger(Clock clock) : m_clock(std::move(clock)) {}

void JwtForger::setLifetimeSeconds(int seconds)
{
    m_lifetimeSeconds = std::clamp(seconds, 1, jwtMaxLifetimeSeconds);
}

QByteArray JwtForger::forge(const QString &institution, const QString &operatorLogin, const QString &partnerName,
                            QByteArrayView secret) const
{
    JwtClaims claims;
    claims.institution = institution;
    claims.operatorLogin = operatorLogin;
    claims.partnerName = partnerName;
    claims.issuedAt = m_clock().toSecsSinceEpoch();
    claims.expiresAt = claims.issuedAt + m_lifetimeSeconds;
    return sign(claims, secret);
}

QByteArray JwtForger::signingInput(const JwtClaims &claims)
{
    static const QByteArray header = QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})");
    const QByteArray payload = "{\"sub\":" + jsonString(claims.institution)         //
                               + ",\"aud\":" + jsonString(claims.operatorLogin)     //
                               + ",\"iss\":" + jsonString(claims.partnerName)       //
                               + ",\"iat\":" + QByteArray::number(claims.issuedAt)  //
                               + ",\"exp\":" + QByteArray::number(claims.expiresAt) + '}';
    return base64UrlEncode(header) + '.' + base64UrlEncode(payload);
}

QByteArray JwtForger::sign(const JwtClaims &claims, QByteArrayView secret)
{
    const QByteArray input = signingInput(claims);
    return input + '.' + base64UrlEncode(hmacSha256(secret, input));
}

} // namespace contactdesk::auth
