#pragma once

// API secrets are bytes; the user types them, and the keychain keeps them, as text. A text that
// starts with "base64:" holds the bytes in base64; any other text is its own UTF-8 bytes. The
// app and the CLI both read and write keychain entries through these two functions.

#include <QByteArray>
#include <QString>

namespace contactdesk {

// "base64:<b64>" -> the decoded bytes; any other text -> its UTF-8 bytes.
QByteArray secretBytesFromText(const QString &text);
// Printable ASCII (0x21..0x7e) stays as it is; any other byte makes it "base64:<b64>".
// secretBytesFromText(secretTextFromBytes(b)) == b for any b that does not itself start
// with "base64:".
QString secretTextFromBytes(const QByteArray &bytes);

} // namespace contactdesk
