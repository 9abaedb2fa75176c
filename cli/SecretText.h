#pragma once

// API secrets are bytes; the keychain keeps them as text. A text that starts with "base64:"
// holds the bytes in base64; any other text is its own UTF-8 bytes. The same convention as the
// app's (ui/session/SecretText), so that both read the same keychain entries alike.

#include <QByteArray>
#include <QString>

namespace contactdesk::cli {

QByteArray secretBytesFromText(const QString &text);

} // namespace contactdesk::cli
