#include "session/SecretText.h"

namespace contactdesk::ui {

namespace {
const QString base64Prefix = QStringLiteral("base64:");
}

QByteArray secretBytesFromText(const QString &text)
{
    if (text.startsWith(base64Prefix))
        return QByteArray::fromBase64(text.mid(base64Prefix.size()).toLatin1());
    return text.toUtf8();
}

QString secretTextFromBytes(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (c < 0x21 || c > 0x7e)
            return base64Prefix + QString::fromLatin1(bytes.toBase64());
    }
    return QString::fromLatin1(bytes);
}

} // namespace contactdesk::ui
