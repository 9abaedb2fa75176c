// SandboxService: Symphony API V1.0 (registration tokens), and the credential look-ups
// the HTTP front needs (operators, JWT secrets, Symphony API keys).

#include "domain/SandboxService.h"

#include "domain/CallRunner.h"
#include "domain/OperatorCheckCache.h"
#include "domain/ReferenceCache.h"
#include "store/ContactStore.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "store/ReferenceStore.h"
#include "store/TokenStore.h"

namespace contactdesk::sandbox {

using namespace domain;

namespace {

const char *const clientFault = contract::soap11ClientFaultCode;
const char *const serverFault = contract::soap11ServerFaultCode;

struct SymphonyFault {
    QString message;
    const char *code;
};

[[noreturn]] void symphonyFault(const QString &message, const char *code = clientFault)
{
    throw SymphonyFault{message, code};
}

void checkTokenType(const QString &tokenType)
{
    if (tokenType != QLatin1StringView(contract::symphonyTokenTypeRegistration)) {
        symphonyFault(QStringLiteral("Unknown tokenType '%1'. Allowed values: %2.")
                          .arg(tokenType, QLatin1StringView(contract::symphonyTokenTypeRegistration)));
    }
}

template <class Body>
Result<dto::ContactTokenResult> runSymphony(const char *operation, Body &&body)
{
    try {
        return body();
    } catch (const SymphonyFault &fault) {
        return ApiError::make(ApiError::Kind::SoapFault, fault.message, QString::fromLatin1(fault.code), 500);
    } catch (const CallFailure &failure) {
        // Only an unknown institution gets here.
        return ApiError::make(ApiError::Kind::SoapFault, failure.detail, QString::fromLatin1(clientFault), 500);
    } catch (const std::exception &error) {
        qCWarning(sandboxDomainLog, "%s failed: %s", operation, error.what());
        return ApiError::make(ApiError::Kind::SoapFault, QStringLiteral("Server error."),
                              QString::fromLatin1(serverFault), 500);
    }
}

} // namespace

Result<dto::ContactTokenResult> SandboxService::generateTokenForContact(const dto::GenerateTokenForContactParams &p,
                                                                        const CallContext &ctx)
{
    return runSymphony("GenerateTokenForContact", [&]() -> Result<dto::ContactTokenResult> {
        checkTokenType(p.tokenType);
        if (!p.contactId)
            symphonyFault(QStringLiteral("contactId: mandatory."));
        const QDateTime now = callTime(ctx);
        const auto institution = m_references->institution(*m_database, ctx.institution);
        store::Transaction transaction(*m_database, store::Transaction::Kind::Write);
        const QSqlDatabase &db = transaction.db();
        const auto contact = store::findContactById(db, institution->institution.institutionId, *p.contactId);
        if (!contact)
            symphonyFault(QString::fromLatin1(contract::symphonyUnknownContact));
        if (contact->email.isEmpty())
            symphonyFault(QStringLiteral("The contact has no email address to send the token to."));
        store::deleteSymphonyTokens(db, contact->contactId, p.tokenType);
        const QString token = store::randomToken();
        store::SymphonyTokenRow row;
        row.contactId = contact->contactId;
        row.tokenType = p.tokenType;
        row.tokenHash = store::tokenHash(token);
        row.singleUse = p.isSingleUse.value_or(true);
        row.createdAt = now;
        row.expiresAt = now.addDays(contract::symphonyTokenValidityDays);
        store::insertSymphonyToken(db, row);
        store::OutboxMail mail;
        mail.institutionId = institution->institution.institutionId;
        mail.createdAt = now;
        mail.recipient = contact->email;
        mail.subject = QStringLiteral("Complete your registration");
        mail.body = QStringLiteral("Hello,\n\nto complete your registration, use this code (valid until %1%2):\n\n%3\n")
                        .arg(row.expiresAt.toString(Qt::ISODate),
                             row.singleUse ? QStringLiteral(", single use") : QString(), token);
        mail.kind = QString::fromLatin1(store::mailKindSymphonyToken);
        store::appendToOutbox(db, mail);
        transaction.commit();
        dto::ContactTokenResult result;
        result.contactId = int(contact->contactId);
        result.contactEmail = contact->email;
        return result;
    });
}

Result<dto::ContactTokenResult> SandboxService::verifyTokenForContact(const dto::VerifyTokenForContactParams &p,
                                                                      const CallContext &ctx)
{
    return runSymphony("VerifyTokenForContact", [&]() -> Result<dto::ContactTokenResult> {
        checkTokenType(p.tokenType);
        const QString invalid = QString::fromLatin1(contract::symphonyInvalidToken);
        if (p.token.isEmpty())
            symphonyFault(invalid);
        const QDateTime now = callTime(ctx);
        const auto institution = m_references->institution(*m_database, ctx.institution);
        store::Transaction transaction(*m_database, store::Transaction::Kind::Write);
        const QSqlDatabase &db = transaction.db();
        const auto row = store::findSymphonyToken(db, store::tokenHash(p.token));
        if (!row || row->tokenType != p.tokenType || row->expiresAt <= now || row->usedAt.isValid())
            symphonyFault(invalid);
        const auto contact = store::findContactById(db, institution->institution.institutionId, row->contactId);
        if (!contact)
            symphonyFault(invalid);
        if (p.consume.value_or(false) && row->singleUse)
            store::markSymphonyTokenUsed(db, row->tokenId, now);
        transaction.commit();
        dto::ContactTokenResult result;
        result.contactId = int(contact->contactId);
        result.contactEmail = contact->email;
        return result;
    });
}

// ---------------------------------------------------------------- credentials for the front

bool SandboxService::checkOperatorPassword(const QString &institution, const QString &login, const QString &password)
{
    try {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (login.isEmpty() || password.isEmpty())
            return false;
        if (m_operatorChecks->contains(institution, login, password, now))
            return true;
        std::optional<store::OperatorRow> row;
        {
            store::Transaction transaction(*m_database, store::Transaction::Kind::Read);
            const auto found = store::findInstitution(transaction.db(), institution);
            if (found)
                row = store::findOperator(transaction.db(), found->institutionId, login);
        }
        if (!row) {
            // The same work as a wrong password.
            store::hashPasswordWithSalt(password, QByteArray(store::passwordSaltBytes, '\0'), store::passwordIterations);
            return false;
        }
        if (!store::verifyPassword(password, row->password))
            return false;
        m_operatorChecks->insert(institution, login, password, now);
        return true;
    } catch (const std::exception &error) {
        qCWarning(sandboxDomainLog, "operator check failed: %s", error.what());
        return false;
    }
}

std::optional<QByteArray> SandboxService::jwtSecretFor(const QString &institution, const QString &login)
{
    try {
        store::Transaction transaction(*m_database, store::Transaction::Kind::Read);
        const auto found = store::findInstitution(transaction.db(), institution);
        if (!found || institution.isEmpty())
            return std::nullopt;
        const auto row = store::findOperator(transaction.db(), found->institutionId, login);
        if (!row)
            return std::nullopt;
        return row->apiSecret;
    } catch (const std::exception &error) {
        qCWarning(sandboxDomainLog, "JWT secret look-up failed: %s", error.what());
        return std::nullopt;
    }
}

std::optional<QByteArray> SandboxService::symphonySecretFor(const QString &apiKey)
{
    try {
        store::Transaction transaction(*m_database, store::Transaction::Kind::Read);
        const auto row = store::findSymphonyKey(transaction.db(), apiKey);
        if (!row)
            return std::nullopt;
        return row->secret;
    } catch (const std::exception &error) {
        qCWarning(sandboxDomainLog, "Symphony key look-up failed: %s", error.what());
        return std::nullopt;
    }
}

std::optional<QString> SandboxService::symphonyInstitutionFor(const QString &apiKey)
{
    try {
        store::Transaction transaction(*m_database, store::Transaction::Kind::Read);
        const auto row = store::findSymphonyKey(transaction.db(), apiKey);
        if (!row)
            return std::nullopt;
        const auto institution = store::findInstitutionById(transaction.db(), row->institutionId);
        if (!institution)
            return std::nullopt;
        return institution->code;
    } catch (const std::exception &error) {
        qCWarning(sandboxDomainLog, "Symphony key look-up failed: %s", error.what());
        return std::nullopt;
    }
}

} // namespace contactdesk::sandbox
