#include "auth/SymphonySignature.h"

#include "auth/Hmac.h"

#include <QRegularExpression>

namespace contactdesk::auth {

QString symphonyTimestamp(const QDateTime &instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

std::optional<QDateTime> parseSymphonyTimestamp(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    // Date and time apart: a local-time parse could land in a daylight-saving gap.
    const QDate date = QDate::fromString(text.left(10), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(text.mid(11, 8), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

QByteArray symphonySignedText(const QString &apiKey, const QString &timestamp, const QString &operation)
{
    return (apiKey + QLatin1Char('\n') + timestamp + QLatin1Char('\n') + operation).toUtf8();
}

QString symphonySignature(QByteArrayView secret, const QString &apiKey, const QString &timestamp,
                          const QString &operation)
{
    return QString::fromLatin1(hmacSha256(secret, symphonySignedText(apiKey, timestamp, operation)).toBase64());
}

wire::SymphonyAuthValues signSymphonyCall(const QString &apiKey, QByteArrayView secret, const QString &operation,
                                          const QDateTime &now)
{
    wire::SymphonyAuthValues values;
    values.timestamp = symphonyTimestamp(now);
    values.operation = operation;
    values.signature = symphonySignature(secret, apiKey, values.timestamp, operation);
    values.apiKey = apiKey;
    return values;
}

SymphonySigner::SymphonySigner(QString apiKey, QByteArray secret, Clock clock)
    : m_apiKey(std::move(apiKey)), m_secret(std::move(secret)), m_clock(std::move(clock))
{
}

wire::SymphonyAuthValues SymphonySigner::sign(const QString &operation) const
{
    return signSymphonyCall(m_apiKey, m_secret, operation, m_clock());
}

} // namespace contactdesk::auth
