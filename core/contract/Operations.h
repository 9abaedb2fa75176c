#pragma once

// Every operation of CONTRACT.md as a type: its service, wire name, parameter and result
// DTOs, the name of the element that wraps the result in a SOAP response, and whether a
// retry is safe. A typed call is `call<ops::GetContactData>(params)`.

#include "contract/Services.h"
#include "dto/ContactAuthenticationTypes.h"
#include "dto/ContactInformationTypes.h"
#include "dto/SocialLoginTypes.h"
#include "dto/SymphonyTypes.h"

#include <tuple>
#include <type_traits>

namespace contactdesk::ops {

// Whether the transport may send the same call again after a transient failure.
// Decided per operation, never by HTTP method (SOAP is all POST).
enum class Retry { Safe, Never };

struct OperationInfo {
    Service service;
    const char *name;       // wire name of the method (vendor spelling kept)
    const char *resultName; // element wrapping the result in a SOAP response
    Retry retry;
};

#define CONTACTDESK_OPERATION(Type, Svc, Name, ParamsT, ResultT, ResultElement, RetryPolicy)  \
    struct Type {                                                                              \
        using Params = dto::ParamsT;                                                           \
        using Result = dto::ResultT;                                                           \
        static constexpr OperationInfo info{Service::Svc, Name, ResultElement, Retry::RetryPolicy}; \
    }

// ContactInformationPublicService v2_21. All S-360 methods are idempotent [VENDOR]; a
// create carries an `identifier` so that a retried create returns the same contact.
CONTACTDESK_OPERATION(GetContactData, ContactInformation, "getContactData", GetContactDataParams, ContactDataResult, "ContactDataResult", Safe);
CONTACTDESK_OPERATION(SearchContactByCriteria, ContactInformation, "searchContactByCriteria", SearchContactByCriteriaParams, ContactSearchResult, "ContactSearchResult", Safe);
CONTACTDESK_OPERATION(SaveIndividualContactData, ContactInformation, "saveIndividualContactData", SaveIndividualContactDataParams, ContactSaveResult, "ContactSaveResult", Safe);
CONTACTDESK_OPERATION(SaveStructureContactData, ContactInformation, "saveStructureContactData", SaveStructureContactDataParams, ContactSaveResult, "ContactSaveResult", Safe);
CONTACTDESK_OPERATION(SaveStructureAdministrativeNumbers, ContactInformation, "saveStructureAdministrativeNumbers", SaveStructureAdministrativeNumbersParams, WebMethodResult, "WebMethodResult", Safe);
CONTACTDESK_OPERATION(SaveStructureMember, ContactInformation, "saveStructureMember", SaveStructureMemberParams, ContactSaveResult, "ContactSaveResult", Safe);
CONTACTDESK_OPERATION(DeleteStructureMember, ContactInformation, "deleteStructureMember", DeleteStructureMemberParams, WebMethodResult, "WebMethodResult", Safe);
CONTACTDESK_OPERATION(ListStructureMembersByCriteria, ContactInformation, "listStructureMembersByCriteria", ListStructureMembersByCriteriaParams, StructureMemberListResult, "StructureMemberListResult", Safe);
CONTACTDESK_OPERATION(GetStructureTypes, ContactInformation, "getStructureTypes", NoParams, StructureTypeListResult, "StructureTypeListResult", Safe);
CONTACTDESK_OPERATION(GetAvailableContactCriteria, ContactInformation, "getAvailableContactCriteria", NoParams, ContactCriterionListResult, "ContactCriterionListResult", Safe);
CONTACTDESK_OPERATION(GetAvailableAuthorizations, ContactInformation, "getAvailableAutorizations", NoParams, AuthorizationListResult, "AuthorizationListResult", Safe);
CONTACTDESK_OPERATION(GetAvailableAdministrativeNumbers, ContactInformation, "getAvailableAdmnistrativeNumbers", NoParams, AdministrativeNumberListResult, "AdministrativeNumberListResult", Safe);

// ContactAuthenticationPublicService v2_21. recoverPassword mails a new password: a
// retry would mail a second one, so it is never retried automatically. authenticate
// with a remember-me token rotates the token: a retry after a lost answer would present a
// token the server already retired, so it is not retried either.
CONTACTDESK_OPERATION(Authenticate, ContactAuthentication, "authenticate", AuthenticateParams, ContactAuthenticationResult, "ContactAuthenticationResult", Never);
CONTACTDESK_OPERATION(RecoverPassword, ContactAuthentication, "recoverPassword", RecoverPasswordParams, WebMethodResult, "WebMethodResult", Never);
CONTACTDESK_OPERATION(ChangePassword, ContactAuthentication, "changePassword", ChangePasswordParams, WebMethodResult, "WebMethodResult", Never);
CONTACTDESK_OPERATION(ListAuthorizedPos, ContactAuthentication, "listAuthorizedPOS", ListAuthorizedPosParams, PointOfSalesListResult, "PointOfSalesListResult", Safe);

// ContactSocialLoginService v1_0.
CONTACTDESK_OPERATION(AddLink, ContactSocialLogin, "addLink", AddLinkParams, WebMethodResult2, "WebMethodResult2", Safe);
CONTACTDESK_OPERATION(CreateUser, ContactSocialLogin, "createUser", CreateUserParams, ContactSaveResult, "ContactSaveResult", Never);

// Symphony API V1.0. GenerateTokenForContact mails a token: never retried automatically.
CONTACTDESK_OPERATION(GenerateTokenForContact, Symphony, "GenerateTokenForContact", GenerateTokenForContactParams, ContactTokenResult, "GenerateTokenForContactResult", Never);
CONTACTDESK_OPERATION(VerifyTokenForContact, Symphony, "VerifyTokenForContact", VerifyTokenForContactParams, ContactTokenResult, "VerifyTokenForContactResult", Never);

#undef CONTACTDESK_OPERATION

// Every operation above, in table order, for code that walks the whole table (the sandbox's
// dispatch and WSDL). Keep in step with the list above.
using AllOperations = std::tuple<
    GetContactData, SearchContactByCriteria, SaveIndividualContactData, SaveStructureContactData,
    SaveStructureAdministrativeNumbers, SaveStructureMember, DeleteStructureMember, ListStructureMembersByCriteria,
    GetStructureTypes, GetAvailableContactCriteria, GetAvailableAuthorizations, GetAvailableAdministrativeNumbers,
    Authenticate, RecoverPassword, ChangePassword, ListAuthorizedPos,
    AddLink, CreateUser,
    GenerateTokenForContact, VerifyTokenForContact>;

// Calls f(std::type_identity<Op>{}) for each operation of the table until f returns true;
// returns whether one did.
template <class F> constexpr bool findOperation(F &&f)
{
    return [&]<class... Op>(std::tuple<Op...> *) {
        return (f(std::type_identity<Op>{}) || ...);
    }(static_cast<AllOperations *>(nullptr));
}

// Calls f(std::type_identity<Op>{}) for every operation of the table, in table order.
template <class F> constexpr void forEachOperation(F &&f)
{
    findOperation([&](auto op) {
        f(op);
        return false;
    });
}

} // namespace contactdesk::ops
