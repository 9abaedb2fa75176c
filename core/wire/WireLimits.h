#pragma once

// The limits every reader of core/wire applies to a body before it reads it
// ([OURS] values in contract/Services.h).

#include "contract/Services.h"

namespace contactdesk::wire {

struct WireLimits {
    qsizetype maxBytes = contract::maxBodyBytes; // larger body: ApiError::Kind::TooLarge, unread
    int maxXmlDepth = contract::maxXmlDepth;     // deeper element nesting: ApiError::Kind::Parse
};

} // namespace contactdesk::wire
