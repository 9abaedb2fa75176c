#include "auth/SymphonySignatureVerifier.h"

#include "auth/Hmac.h"
#include "auth/SymphonySignature.h"

#include <cstdlib>

namespace contactdesk::auth {

QString symphonyRejectionText(SymphonyRejection rejection)
{
    switch (rejection) {
    case SymphonyRejection::None: return QStringLiteral("accepted");
    case SymphonyRejection::MissingValue: return QStringLiteral("Authentication header incomplete.");
    case SymphonyRejection::UnknownKey: return QStringLiteral("Unknown API key.");
    case SymphonyRejection::WrongOperation: return QStringLiteral("Operation does not match the operation called.");
    case SymphonyRejection::BadTimestamp: return QStringLiteral("Timestamp is not UTC ISO 8601 (yyyy-MM-ddTHH:mm:ssZ).");
    case SymphonyRejection::StaleTimestamp: return QStringLiteral("Timestamp too far from the server time.");
    case SymphonyRejection::BadSignature: return QStringLiteral("Invalid signature.");
    }
    return QStringLiteral("Authentication failed.");
}

SymphonySignatureVerifier::SymphonySignatureVerifier(SymphonySecretLookup secretForKey, Clock clock,
                                                     int maxSkewSeconds)
    : m_secretForKey(std::move(secretForKey)), m_clock(std::move(clock)), m_maxSkewSeconds(maxSkewSeconds)
{
}

SymphonyRejection SymphonySignatureVerifier::verify(const wire::SymphonyAuthValues &values,
                                                    const QString &calledOperation) const
{
    if (values.apiKey.isEmpty() || values.timestamp.isEmpty() || values.operation.isEmpty()
        || values.signature.isEmpty())
        return SymphonyRejection::MissingValue;
    const std::optional<QByteArray> secret = m_secretForKey ? m_secretForKey(values.apiKey) : std::nullopt;
    if (!secret)
        return SymphonyRejection::UnknownKey;
    if (values.operation != calledOperation)
        return SymphonyRejection::WrongOperation;
    const std::optional<QDateTime> stamped = parseSymphonyTimestamp(values.timestamp);
    if (!stamped)
        return SymphonyRejection::BadTimestamp;
    const qint64 distance = std::llabs(m_clock().secsTo(*stamped));
    if (distance > m_maxSkewSeconds)
        return SymphonyRejection::StaleTimestamp;

    const auto given = QByteArray::fromBase64Encoding(values.signature.toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray expected = hmacSha256(*secret, symphonySignedText(values.apiKey, values.timestamp, values.operation));
    if (!given || !constantTimeEquals(given.decoded, expected))
        return SymphonyRejection::BadSignature;
    return SymphonyRejection::None;
}

} // namespace contactdesk::auth
