#pragma once

// The built-in "Demo sandbox" profile, created on the first load of an empty ProfileStore.
// Its base URLs, partner name and Symphony key are placeholders: the app replaces them, for a
// profile with isDemo set, with what the embedded sandbox reports when it starts (its URL and
// its DemoCredentials), and hands the demo secrets to the SecretStore.

#include "profiles/ConnectionProfile.h"

namespace contactdesk {

// A demo profile without an id (ProfileStore::save gives it one).
ConnectionProfile demoProfile();

} // namespace contactdesk
