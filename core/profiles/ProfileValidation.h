#pragma once

// Checks a ConnectionProfile before it is saved. Every problem is an ApiError of kind
// Validation whose `field` is the ConnectionProfile member name ("name", "s360BaseUrl",
// "institutionCode"...) and whose message says, in words, what is wrong.

#include "api/ApiError.h"
#include "profiles/ConnectionProfile.h"

#include <QList>

namespace contactdesk {

// Every problem, in field order; empty when the profile can be saved.
QList<ApiError> validateProfile(const ConnectionProfile &profile);

} // namespace contactdesk
