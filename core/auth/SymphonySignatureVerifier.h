#pragma once

// Checks the Symphony authentication values of an incoming call, as the sandbox does
// (CONTRACT.md 2): a known APIKey, Operation equal to the operation called, Timestamp within
// 300 s of the server clock, Signature equal to the expected one (constant-time compare).
// A rejection becomes a fault soap:Client (1.1) / soap:Sender (1.2), or a plain 500.

#include "auth/Clock.h"
#include "wire/SoapHeaders.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace contactdesk::auth {

enum class SymphonyRejection {
    None,           // accepted
    MissingValue,   // one of the four values absent or empty
    UnknownKey,     // no secret for the APIKey
    WrongOperation, // Operation is not the operation called
    BadTimestamp,   // Timestamp not yyyy-MM-ddTHH:mm:ssZ
    StaleTimestamp, // Timestamp more than the allowed skew away from the server clock
    BadSignature,   // Signature does not match
};

// A short English text for a rejection (a faultstring, a log line); never a secret.
QString symphonyRejectionText(SymphonyRejection rejection);

// The API secret of an API key, or nothing for an unknown key.
using SymphonySecretLookup = std::function<std::optional<QByteArray>(const QString &apiKey)>;

class SymphonySignatureVerifier {
public:
    static constexpr int defaultMaxSkewSeconds = 300;

    explicit SymphonySignatureVerifier(SymphonySecretLookup secretForKey, Clock clock = systemClock(),
                                       int maxSkewSeconds = defaultMaxSkewSeconds);

    SymphonyRejection verify(const wire::SymphonyAuthValues &values, const QString &calledOperation) const;

private:
    SymphonySecretLookup m_secretForKey;
    Clock m_clock;
    int m_maxSkewSeconds;
};

} // namespace contactdesk::auth
