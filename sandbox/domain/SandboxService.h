#pragma once

// The sandbox's domain: every operation of CONTRACT.md answered from the SQLite store.
//
// Thread safety: one SandboxService per server, callable from any number of threads at
// once. Each thread talks to SQLite through its own named Qt SQL connection; writes are
// serialised (one write transaction at a time, BEGIN IMMEDIATE), reads run in parallel on
// WAL snapshots. Every call is one transaction: a call that fails writes nothing. The one
// deliberate exception is the failed-login counter of authenticate/changePassword/
// listAuthorizedPOS, which must persist for the five-failures lockout to work.
//
// Results: S-360 operations return their DTO with statusCode/statusDetail filled:
// success, notfound, invalid ("<field path>: <message>", the path starting at the
// parameter name, e.g. "individualContactData.addresses[0].countryCode: ..."), authfail,
// locked, denied, conflict, or failed (storage error; the detail never carries data).
// Symphony operations return a Result whose error is an ApiError of Kind::SoapFault with
// code "Client" or "Server" and message = the contract's faultstring.

#include "api/Result.h"
#include "contract/Operations.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QString>

#include <memory>
#include <optional>
#include <type_traits>

namespace contactdesk::sandbox {

namespace store {
class Database;
}
namespace domain {
class OperatorCheckCache;
class ReferenceCache;
}

// Who calls, for which institution, and the clock of the call (an invalid `now` means
// the current UTC time; tests inject a fixed one). An empty institution means the
// sandbox's default institution (MOSA).
struct CallContext {
    QString institution;
    QString operatorLogin;
    QDateTime now;
};

// Handed over in memory by openSandbox(); never printed except the login.
struct DemoCredentials {
    QString institution;      // MOSA
    QString operatorLogin;    // MOSA_DEMO
    QString operatorPassword; // regenerated at every open (only its PBKDF2 hash is stored)
    QByteArray jwtSecret;     // the operator's API secret (HS256 key for REST)
    QString partnerName;      // the JWT `iss`
    QString symphonyApiKey;
    QByteArray symphonySecret;
};

struct SandboxOptions {
    QString databasePath;        // the SQLite file; ignored when inMemory
    bool inMemory = false;       // a private temporary file, removed with the service
    int seedContacts = 5000;     // individuals seeded into a NEW database (an existing one is kept)
    int seedStructures = -1;     // -1: 300 per 5,000 individuals (at least 1 when seedContacts > 0)
    quint64 seed = 0x5EED'C0DE'2024'0001ULL; // PRNG seed of the generator (fixed: deterministic data)
};

class SandboxService;

struct OpenedSandbox {
    std::unique_ptr<SandboxService> service;
    DemoCredentials credentials;
    bool seeded = false;   // true when this open created and seeded the database
    qint64 seedMillis = 0; // time the seeding took
};

// Opens (creating, migrating and seeding when new) the sandbox database and rotates the
// demo operator's password. Errors: ApiError Kind::Transport with a message naming the file.
Result<OpenedSandbox> openSandbox(const SandboxOptions &options);

class SandboxService {
public:
    explicit SandboxService(std::shared_ptr<store::Database> database);
    ~SandboxService();
    SandboxService(const SandboxService &) = delete;
    SandboxService &operator=(const SandboxService &) = delete;

    // ---- ContactInformationPublicService v2_21 ----
    dto::ContactDataResult getContactData(const dto::GetContactDataParams &, const CallContext &);
    dto::ContactSearchResult searchContactByCriteria(const dto::SearchContactByCriteriaParams &, const CallContext &);
    dto::ContactSaveResult saveIndividualContactData(const dto::SaveIndividualContactDataParams &, const CallContext &);
    dto::ContactSaveResult saveStructureContactData(const dto::SaveStructureContactDataParams &, const CallContext &);
    dto::WebMethodResult saveStructureAdministrativeNumbers(const dto::SaveStructureAdministrativeNumbersParams &,
                                                            const CallContext &);
    dto::ContactSaveResult saveStructureMember(const dto::SaveStructureMemberParams &, const CallContext &);
    dto::WebMethodResult deleteStructureMember(const dto::DeleteStructureMemberParams &, const CallContext &);
    dto::StructureMemberListResult listStructureMembersByCriteria(const dto::ListStructureMembersByCriteriaParams &,
                                                                  const CallContext &);
    dto::StructureTypeListResult getStructureTypes(const dto::NoParams &, const CallContext &);
    dto::ContactCriterionListResult getAvailableContactCriteria(const dto::NoParams &, const CallContext &);
    dto::AuthorizationListResult getAvailableAuthorizations(const dto::NoParams &, const CallContext &); // wire: getAvailableAutorizations
    dto::AdministrativeNumberListResult getAvailableAdministrativeNumbers(const dto::NoParams &,
                                                                          const CallContext &); // wire: getAvailableAdmnistrativeNumbers

    // ---- ContactAuthenticationPublicService v2_21 ----
    dto::ContactAuthenticationResult authenticate(const dto::AuthenticateParams &, const CallContext &);
    dto::WebMethodResult recoverPassword(const dto::RecoverPasswordParams &, const CallContext &);
    dto::WebMethodResult changePassword(const dto::ChangePasswordParams &, const CallContext &);
    dto::PointOfSalesListResult listAuthorizedPos(const dto::ListAuthorizedPosParams &, const CallContext &);

    // ---- ContactSocialLoginService v1_0 ----
    dto::WebMethodResult2 addLink(const dto::AddLinkParams &, const CallContext &);
    dto::ContactSaveResult createUser(const dto::CreateUserParams &, const CallContext &);

    // Generic form for the S-360 operations, so that the HTTP front can dispatch from the
    // operation table: handle<ops::GetContactData>(params, ctx).
    template <class Op>
    typename Op::Result handle(const typename Op::Params &params, const CallContext &ctx);

    // ---- Symphony API V1.0: faults are errors ----
    Result<dto::ContactTokenResult> generateTokenForContact(const dto::GenerateTokenForContactParams &,
                                                            const CallContext &);
    Result<dto::ContactTokenResult> verifyTokenForContact(const dto::VerifyTokenForContactParams &,
                                                          const CallContext &);
    template <class Op>
    Result<typename Op::Result> handleSymphony(const typename Op::Params &params, const CallContext &ctx);

    // ---- Credentials checked by the HTTP front ----
    // PBKDF2 check of a WS-Security UsernameToken (false for an unknown institution/login).
    // A successful check is remembered in memory for 10 minutes (OperatorCheckCache.h).
    bool checkOperatorPassword(const QString &institution, const QString &login, const QString &password);
    // The operator's API secret: the HS256 key of its JWTs (REST).
    std::optional<QByteArray> jwtSecretFor(const QString &institution, const QString &login);
    // The HMAC key of a Symphony API key, and the institution the key belongs to.
    std::optional<QByteArray> symphonySecretFor(const QString &apiKey);
    std::optional<QString> symphonyInstitutionFor(const QString &apiKey);

    // Every mail the sandbox "sent", newest first: {id, at, to, subject, body, kind}
    // (kind: "symphonyToken" | "recoveredPassword"). limit <= 0: all.
    QJsonArray outbox(int limit) const;

    // For tests and tools: the store underneath.
    store::Database &database() const;

private:
    std::shared_ptr<store::Database> m_database;
    std::unique_ptr<domain::ReferenceCache> m_references;
    std::unique_ptr<domain::OperatorCheckCache> m_operatorChecks;
};

template <class Op>
typename Op::Result SandboxService::handle(const typename Op::Params &p, const CallContext &c)
{
    static_assert(Op::info.service != Service::Symphony, "use handleSymphony<Op> for Symphony operations");
    if constexpr (std::is_same_v<Op, ops::GetContactData>) return getContactData(p, c);
    else if constexpr (std::is_same_v<Op, ops::SearchContactByCriteria>) return searchContactByCriteria(p, c);
    else if constexpr (std::is_same_v<Op, ops::SaveIndividualContactData>) return saveIndividualContactData(p, c);
    else if constexpr (std::is_same_v<Op, ops::SaveStructureContactData>) return saveStructureContactData(p, c);
    else if constexpr (std::is_same_v<Op, ops::SaveStructureAdministrativeNumbers>)
        return saveStructureAdministrativeNumbers(p, c);
    else if constexpr (std::is_same_v<Op, ops::SaveStructureMember>) return saveStructureMember(p, c);
    else if constexpr (std::is_same_v<Op, ops::DeleteStructureMember>) return deleteStructureMember(p, c);
    else if constexpr (std::is_same_v<Op, ops::ListStructureMembersByCriteria>)
        return listStructureMembersByCriteria(p, c);
    else if constexpr (std::is_same_v<Op, ops::GetStructureTypes>) return getStructureTypes(p, c);
    else if constexpr (std::is_same_v<Op, ops::GetAvailableContactCriteria>) return getAvailableContactCriteria(p, c);
    else if constexpr (std::is_same_v<Op, ops::GetAvailableAuthorizations>) return getAvailableAuthorizations(p, c);
    else if constexpr (std::is_same_v<Op, ops::GetAvailableAdministrativeNumbers>)
        return getAvailableAdministrativeNumbers(p, c);
    else if constexpr (std::is_same_v<Op, ops::Authenticate>) return authenticate(p, c);
    else if constexpr (std::is_same_v<Op, ops::RecoverPassword>) return recoverPassword(p, c);
    else if constexpr (std::is_same_v<Op, ops::ChangePassword>) return changePassword(p, c);
    else if constexpr (std::is_same_v<Op, ops::ListAuthorizedPos>) return listAuthorizedPos(p, c);
    else if constexpr (std::is_same_v<Op, ops::AddLink>) return addLink(p, c);
    else if constexpr (std::is_same_v<Op, ops::CreateUser>) return createUser(p, c);
    else static_assert(!sizeof(Op), "operation not handled by SandboxService");
}

template <class Op>
Result<typename Op::Result> SandboxService::handleSymphony(const typename Op::Params &p, const CallContext &c)
{
    if constexpr (std::is_same_v<Op, ops::GenerateTokenForContact>) return generateTokenForContact(p, c);
    else if constexpr (std::is_same_v<Op, ops::VerifyTokenForContact>) return verifyTokenForContact(p, c);
    else static_assert(!sizeof(Op), "not a Symphony operation");
}

} // namespace contactdesk::sandbox
