#pragma once

// Password hashing and random secrets, from OpenSSL.
//
// Passwords: PBKDF2-HMAC-SHA256 (PKCS5_PBKDF2_HMAC), a random 16-byte salt per password
// (RAND_bytes), 32-byte hash, `passwordIterations` rounds for every real account. The
// iteration count is stored with each hash, so it can be raised later; the bulk seeder
// alone uses `seedPasswordIterations` for its thousands of generated ticket-shop logins
// (documented in seed/SeedGenerator.h), and authenticate re-hashes such a password at the
// full count on its first successful use.
// Tokens: RAND_bytes, at least 128 bits, url-safe base64 without padding; stored as SHA-256.

#include <QByteArray>
#include <QString>

namespace contactdesk::sandbox::store {

inline constexpr int passwordIterations = 120'000;
inline constexpr int seedPasswordIterations = 1'000;
inline constexpr int passwordSaltBytes = 16;
inline constexpr int tokenBytes = 24; // 192 bits

struct PasswordHash {
    QByteArray hash;
    QByteArray salt;
    int iterations = 0;
};

QByteArray randomBytes(int count); // aborts the call (throws StoreError) if OpenSSL fails
PasswordHash hashPassword(const QString &password, int iterations = passwordIterations);
PasswordHash hashPasswordWithSalt(const QString &password, const QByteArray &salt, int iterations);
bool verifyPassword(const QString &password, const PasswordHash &stored); // constant-time compare
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

QString randomToken(int bytes = tokenBytes); // url-safe base64, no padding
QByteArray sha256(const QByteArray &data);
QByteArray tokenHash(const QString &token); // SHA-256 of the token's UTF-8 bytes
// A readable random password (no look-alike characters), for recoverPassword and the demo operator.
QString randomPassword(int length = 16);

} // namespace contactdesk::sandbox::store
