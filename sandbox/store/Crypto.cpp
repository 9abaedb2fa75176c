#include "store/Crypto.h"

#include "store/Sql.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

namespace contactdesk::sandbox::store {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        throw StoreError(QStringLiteral("the random generator failed"));
    return bytes;
}

PasswordHash hashPasswordWithSalt(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray utf8 = password.toUtf8();
    PasswordHash result;
    result.salt = salt;
    result.iterations = iterations;
    result.hash = QByteArray(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), int(result.hash.size()),
                          reinterpret_cast<unsigned char *>(result.hash.data()))
        != 1) {
        throw StoreError(QStringLiteral("PBKDF2 failed"));
    }
    return result;
}

PasswordHash hashPassword(const QString &password, int iterations)
{
    return hashPasswordWithSalt(password, randomBytes(passwordSaltBytes), iterations);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

bool verifyPassword(const QString &password, const PasswordHash &stored)
{
    if (stored.hash.isEmpty() || stored.salt.isEmpty() || stored.iterations <= 0)
        return false;
    return constantTimeEquals(hashPasswordWithSalt(password, stored.salt, stored.iterations).hash, stored.hash);
}

QString randomToken(int bytes)
{
    return QString::fromLatin1(
        randomBytes(bytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray sha256(const QByteArray &data)
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()),
           reinterpret_cast<unsigned char *>(digest.data()));
    return digest;
}

QByteArray tokenHash(const QString &token)
{
    return sha256(token.toUtf8());
}

QString randomPassword(int length)
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr int alphabetSize = int(sizeof(alphabet)) - 1; // 57
    QString password;
    while (password.size() < length) {
        for (const char byte : randomBytes(length)) {
            const int value = static_cast<unsigned char>(byte);
            if (value >= 256 - (256 % alphabetSize))
                continue; // rejection sampling: no modulo bias
            password += QLatin1Char(alphabet[value % alphabetSize]);
            if (password.size() == length)
                break;
        }
    }
    return password;
}

} // namespace contactdesk::sandbox::store
