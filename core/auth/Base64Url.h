#pragma once

// base64url without padding (RFC 7515 section 2), as JWTs spell their three parts.

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace contactdesk::auth {

QByteArray base64UrlEncode(QByteArrayView bytes);

// The decoded bytes, or nothing when text holds a character outside the base64url alphabet,
// padding, or a length no encoder produces.
std::optional<QByteArray> base64UrlDecode(QByteArrayView text);

} // namespace contactdesk::auth
