#include "auth/Hmac.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace contactdesk::auth {

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    // HMAC() reads a null key as "no key given"; hand it a real (empty) buffer instead.
    static const unsigned char emptyKey[1] = {0};
    const void *keyBytes = key.isEmpty() ? static_cast<const void *>(emptyKey) : key.data();
    static const unsigned char emptyData[1] = {0};
    const auto *dataBytes = data.isEmpty() ? emptyData : reinterpret_cast<const unsigned char *>(data.data());

    QByteArray mac(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    const unsigned char *out = HMAC(EVP_sha256(), keyBytes, static_cast<int>(key.size()), dataBytes,
                                    static_cast<size_t>(data.size()),
                                    reinterpret_cast<unsigned char *>(mac.data()), &length);
    if (out == nullptr)
        return {};
    mac.resize(static_cast<qsizetype>(length));
    return mac;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false; // lengths are public (a MAC has a fixed length)
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace contactdesk::auth
