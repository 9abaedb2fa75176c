#pragma once

// The four static lists of an institution (CONTRACT.md 1.5), fetched together, with the time
// they were fetched.

#include "api/ApiError.h"
#include "dto/ContactInformationTypes.h"

#include <QDateTime>

namespace contactdesk {

struct ReferenceDataSnapshot {
    dto::StructureTypeListResult structureTypes;
    dto::ContactCriterionListResult contactCriteria;
    dto::AuthorizationListResult authorizations;
    dto::AdministrativeNumberListResult administrativeNumbers;

    QDateTime fetchedAt;    // UTC, when the four lists came from the server
    qint64 ageSeconds = 0;  // how old the data was when handed out
    // true when the data is older than the cache life, or was served in place of a fetch that
    // failed (then staleReason says why, and the UI should say the data may be out of date).
    bool stale = false;
    ApiError staleReason;
};

} // namespace contactdesk
