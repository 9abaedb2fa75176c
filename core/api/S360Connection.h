#pragma once

#include "contract/Services.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace contactdesk {

// Where and as whom S-360 calls go. Holds no secret: those are in S360Secrets.
struct S360Connection {
    QUrl baseUrl;
    QString institution;   // upper case, e.g. MOSA
    QString operatorLogin; // WS-Security Username, JWT aud
    QString partnerName;   // JWT iss
    S360Binding binding = S360Binding::Soap;
    int timeoutMs = 30000;
};

// The operator's secrets, in memory only (they come from the keychain).
struct S360Secrets {
    QString operatorPassword; // SOAP WS-Security
    QByteArray jwtSecret;     // REST HS256 key
};

struct SymphonyConnection {
    QUrl baseUrl;
    QString apiKey;
    QString institution; // rate-limit key: Symphony calls count towards the institution's limit
    SymphonyBinding binding = SymphonyBinding::Soap11;
    int timeoutMs = 30000;
};

} // namespace contactdesk
