#pragma once

// HMAC-SHA256 over OpenSSL, and a comparison of secrets that takes the same time whatever
// the bytes are. Keys and MACs are secrets: callers never log them.

#include <QByteArray>
#include <QByteArrayView>

namespace contactdesk::auth {

// The 32-byte HMAC-SHA256 of data under key (raw bytes; an empty key is allowed).
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

// True when a and b hold the same bytes. The time taken depends on the lengths only, never
// on where the first difference is (CRYPTO_memcmp).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace contactdesk::auth
