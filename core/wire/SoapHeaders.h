#pragma once

// The two SOAP headers of CONTRACT.md: the WS-Security UsernameToken of S-360 (1.2) and
// the Symphony AuthenticationHeader (2). Values only: the Symphony signature is computed
// elsewhere (core/auth) and placed here as given.

#include <QString>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace contactdesk::wire {

// S-360 operator login and its password, sent as PasswordText.
struct WsseUsernameToken {
    QString username;
    QString password; // secret
};

// Symphony header values; the same four travel as extra pairs in GET/POST.
struct SymphonyAuthValues {
    QString timestamp; // UTC ISO 8601 with seconds and Z
    QString operation; // the operation's name
    QString signature; // secret-derived: base64 HMAC-SHA256
    QString apiKey;
};

// Writers: the current element of `w` is the SOAP Header. The wsse namespace must already be
// declared (SoapEnvelopeWriter declares it); the Symphony header declares its own default one.
void writeWsseSecurityHeader(QXmlStreamWriter &w, const WsseUsernameToken &token);
void writeSymphonyAuthHeader(QXmlStreamWriter &w, const SymphonyAuthValues &values);

// Readers: `r` is on the header entry's StartElement (<Security>, <AuthenticationHeader>);
// afterwards on its EndElement. Children are matched by local name, in any order; unknown
// ones are skipped. readWsseSecurity gives false when there is no UsernameToken in it.
bool readWsseSecurity(QXmlStreamReader &r, WsseUsernameToken &out);
SymphonyAuthValues readSymphonyAuthHeader(QXmlStreamReader &r);

} // namespace contactdesk::wire
