#include "SecretText.h"

namespace contactdesk::cli {

QByteArray secretBytesFromText(const QString &text)
{
    const QLatin1StringView prefix("base64:");
    if (text.startsWith(prefix))
        return QByteArray::fromBase64(text.mid(prefix.size()).toLatin1());
    return text.toUtf8();
}

} // namespace contactdesk::cli
