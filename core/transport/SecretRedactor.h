#pragma once

// Removes secrets from request/response text before it reaches a log, an error text or the
// screen. Every secret becomes "***":
//   - the text of XML elements named Password, password, currentPassword, newPassword,
//     uniqueToken, token, Signature, secret (any namespace prefix, any case, CDATA included);
//   - JSON string values under the same keys;
//   - query/form pairs with the same names (Signature=..., token=..., password=...);
//   - the credentials of an "Authorization:" header (Bearer, Basic, anything);
//   - JWT-looking strings (base64url header "eyJ..." . payload . signature).
// The list of names is the one table kSecretNames in SecretRedactor.cpp.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace contactdesk::transport {

class SecretRedactor {
public:
    static QString redact(const QString &text);
    // Decodes as UTF-8 (invalid bytes are replaced), redacts, encodes back.
    static QByteArray redact(const QByteArray &text);

    // The names whose values are secrets (compared case-insensitively).
    static QStringList secretNames();
    static QString replacement() { return QStringLiteral("***"); }
};

} // namespace contactdesk::transport
