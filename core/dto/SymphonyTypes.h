#pragma once

// DTOs of the Symphony API V1.0 (CONTRACT.md 2). Wire names are PascalCase for results
// and camelCase for parameters, as the ASMX service spells them.

#include "dto/Fields.h"

namespace contactdesk::dto {

struct GenerateTokenForContactParams {
    QString tokenType; // ContactRegistration
    std::optional<int> contactId;
    std::optional<bool> isSingleUse;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("tokenType", s.tokenType);
        v("contactId", s.contactId);
        v("isSingleUse", s.isSingleUse);
    }
};

struct VerifyTokenForContactParams {
    QString tokenType;
    QString token; // secret
    std::optional<bool> consume;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("tokenType", s.tokenType);
        v("token", s.token);
        v("consume", s.consume);
    }
};

struct ContactTokenResult {
    std::optional<int> contactId;
    QString contactEmail;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("ContactId", s.contactId);
        v("ContactEmail", s.contactEmail);
    }
};

} // namespace contactdesk::dto
