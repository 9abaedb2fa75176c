#pragma once

// ReferenceDataCache's source backed by the S-360 client: the four static-data methods.

#include "api/S360Client.h"
#include "cache/ReferenceDataSource.h"

namespace contactdesk {

class S360ReferenceDataSource final : public ReferenceDataSource {
public:
    explicit S360ReferenceDataSource(S360Client *client) : m_client(client) {}

    QFuture<Result<dto::StructureTypeListResult>> fetchStructureTypes() override { return m_client->getStructureTypes(); }
    QFuture<Result<dto::ContactCriterionListResult>> fetchContactCriteria() override
    {
        return m_client->getAvailableContactCriteria();
    }
    QFuture<Result<dto::AuthorizationListResult>> fetchAuthorizations() override
    {
        return m_client->getAvailableAuthorizations();
    }
    QFuture<Result<dto::AdministrativeNumberListResult>> fetchAdministrativeNumbers() override
    {
        return m_client->getAvailableAdministrativeNumbers();
    }

private:
    S360Client *m_client;
};

} // namespace contactdesk
