#pragma once

// Internal to core/credentials: a QtKeychain job error turned into an ApiError of kind
// Credentials, with a message a user can act on. Never contains the secret.

#include "api/ApiError.h"

#include <qt6keychain/keychain.h>

namespace contactdesk::credentials {

enum class KeychainAction { Read, Write, Remove };

// "notfound" for EntryNotFound, "unavailable" for anything else.
ApiError keychainError(QKeychain::Error error, const QString &detail, KeychainAction action,
                       const QString &key);

} // namespace contactdesk::credentials
