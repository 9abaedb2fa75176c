#include "credentials/SecretText.h"

namespace contactdesk {

namespace {

constexpr QLatin1StringView kBase64Prefix("base64:");

} // namespace

QByteArray secretBytesFromText(const QString &text)
{
    if (text.startsWith(kBase64Prefix))
        return QByteArray::fromBase64(text.mid(kBase64Prefix.size()).toLatin1());
    return text.toUtf8();
}

QString secretTextFromBytes(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (c < 0x21 || c > 0x7e)
            return kBase64Prefix + QString::fromLatin1(bytes.toBase64());
    }
    return QString::fromLatin1(bytes);
}

} // namespace contactdesk
