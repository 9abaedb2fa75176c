#pragma once

// Signs a Symphony API call (CONTRACT.md 2, [OURS] parts):
//   Timestamp = UTC, seconds, "Z"             2026-11-23T10:15:00Z
//   Signature = base64(HMAC-SHA256(API secret, UTF-8 of APIKey "\n" Timestamp "\n" Operation))
// The four values ride in the SOAP AuthenticationHeader or as extra GET/POST pairs.
// The secret and the signature are secrets: never log them.

#include "auth/Clock.h"
#include "wire/SoapHeaders.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace contactdesk::auth {

// The Timestamp text of an instant (converted to UTC, milliseconds dropped).
QString symphonyTimestamp(const QDateTime &instant);

// The instant of a Timestamp text; nothing unless it is exactly yyyy-MM-ddTHH:mm:ssZ.
std::optional<QDateTime> parseSymphonyTimestamp(const QString &text);

// The bytes that are signed: UTF-8 of APIKey "\n" Timestamp "\n" Operation.
QByteArray symphonySignedText(const QString &apiKey, const QString &timestamp, const QString &operation);

// The Signature text (standard base64 with padding).
QString symphonySignature(QByteArrayView secret, const QString &apiKey, const QString &timestamp,
                          const QString &operation);

// The four values for one call of `operation` at `now`.
wire::SymphonyAuthValues signSymphonyCall(const QString &apiKey, QByteArrayView secret, const QString &operation,
                                          const QDateTime &now);

// Signs calls with one key pair and a clock.
class SymphonySigner {
public:
    SymphonySigner(QString apiKey, QByteArray secret, Clock clock = systemClock());

    wire::SymphonyAuthValues sign(const QString &operation) const;

private:
    QString m_apiKey;
    QByteArray m_secret;
    Clock m_clock;
};

} // namespace contactdesk::auth
