#pragma once

// API secrets are bytes; the user types them, and the keychain keeps them, as text. A text that
// starts with "base64:" holds the bytes in base64; any other text is its own UTF-8 bytes.

#include <QByteArray>
#include <QString>

namespace contactdesk::ui {

QByteArray secretBytesFromText(const QString &text);
QString secretTextFromBytes(const QByteArray &bytes);

} // namespace contactdesk::ui
