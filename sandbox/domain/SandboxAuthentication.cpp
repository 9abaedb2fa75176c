// SandboxService: ContactAuthenticationPublicService v2_21 and ContactSocialLoginService v1_0.
//
// Rules: a wrong login and a wrong password give the same `authfail` answer; five
// failed passwords in a row lock the login for 15 minutes (`locked`, the password is not
// even checked while locked); a remember-me pair lasts at most a month and is replaced by
// a new pair each time it is used to authenticate. The failure counter is the one write a
// failed call keeps: it is committed before the failure is returned.

#include "domain/SandboxService.h"

#include "domain/CallRunner.h"
#include "domain/ContactValidation.h"
#include "domain/ReferenceCache.h"
#include "store/ContactLinks.h"
#include "store/ContactStore.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "store/TokenStore.h"

#include <QRegularExpression>

namespace contactdesk::sandbox {

using namespace domain;

namespace {

const QString authenticationFailed = QStringLiteral("authentication failed: unknown login or wrong password");

enum class TokenUse { Rotate, Keep };

struct Authenticated {
    store::ContactRecord contact;
    QString identification; // a new remember-me pair, when one was issued
    QString uniqueToken;
};

[[noreturn]] void failAuthentication()
{
    fail(contract::statusAuthFail, authenticationFailed);
}

void checkNotLocked(const store::ContactRecord &contact, const QDateTime &now)
{
    if (contact.lockedUntil.isValid() && contact.lockedUntil > now) {
        fail(contract::statusLocked, QStringLiteral("login locked after %1 failed attempts; try again after %2")
                                         .arg(contract::loginFailuresBeforeLock)
                                         .arg(contact.lockedUntil.toString(Qt::ISODate)));
    }
}

// Counts a wrong password, commits that (and only that), then fails.
[[noreturn]] void failWrongPassword(store::Transaction &transaction, store::ContactRecord contact, const QDateTime &now)
{
    if (contact.lockedUntil.isValid() && contact.lockedUntil <= now)
        contact.failedLogins = 0; // an expired lock starts a new count
    const int failures = contact.failedLogins + 1;
    const bool lock = failures >= contract::loginFailuresBeforeLock;
    store::updateLoginState(transaction.db(), contact.contactId, lock ? 0 : failures,
                            lock ? now.addSecs(qint64(contract::loginLockMinutes) * 60) : QDateTime());
    transaction.commit();
    if (lock) {
        fail(contract::statusLocked, QStringLiteral("login locked for %1 minutes after %2 failed attempts")
                                         .arg(contract::loginLockMinutes)
                                         .arg(contract::loginFailuresBeforeLock));
    }
    failAuthentication();
}

// Checks `password` against the contact's hash; on success clears the failure count
// and re-hashes a seeded (low-iteration) hash at the full count.
void checkPassword(store::Transaction &transaction, store::ContactRecord &contact, const QString &password,
                   const QDateTime &now)
{
    if (contact.password.hash.isEmpty())
        failAuthentication();
    checkNotLocked(contact, now);
    if (!store::verifyPassword(password, contact.password))
        failWrongPassword(transaction, contact, now);
    if (contact.failedLogins != 0 || contact.lockedUntil.isValid()) {
        contact.failedLogins = 0;
        contact.lockedUntil = {};
        store::updateLoginState(transaction.db(), contact.contactId, 0, {});
    }
    if (contact.password.iterations < store::passwordIterations) {
        contact.password = store::hashPassword(password);
        store::updatePassword(transaction.db(), contact.contactId, contact.password);
    }
}

std::pair<QString, QString> issueRememberMe(const QSqlDatabase &db, qint64 contactId, const QDateTime &now)
{
    store::RememberMeRow row;
    row.identification = store::randomToken(16);
    const QString token = store::randomToken();
    row.contactId = contactId;
    row.tokenHash = store::tokenHash(token);
    row.createdAt = now;
    row.expiresAt = now.addDays(contract::rememberMeMaxDays);
    store::insertRememberMe(db, row);
    return {row.identification, token};
}

Authenticated authenticateContact(store::Transaction &transaction, const InstitutionContext &institution,
                                  const dto::ContactAuthenticationData &d, const QDateTime &now, TokenUse tokenUse)
{
    const FieldPath root(QStringLiteral("contactAuthenticationData"));
    const QSqlDatabase &db = transaction.db();
    const qint64 institutionId = institution.institution.institutionId;

    checkEnum(root.field(u"contactTypeScope"), d.contactTypeScope, contactTypeScopes);
    if (d.operatorLogin.value_or(false))
        fail(contract::statusDenied, root.field(u"operatorLogin").text() + QStringLiteral(": operator logins are not "
                                                                                          "supported by the sandbox"));
    if (d.guestLogin.value_or(false))
        fail(contract::statusDenied, root.field(u"guestLogin").text() + QStringLiteral(": guest logins are not "
                                                                                       "supported by the sandbox"));
    if (!d.structureContactNumber.isEmpty())
        checkContactNumber(root.field(u"structureContactNumber"), d.structureContactNumber);
    if (!d.contactNumber.isEmpty())
        checkContactNumber(root.field(u"contactNumber"), d.contactNumber);
    const store::PointOfSalesRow *pointOfSales = nullptr;
    if (d.pointOfSalesId) {
        pointOfSales = institution.pointOfSales(*d.pointOfSalesId);
        if (!pointOfSales)
            failInvalid(root.field(u"pointOfSalesId").text(), QStringLiteral("unknown point of sales"));
    }

    Authenticated outcome;
    bool viaToken = false;
    if (d.socialLogin.value_or(false)) {
        checkMandatory(root.field(u"identityProvider"), d.identityProvider);
        checkEnum(root.field(u"identityProvider"), d.identityProvider, socialProviders);
        checkMandatory(root.field(u"providerUserReference"), d.providerUserReference);
        const auto contactId = store::findSocialLink(db, institutionId, d.identityProvider, d.providerUserReference);
        if (!contactId)
            failAuthentication();
        outcome.contact = *store::findContactById(db, institutionId, *contactId);
        checkNotLocked(outcome.contact, now);
    } else if (!d.identification.isEmpty() || !d.uniqueToken.isEmpty()) {
        checkMandatory(root.field(u"identification"), d.identification);
        checkMandatory(root.field(u"uniqueToken"), d.uniqueToken);
        const auto row = store::findRememberMe(db, d.identification);
        if (!row || !store::constantTimeEquals(row->tokenHash, store::tokenHash(d.uniqueToken)) || row->expiresAt <= now)
            failAuthentication();
        const auto contact = store::findContactById(db, institutionId, row->contactId);
        if (!contact)
            failAuthentication();
        outcome.contact = *contact;
        checkNotLocked(outcome.contact, now);
        viaToken = true;
        if (tokenUse == TokenUse::Rotate)
            store::deleteRememberMe(db, row->identification);
    } else {
        if (d.login.isEmpty() && d.contactNumber.isEmpty())
            failInvalid(root.field(u"login").text(), QStringLiteral("mandatory (or contactNumber)"));
        checkMandatory(root.field(u"password"), d.password);
        const auto contact = d.login.isEmpty() ? store::findContactByNumber(db, institutionId, d.contactNumber)
                                               : store::findContactByLogin(db, institutionId, d.login);
        if (!contact || (!d.login.isEmpty() && !d.contactNumber.isEmpty() && contact->contactNumber != d.contactNumber)) {
            // Same answer as a wrong password, after the same amount of work.
            store::hashPasswordWithSalt(d.password, QByteArray(store::passwordSaltBytes, '\0'),
                                        store::passwordIterations);
            failAuthentication();
        }
        outcome.contact = *contact;
        checkPassword(transaction, outcome.contact, d.password, now);
    }

    const store::ContactRecord &contact = outcome.contact;
    if ((d.contactTypeScope == u"INDIVIDUAL" || d.contactTypeScope == u"STRUCTURE")
        && contact.contactType != d.contactTypeScope) {
        fail(contract::statusDenied, root.field(u"contactTypeScope").text()
                                         + QStringLiteral(": the contact is a %1").arg(contact.contactType));
    }
    if (!d.structureContactNumber.isEmpty()) {
        const auto structure = store::findContactByNumber(db, institutionId, d.structureContactNumber);
        if (!structure || !store::findMember(db, structure->contactId, contact.contactId)) {
            fail(contract::statusDenied, root.field(u"structureContactNumber").text()
                                             + QStringLiteral(": the contact is not a member of this structure"));
        }
    }
    if (pointOfSales && pointOfSales->b2b && !store::isAuthorizedOnPointOfSales(db, *d.pointOfSalesId, contact.contactId)) {
        fail(contract::statusDenied, root.field(u"pointOfSalesId").text()
                                         + QStringLiteral(": the contact is not authorized on this B2B point of sales"));
    }
    if (tokenUse == TokenUse::Rotate && (viaToken || d.rememberMe.value_or(false))) {
        store::deleteExpiredRememberMe(db, now);
        std::tie(outcome.identification, outcome.uniqueToken) = issueRememberMe(db, contact.contactId, now);
    }
    return outcome;
}

QString greetingName(const QSqlDatabase &db, qint64 contactId)
{
    const auto individual = store::readIndividual(db, contactId, false);
    if (!individual)
        return QStringLiteral("Hello");
    return QStringLiteral("Hello %1").arg(individual->individualFirstName.isEmpty() ? individual->individualLastName
                                                                                    : individual->individualFirstName);
}

} // namespace

// ---------------------------------------------------------------- authenticate

dto::ContactAuthenticationResult SandboxService::authenticate(const dto::AuthenticateParams &p, const CallContext &ctx)
{
    return runCall<dto::ContactAuthenticationResult>("authenticate", [&](dto::ContactAuthenticationResult &result) {
        const QDateTime now = callTime(ctx);
        const auto institution = m_references->institution(*m_database, ctx.institution);
        store::Transaction transaction(*m_database, store::Transaction::Kind::Write);
        const Authenticated outcome =
            authenticateContact(transaction, *institution, p.contactAuthenticationData, now, TokenUse::Rotate);
        transaction.commit();
        result.contactNumber = outcome.contact.contactNumber;
        result.identification = outcome.identification;
        result.uniqueToken = outcome.uniqueToken;
    });
}

// ---------------------------------------------------------------- listAuthorizedPOS

dto::PointOfSalesListResult SandboxService::listAuthorizedPos(const dto::ListAuthorizedPosParams &p,
                                                              const CallContext &ctx)
{
    return runCall<dto::PointOfSalesListResult>("listAuthorizedPOS", [&](dto::PointOfSalesListResult &result) {
        const QDateTime now = callTime(ctx);
        const auto institution = m_references->institution(*m_database, ctx.institution);
        store::Transaction transaction(*m_database, store::Transaction::Kind::Write);
        dto::ContactAuthenticationData data = p.contactAuthenticationData;
        data.pointOfSalesId.reset(); // list them all instead of checking one
        const Authenticated outcome = authenticateContact(transaction, *institution, data, now, TokenUse::Keep);
        for (const store::PointOfSalesRow &row : institution->data.pointsOfSales) {
            if (!row.b2b
                || store::isAuthorizedOnPointOfSales(transaction.db(), *row.pointOfSales.pointOfSalesId,
                                                     outcome.contact.contactId)) {
                result.pointsOfSales.append(row.pointOfSales);
            }
        }
        transaction.commit();
    });
}

// ---------------------------------------------------------------- recoverPassword

dto::WebMethodResult SandboxService::recoverPassword(const dto::RecoverPasswordParams &p, const CallContext &ctx)
{
    return runCall<dto::WebMethodResult>("recoverPassword", [&](dto::WebMethodResult &result) {
        const FieldPath emailPath(QStringLiteral("email"));
        checkMandatory(emailPath, p.email);
        checkEmail(emailPath, p.email);
        const QDateTime now = callTime(ctx);
        const auto institution = m_references->institution(*m_database, ctx.institution);
        if (p.pointOfSalesId && !institution->pointOfSales(*p.pointOfSalesId))
            failInvalid(QStringLiteral("pointOfSalesId"), QStringLiteral("unknown point of sales"));
        store::Transaction transaction(*m_database, store::Transaction::Kind::Write);
        const QSqlDatabase &db = transaction.db();
        const auto contact = store::findPublicLoginByEmail(db, institution->institution.institutionId, p.email);
        if (!contact)
            fail(contract::statusNotFound, QStringLiteral("email: no contact with a login has this email"));
        const QString password = store::randomPassword(12);
        store::updatePassword(db, contact->contactId, store::hashPassword(password));
        store::updateLoginState(db, contact->contactId, 0, {});
        store::deleteRememberMeOfContact(db, contact->contactId);
        store::OutboxMail mail;
        mail.institutionId = institution->institution.institutionId;
        mail.createdAt = now;
        mail.recipient = contact->email;
        mail.subject = QStringLiteral("Your new password");
        mail.body = QStringLiteral("%1,\n\nas requested, your password has been reset.\n\nLogin: %2\nNew password: %3\n\n"
                                   "Please change it after you log in.\n")
                        .arg(greetingName(db, contact->contactId), contact->login, password);
        mail.kind = QString::fromLatin1(store::mailKindRecoveredPassword);
        store::appendToOutbox(db, mail);
        transaction.commit();
        result.statusDetail = QStringLiteral("A new password was sent to the contact's email");
    });
}

// ---------------------------------------------------------------- changePassword

dto::WebMethodResult SandboxService::changePassword(const dto::ChangePasswordParams &p, const CallContext &ctx)
{
    return runCall<dto::WebMethodResult>("changePassword", [&](dto::WebMethodResult &result) {
        checkContactNumber(FieldPath(QStringLiteral("contactNumber")), p.contactNumber);
        checkMandatory(FieldPath(QStringLiteral("currentPassword")), p.currentPassword);
        checkMandatory(FieldPath(QStringLiteral("newPassword")), p.newPassword);
        checkNewPassword(FieldPath(QStringLiteral("newPassword")), p.newPassword);
        const QDateTime now = callTime(ctx);
        const auto institution = m_references->institution(*m_database, ctx.institution);
        store::Transaction transaction(*m_database, store::Transaction::Kind::Write);
        auto contact = store::findContactByNumber(transaction.db(), institution->institution.institutionId,
                                                  p.contactNumber);
        if (!contact)
            failAuthentication();
        checkPassword(transaction, *contact, p.currentPassword, now);
        store::updatePassword(transaction.db(), contact->contactId, store::hashPassword(p.newPassword));
        store::deleteRememberMeOfContact(transaction.db(), contact->contactId);
        store::touchContact(transaction.db(), contact->contactId,
                            nextModification(contact->lastModificationDate, now));
        transaction.commit();
        result.statusDetail = QStringLiteral("Password changed");
    });
}

// ---------------------------------------------------------------- addLink

dto::WebMethodResult2 SandboxService::addLink(const dto::AddLinkParams &p, const CallContext &ctx)
{
    return runCall<dto::WebMethodResult2>("addLink", [&](dto::WebMethodResult2 &result) {
        checkContactNumber(FieldPath(QStringLiteral("contactNumber")), p.contactNumber);
        const FieldPath provider(QStringLiteral("provider"));
        checkMandatory(provider, p.provider);
        checkEnum(provider, p.provider, socialProviders);
        if (p.provider == u"NONE")
            failInvalid(provider.text(), QStringLiteral("NONE cannot be linked"));
        const FieldPath reference(QStringLiteral("providerUserReference"));
        checkMandatory(reference, p.providerUserReference);
        checkMaxLength(reference, p.providerUserReference, maxReferenceLength);
        const auto institution = m_references->institution(*m_database, ctx.institution);
        const qint64 institutionId = institution->institution.institutionId;
        store::Transaction transaction(*m_database, store::Transaction::Kind::Write);
        const QSqlDatabase &db = transaction.db();
        const auto contact = store::findContactByNumber(db, institutionId, p.contactNumber);
        if (!contact)
            fail(contract::statusNotFound, QStringLiteral("contactNumber: no contact with this number"));
        if (const auto linked = store::findSocialLink(db, institutionId, p.provider, p.providerUserReference)) {
            if (*linked != contact->contactId)
                failInvalid(reference.text(), QStringLiteral("already linked to another contact"));
            result.statusDetail = QStringLiteral("Already linked");
            return;
        }
        store::insertSocialLink(db, institutionId, p.provider, p.providerUserReference, contact->contactId);
        transaction.commit();
        result.statusDetail = QStringLiteral("Linked");
    });
}

// ---------------------------------------------------------------- createUser

dto::ContactSaveResult SandboxService::createUser(const dto::CreateUserParams &p, const CallContext &ctx)
{
    return runCall<dto::ContactSaveResult>("createUser", [&](dto::ContactSaveResult &result) {
        const dto::SignUpData &s = p.signUpData;
        const FieldPath root(QStringLiteral("signUpData"));
        const QDateTime now = callTime(ctx);
        checkMandatory(root.field(u"email"), s.email);
        checkEmail(root.field(u"email"), s.email);
        checkMaxLength(root.field(u"firstname"), s.firstname, maxNameLength);
        checkMandatory(root.field(u"lastname"), s.lastname);
        checkMaxLength(root.field(u"lastname"), s.lastname, maxNameLength);
        checkEnum(root.field(u"gender"), s.gender, genders);
        checkLanguage(root.field(u"lang"), s.lang);
        checkEnum(root.field(u"title"), s.title, titles);
        static const QRegularExpression phonePrefix(QStringLiteral(R"(^\+?[0-9]{1,4}$)"));
        if (!s.phonePrefix.isEmpty() && !phonePrefix.match(s.phonePrefix).hasMatch())
            failInvalid(root.field(u"phonePrefix").text(), QStringLiteral("a country calling code, e.g. +41"));
        checkPhone(root.field(u"phoneNumber"), s.phoneNumber);
        const FieldPath provider(QStringLiteral("provider"));
        checkEnum(provider, p.provider, socialProviders);
        const bool linked = !p.provider.isEmpty() && p.provider != u"NONE";
        if (linked)
            checkMandatory(FieldPath(QStringLiteral("providerUserReference")), p.providerUserReference);
        checkMaxLength(FieldPath(QStringLiteral("providerUserReference")), p.providerUserReference, maxReferenceLength);

        const auto institution = m_references->institution(*m_database, ctx.institution);
        const qint64 institutionId = institution->institution.institutionId;
        store::Transaction transaction(*m_database, store::Transaction::Kind::Write);
        const QSqlDatabase &db = transaction.db();
        if (linked) {
            if (const auto existing = store::findSocialLink(db, institutionId, p.provider, p.providerUserReference)) {
                failInvalid(QStringLiteral("providerUserReference"),
                            QStringLiteral("already linked to contact %1")
                                .arg(store::findContactById(db, institutionId, *existing)->contactNumber));
            }
        }
        store::ContactRecord contact;
        contact.contactId = store::allocateContactId(db);
        contact.institutionId = institutionId;
        contact.contactNumber = store::contactNumberFor(contact.contactId);
        contact.contactType = QStringLiteral("INDIVIDUAL");
        contact.role = QStringLiteral("PUBLIC");
        contact.creationDate = now;
        contact.lastModificationDate = now;
        contact.email = s.email;
        contact.createdFrom.insert(QStringLiteral("source"), QStringLiteral("createUser"));
        if (linked)
            contact.createdFrom.insert(QStringLiteral("provider"), p.provider);
        store::insertContact(db, contact);
        dto::IndividualData individual;
        individual.individualFirstName = s.firstname;
        individual.individualLastName = s.lastname;
        individual.individualLanguage = s.lang;
        individual.individualTitle = !s.title.isEmpty()     ? s.title
                                     : s.gender == u"FEMALE" ? QStringLiteral("MRS")
                                     : s.gender == u"MALE"   ? QStringLiteral("MR")
                                                             : QStringLiteral("UNDEFINED");
        store::writeIndividual(db, contact.contactId, individual);
        if (!s.phoneNumber.isEmpty()) {
            dto::CommunicationMeanData phone;
            phone.type = QStringLiteral("MOBILE");
            phone.value = s.phonePrefix.isEmpty() ? s.phoneNumber : s.phonePrefix + QLatin1Char(' ') + s.phoneNumber;
            phone.main = true;
            store::replaceCommunicationMeans(db, institutionId, contact.contactId, {phone});
        }
        if (linked)
            store::insertSocialLink(db, institutionId, p.provider, p.providerUserReference, contact.contactId);
        transaction.commit();
        result.contactNumber = contact.contactNumber;
        result.contactId = contact.contactId;
        result.lastModificationDate = contact.lastModificationDate;
        result.statusDetail = QStringLiteral("Contact created");
    });
}

} // namespace contactdesk::sandbox
