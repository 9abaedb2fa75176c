#pragma once

// Where ReferenceDataCache gets the four static lists: the S-360 API client implements it
// (getStructureTypes, getAvailableContactCriteria, getAvailableAutorizations,
// getAvailableAdmnistrativeNumbers). The futures may finish on any thread; the cache reads
// them on its own.

#include "api/Result.h"
#include "dto/ContactInformationTypes.h"

#include <QFuture>

namespace contactdesk {

class ReferenceDataSource {
public:
    virtual ~ReferenceDataSource() = default;

    virtual QFuture<Result<dto::StructureTypeListResult>> fetchStructureTypes() = 0;
    virtual QFuture<Result<dto::ContactCriterionListResult>> fetchContactCriteria() = 0;
    virtual QFuture<Result<dto::AuthorizationListResult>> fetchAuthorizations() = 0;
    virtual QFuture<Result<dto::AdministrativeNumberListResult>> fetchAdministrativeNumbers() = 0;

protected:
    ReferenceDataSource() = default;
    ReferenceDataSource(const ReferenceDataSource &) = default;
    ReferenceDataSource &operator=(const ReferenceDataSource &) = default;
};

} // namespace contactdesk
