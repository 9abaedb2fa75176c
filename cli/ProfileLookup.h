#pragma once

// Finds the connection profile a command talks to, in the app's ProfileStore: by name (exact,
// then ignoring case) or id; with no name, the app's current profile. On a first run (no
// profile at all) the store creates its built-in demo profile, as the app does.

#include "CliError.h"
#include "profiles/ConnectionProfile.h"

#include <variant>

namespace contactdesk {
class ProfileStore;
}

namespace contactdesk::cli {

std::variant<ConnectionProfile, CliError> resolveProfile(ProfileStore &store, const QString &nameOrId);

// The profile with exactly this name or id, ignoring case for the name as a second try.
std::optional<ConnectionProfile> findProfile(const ProfileStore &store, const QString &nameOrId);

} // namespace contactdesk::cli
