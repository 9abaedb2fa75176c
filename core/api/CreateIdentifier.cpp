#include "api/CreateIdentifier.h"

#include <QByteArray>
#include <QUuid>

namespace contactdesk {

qint64 newCreateIdentifier()
{
    constexpr quint64 mask = (quint64(1) << 53) - 1;
    for (;;) {
        // A version 4 UUID: bytes 9..15 are all random (6 and 8 hold the version/variant bits).
        const QByteArray bytes = QUuid::createUuid().toRfc4122();
        quint64 bits = 0;
        for (int i = 9; i < 16; ++i)
            bits = (bits << 8) | quint8(bytes.at(i));
        const qint64 identifier = qint64(bits & mask);
        if (identifier != 0)
            return identifier;
    }
}

} // namespace contactdesk
