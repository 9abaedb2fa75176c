#pragma once

// One connection profile: where the S-360 and Symphony services are, and who we are there.
// It holds NO secret: the operator password, the JWT secret and the Symphony secret live only
// in the keychain (credentials/SecretStore), under secretKey(profile.id, kind).

#include "contract/Services.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace contactdesk {

struct ConnectionProfile {
    QString id;                 // a UUID without braces; empty until first saved
    QString name;               // shown to the user
    QUrl s360BaseUrl;           // e.g. https://mosa.ws.secutix.com
    QString institutionCode;    // upper case: MOSA
    QString operatorLogin;      // WS-Security Username, JWT `aud`
    QString partnerName;        // JWT `iss` (REST binding)
    S360Binding binding = S360Binding::Soap;
    QString salesChannelCode;   // for the remember-me cookie name
    std::optional<qint64> pointOfSalesId;
    QUrl symphonyBaseUrl;       // empty: Symphony is not used by this profile
    QString symphonyApiKey;     // the key's name (not secret); its secret is in the keychain
    SymphonyBinding symphonyBinding = SymphonyBinding::Soap11;
    QString extraCaFile;        // a PEM file of extra trusted CA certificates, or empty
    int rateLimitPerMinute = 180;
    bool isDemo = false;        // the built-in profile of the embedded demo sandbox

    bool operator==(const ConnectionProfile &) const = default;
};

} // namespace contactdesk
