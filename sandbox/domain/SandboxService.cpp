// SandboxService: construction, the static data, and the operations of
// ContactInformationPublicService v2_21 (the authentication, social-login and Symphony
// operations live in their own files).

#include "domain/SandboxService.h"

#include "domain/CallRunner.h"
#include "domain/ContactValidation.h"
#include "domain/OperatorCheckCache.h"
#include "domain/ReferenceCache.h"
#include "store/ContactSearch.h"
#include "store/ContactStore.h"
#include "store/Database.h"
#include "store/Outbox.h"
#include "store/TokenStore.h"

namespace contactdesk::sandbox {

using namespace domain;

SandboxService::SandboxService(std::shared_ptr<store::Database> database)
    : m_database(std::move(database)),
      m_references(std::make_unique<ReferenceCache>()),
      m_operatorChecks(std::make_unique<OperatorCheckCache>())
{
}

SandboxService::~SandboxService() = default;

store::Database &SandboxService::database() const
{
    return *m_database;
}

QJsonArray SandboxService::outbox(int limit) const
{
    store::Transaction transaction(*m_database, store::Transaction::Kind::Read);
    return store::readOutbox(transaction.db(), limit);
}

namespace {

const QString individualType = QStringLiteral("INDIVIDUAL");
const QString structureType = QStringLiteral("STRUCTURE");
const QString publicRole = QStringLiteral("PUBLIC");
const QString relayRole = QStringLiteral("RELAY");
const QString memberRole = QStringLiteral("MEMBER");

store::DetailSet detailSetFor(const QStringList &details)
{
    store::DetailSet set;
    if (details.isEmpty())
        return set; // GENERAL
    set.general = details.contains(QStringLiteral("GENERAL"));
    set.addresses = details.contains(QStringLiteral("ADDRESSES"));
    set.communicationMeans = details.contains(QStringLiteral("COM_MEANS"));
    set.authorizations = details.contains(QStringLiteral("AUTHORIZATIONS"));
    set.criteria = details.contains(QStringLiteral("CRITERIA"));
    set.advantages = details.contains(QStringLiteral("ADVANTAGES"));
    set.photo = details.contains(QStringLiteral("INDIVIDUAL_PHOTO"));
    return set;
}

void mergeIndividual(dto::IndividualData &stored, const dto::IndividualData &sent)
{
    if (!sent.individualTitle.isNull())
        stored.individualTitle = sent.individualTitle;
    if (!sent.individualFirstName.isNull())
        stored.individualFirstName = sent.individualFirstName;
    if (!sent.individualLastName.isNull())
        stored.individualLastName = sent.individualLastName;
    if (sent.individualBirthDate.isValid())
        stored.individualBirthDate = sent.individualBirthDate;
    if (!sent.individualLanguage.isNull())
        stored.individualLanguage = sent.individualLanguage;
    if (!sent.remark.isNull())
        stored.remark = sent.remark;
    if (!sent.photo.isNull())
        stored.photo = sent.photo;
}

void mergeStructure(dto::StructureData &stored, const dto::StructureData &sent)
{
    if (!sent.structureName.isNull())
        stored.structureName = sent.structureName;
    if (!sent.structureCode.isNull())
        stored.structureCode = sent.structureCode;
    if (!sent.structureTypeCode.isNull())
        stored.structureTypeCode = sent.structureTypeCode;
    if (!sent.addressName1.isNull())
        stored.addressName1 = sent.addressName1;
    if (!sent.addressName2.isNull())
        stored.addressName2 = sent.addressName2;
    if (!sent.webSite.isNull())
        stored.webSite = sent.webSite;
    if (sent.numberOfEmployees)
        stored.numberOfEmployees = sent.numberOfEmployees;
}

// An individual that belongs to structures only (not PUBLIC) is RELAY while it is the
// relay of a structure, MEMBER otherwise.
void refreshMemberRole(const QSqlDatabase &db, const store::ContactRecord &contact)
{
    if (contact.role == publicRole)
        return;
    store::updateRole(db, contact.contactId, store::isRelayOfAnyStructure(db, contact.contactId) ? relayRole : memberRole);
}

void refreshMemberRole(const QSqlDatabase &db, qint64 institutionId, qint64 contactId)
{
    if (const auto contact = store::findContactById(db, institutionId, contactId))
        refreshMemberRole(db, *contact);
}

// The structure's relay becomes `relayId` (a member with role RELAY); the previous
// relay stays a MEMBER. Exactly one relay per structure at every commit.
void makeRelay(const QSqlDatabase &db, qint64 institutionId, qint64 structureId, qint64 relayId)
{
    const std::optional<qint64> previous = store::relayOf(db, structureId);
    if (previous && *previous == relayId)
        return;
    if (previous)
        store::setMemberRole(db, structureId, *previous, memberRole);
    store::MemberRecord member;
    if (const auto existing = store::findMember(db, structureId, relayId))
        member = *existing;
    member.structureId = structureId;
    member.memberId = relayId;
    member.role = relayRole;
    store::upsertMember(db, member);
    if (previous)
        refreshMemberRole(db, institutionId, *previous);
    refreshMemberRole(db, institutionId, relayId);
}

store::ContactRecord requireContact(const QSqlDatabase &db, qint64 institutionId, const FieldPath &path,
                                    const QString &number)
{
    auto contact = store::findContactByNumber(db, institutionId, number);
    if (!contact)
        fail(contract::statusNotFound, path.text() + QStringLiteral(": no contact with this number"));
    return *contact;
}

void requireType(const FieldPath &path, const store::ContactRecord &contact, const QString &type)
{
    if (contact.contactType != type) {
        failInvalid(path.text(), QStringLiteral("contact %1 is a %2, not a %3")
                                     .arg(contact.contactNumber, contact.contactType, type));
    }
}

void checkExpectedModification(const FieldPath &path, const QDateTime &expected, const store::ContactRecord &contact)
{
    if (expected.isValid() && expected.toMSecsSinceEpoch() != contact.lastModificationDate.toMSecsSinceEpoch()) {
        fail(contract::statusConflict, path.text() + QStringLiteral(": the contact was changed since (now %1)")
                                                         .arg(contact.lastModificationDate.toString(Qt::ISODateWithMs)));
    }
}

dto::ContactSaveResult saveResultFor(const store::ContactRecord &contact, const QString &detail)
{
    dto::ContactSaveResult result;
    result.contactNumber = contact.contactNumber;
    result.contactId = contact.contactId;
    result.lastModificationDate = contact.lastModificationDate;
    result.statusDetail = detail;
    return result;
}

// Address ids sent back by a caller must be ids of this contact's addresses.
void checkAddressIds(const QSqlDatabase &db, const FieldPath &path, qint64 contactId,
                     const QList<dto::ContactAddressData> &addresses)
{
    const QList<qint64> own = contactId ? store::addressIdsOf(db, contactId) : QList<qint64>();
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        if (addresses[i].addressId && !own.contains(*addresses[i].addressId))
            failInvalid(path.index(i).field(u"addressId").text(), QStringLiteral("not an address of this contact"));
    }
}

store::ContactRecord newContact(const QSqlDatabase &db, qint64 institutionId, const QString &type, const QString &role,
                                const QDateTime &now, const CallContext &ctx, const QString &source)
{
    store::ContactRecord record;
    record.contactId = store::allocateContactId(db);
    record.institutionId = institutionId;
    record.contactNumber = store::contactNumberFor(record.contactId);
    record.contactType = type;
    record.role = role;
    record.creationDate = now;
    record.createdFrom.insert(QStringLiteral("source"), source);
    if (!ctx.operatorLogin.isEmpty())
        record.createdFrom.insert(QStringLiteral("operator"), ctx.operatorLogin);
    return record;
}

} // namespace

// ---------------------------------------------------------------- getContactData

dto::ContactDataResult SandboxService::getContactData(const dto::GetContactDataParams &p, const CallContext &ctx)
{
    return runCall<dto::ContactDataResult>("getContactData", [&](dto::ContactDataResult &result) {
        checkContactNumber(FieldPath(QStringLiteral("contactNumber")), p.contactNumber);
        for (qsizetype i = 0; i < p.details.size(); ++i)
            checkEnum(FieldPath(QStringLiteral("details")).index(i), p.details[i], detailLevels);
        const auto institution = m_references->institution(*m_database, ctx.institution);
        store::Transaction transaction(*m_database, store::Transaction::Kind::Read);
        const auto contact = requireContact(transaction.db(), institution->institution.institutionId,
                                            FieldPath(QStringLiteral("contactNumber")), p.contactNumber);
        const auto loaded = store::loadContacts(transaction.db(), {contact.contactId}, detailSetFor(p.details));
        if (loaded.isEmpty())
            fail(contract::statusNotFound, QStringLiteral("contactNumber: no contact with this number"));
        result = loaded.first();
    });
}

// ---------------------------------------------------------------- searchContactByCriteria

dto::ContactSearchResult SandboxService::searchContactByCriteria(const dto::SearchContactByCriteriaParams &p,
                                                                 const CallContext &ctx)
{
    return runCall<dto::ContactSearchResult>("searchContactByCriteria", [&](dto::ContactSearchResult &result) {
        const dto::ContactSearchCriteria &c = p.searchCriteria;
        const FieldPath root(QStringLiteral("searchCriteria"));
        const auto institution = m_references->institution(*m_database, ctx.institution);
        if (!c.contactNumber.isEmpty()) {
            if (!isDigitsOnly(c.contactNumber.trimmed()))
                failInvalid(root.field(u"contactNumber").text(), QStringLiteral("digits only"));
            checkMaxLength(root.field(u"contactNumber"), c.contactNumber, maxContactNumberLength);
        }
        checkMaxLength(root.field(u"lastName"), c.lastName, maxNameLength);
        checkMaxLength(root.field(u"firstName"), c.firstName, maxNameLength);
        checkMaxLength(root.field(u"structureName"), c.structureName, maxNameLength);
        checkMaxLength(root.field(u"email"), c.email, maxNameLength);
        checkMaxLength(root.field(u"phoneNumber"), c.phoneNumber, 30);
        if (!c.phoneNumber.trimmed().isEmpty() && !isValidPhone(c.phoneNumber.trimmed() + QStringLiteral("000000"))) {
            failInvalid(root.field(u"phoneNumber").text(),
                        QStringLiteral("digits, spaces and + . - / ( ) only"));
        }
        checkMaxLength(root.field(u"zipCode"), c.zipCode, maxZipLength);
        checkMaxLength(root.field(u"town"), c.town, maxTownLength);
        checkEnum(root.field(u"contactType"), c.contactType, contactTypeFilters);
        if (!c.criterionValue.isEmpty() && c.criterionCode.isEmpty())
            failInvalid(root.field(u"criterionCode").text(), QStringLiteral("mandatory when criterionValue is given"));
        if (!c.criterionCode.isEmpty()) {
            const dto::ContactCriterion *criterion = institution->criterion(c.criterionCode);
            if (!criterion)
                failInvalid(root.field(u"criterionCode").text(), QStringLiteral("unknown criterion code"));
            if (!c.criterionValue.isEmpty())
                validateCriterionValue(root.field(u"criterionValue"), *criterion, c.criterionValue);
        }
        if (!c.authorizationCode.isEmpty() && !institution->authorization(c.authorizationCode))
            failInvalid(root.field(u"authorizationCode").text(), QStringLiteral("unknown authorization code"));
        checkPaging(root, c.firstResult, c.maxResults);
        const int first = c.firstResult.value_or(0);
        const int max = c.maxResults.value_or(contract::searchDefaultMaxResults);

        store::Transaction transaction(*m_database, store::Transaction::Kind::Read);
        const store::ContactSearchPage page =
            store::searchContacts(transaction.db(), institution->institution.institutionId, c, first, max);
        result.contacts = store::loadContacts(transaction.db(), page.contactIds, store::DetailSet{});
        result.totalNumber = page.totalNumber;
        result.statusDetail = QStringLiteral("%1 contacts found").arg(page.totalNumber);
    });
}

// ---------------------------------------------------------------- saveIndividualContactData

dto::ContactSaveResult SandboxService::saveIndividualContactData(const dto::SaveIndividualContactDataParams &p,
                                                                 const CallContext &ctx)
{
    return runCall<dto::ContactSaveResult>("saveIndividualContactData", [&](dto::ContactSaveResult &result) {
        const dto::IndividualContactData &d = p.individualContactData;
        const FieldPath root(QStringLiteral("individualContactData"));
        const QDateTime now = callTime(ctx);
        const auto institution = m_references->institution(*m_database, ctx.institution);
        const qint64 institutionId = institution->institution.institutionId;

        // Everything that needs no database first.
        if (!d.contactNumber.isEmpty())
            checkContactNumber(root.field(u"contactNumber"), d.contactNumber);
        if (d.individualContact)
            validateIndividualData(root.field(u"individualContact"), *d.individualContact, now.date());
        checkEmail(root.field(u"email"), d.email);
        checkMaxLength(root.field(u"function"), d.function, maxFunctionLength);
        if (d.addresses)
            validateAddresses(root.field(u"addresses"), *d.addresses);
        if (d.communicationMeans)
            validateCommunicationMeans(root.field(u"communicationMeans"), *d.communicationMeans);
        if (d.authorizations)
            validateAuthorizations(root.field(u"authorizations"), *d.authorizations, *institution);
        if (d.contactCriteria)
            validateCriteria(root.field(u"contactCriteria"), *d.contactCriteria, *institution);
        if (!d.login.isEmpty()) {
            checkMaxLength(root.field(u"login"), d.login, maxLoginLength);
            if (d.login.trimmed() != d.login || d.login.contains(QLatin1Char(' ')))
                failInvalid(root.field(u"login").text(), QStringLiteral("must not contain spaces"));
        }
        if (!d.password.isEmpty())
            checkNewPassword(root.field(u"password"), d.password);

        store::Transaction transaction(*m_database, store::Transaction::Kind::Write);
        const QSqlDatabase &db = transaction.db();
        store::ContactRecord contact;
        dto::IndividualData individual;
        bool creating = false;
        if (!d.contactNumber.isEmpty()) {
            contact = requireContact(db, institutionId, root.field(u"contactNumber"), d.contactNumber);
            requireType(root.field(u"contactNumber"), contact, individualType);
            checkExpectedModification(root.field(u"expectedLastModificationDate"), d.expectedLastModificationDate,
                                      contact);
            individual = store::readIndividual(db, contact.contactId, true).value_or(dto::IndividualData{});
        } else {
            if (d.identifier) {
                if (const auto existing = store::findContactByIdentifier(db, institutionId, *d.identifier)) {
                    requireType(root.field(u"identifier"), *existing, individualType);
                    result = saveResultFor(*existing, QStringLiteral("Contact already created with this identifier"));
                    return; // nothing written: the retried create returns the first one
                }
            }
            creating = true;
            contact = newContact(db, institutionId, individualType, publicRole, now, ctx, QStringLiteral("API"));
            contact.identifier = d.identifier;
        }
        if (d.individualContact)
            mergeIndividual(individual, *d.individualContact);
        if (individual.individualLastName.trimmed().isEmpty())
            failInvalid(root.field(u"individualContact").field(u"individualLastName").text(), QStringLiteral("mandatory"));

        if (!d.email.isNull())
            contact.email = d.email;
        if (!d.function.isNull())
            contact.function = d.function;
        if (!d.login.isNull()) {
            if (d.login.isEmpty()) {
                contact.login.clear();
                contact.password = {};
            } else {
                if (store::loginTaken(db, institutionId, d.login, contact.contactId))
                    failInvalid(root.field(u"login").text(), QStringLiteral("already used by another contact"));
                contact.login = d.login;
            }
        }
        if (!d.password.isEmpty()) {
            if (contact.login.isEmpty())
                failInvalid(root.field(u"password").text(), QStringLiteral("a password needs a login"));
            contact.password = store::hashPassword(d.password);
            contact.failedLogins = 0;
            contact.lockedUntil = {};
        }
        if (!contact.login.isEmpty() && contact.password.hash.isEmpty())
            failInvalid(root.field(u"password").text(), QStringLiteral("mandatory when a login is set"));
        if (contact.role == publicRole && !contact.login.isEmpty() && !contact.email.isEmpty()
            && store::publicLoginEmailTaken(db, institutionId, contact.email, contact.contactId)) {
            failInvalid(root.field(d.login.isEmpty() ? u"email" : u"login").text(),
                        QStringLiteral("another PUBLIC contact with this email already has a login "
                                       "(one PUBLIC login per email)"));
        }
        if (d.addresses)
            checkAddressIds(db, root.field(u"addresses"), creating ? 0 : contact.contactId, *d.addresses);

        contact.lastModificationDate = nextModification(contact.lastModificationDate, now);
        if (creating)
            store::insertContact(db, contact);
        else
            store::updateContact(db, contact);
        store::writeIndividual(db, contact.contactId, individual);
        if (!d.password.isEmpty() && !creating)
            store::deleteRememberMeOfContact(db, contact.contactId);
        if (d.addresses)
            store::replaceAddresses(db, institutionId, contact.contactId, *d.addresses);
        if (d.communicationMeans)
            store::replaceCommunicationMeans(db, institutionId, contact.contactId, *d.communicationMeans);
        if (d.authorizations)
            store::replaceAuthorizations(db, institutionId, contact.contactId, *d.authorizations, now);
        if (d.contactCriteria)
            store::replaceCriteria(db, institutionId, contact.contactId, *d.contactCriteria);
        transaction.commit();
        result = saveResultFor(contact, creating ? QStringLiteral("Contact created") : QStringLiteral("Contact updated"));
    });
}

// ---------------------------------------------------------------- saveStructureContactData

dto::ContactSaveResult SandboxService::saveStructureContactData(const dto::SaveStructureContactDataParams &p,
                                                                const CallContext &ctx)
{
    return runCall<dto::ContactSaveResult>("saveStructureContactData", [&](dto::ContactSaveResult &result) {
        const dto::StructureContactData &d = p.structureContactData;
        const FieldPath root(QStringLiteral("structureContactData"));
        const FieldPath structurePath = root.field(u"structureContact");
        const QDateTime now = callTime(ctx);
        const auto institution = m_references->institution(*m_database, ctx.institution);
        const qint64 institutionId = institution->institution.institutionId;

        if (!d.contactNumber.isEmpty())
            checkContactNumber(root.field(u"contactNumber"), d.contactNumber);
        if (d.structureContact)
            validateStructureData(structurePath, *d.structureContact, *institution);
        checkEmail(root.field(u"email"), d.email);
        if (d.addresses)
            validateAddresses(root.field(u"addresses"), *d.addresses);
        if (d.communicationMeans)
            validateCommunicationMeans(root.field(u"communicationMeans"), *d.communicationMeans);
        if (d.contactCriteria)
            validateCriteria(root.field(u"contactCriteria"), *d.contactCriteria, *institution);

        store::Transaction transaction(*m_database, store::Transaction::Kind::Write);
        const QSqlDatabase &db = transaction.db();
        store::ContactRecord contact;
        dto::StructureData structure;
        bool creating = false;
        if (!d.contactNumber.isEmpty()) {
            contact = requireContact(db, institutionId, root.field(u"contactNumber"), d.contactNumber);
            requireType(root.field(u"contactNumber"), contact, structureType);
            checkExpectedModification(root.field(u"expectedLastModificationDate"), d.expectedLastModificationDate,
                                      contact);
            structure = store::readStructure(db, contact.contactId).value_or(dto::StructureData{});
        } else {
            if (d.identifier) {
                if (const auto existing = store::findContactByIdentifier(db, institutionId, *d.identifier)) {
                    requireType(root.field(u"identifier"), *existing, structureType);
                    result = saveResultFor(*existing, QStringLiteral("Contact already created with this identifier"));
                    return;
                }
            }
            creating = true;
            contact = newContact(db, institutionId, structureType, publicRole, now, ctx, QStringLiteral("API"));
            contact.identifier = d.identifier;
        }
        if (d.structureContact)
            mergeStructure(structure, *d.structureContact);
        if (structure.structureName.trimmed().isEmpty())
            failInvalid(structurePath.field(u"structureName").text(), QStringLiteral("mandatory"));

        // Every structure has exactly one relay, an individual.
        std::optional<qint64> newRelay;
        const QString relayNumber = d.structureContact ? d.structureContact->relayContactNumber : QString();
        if (!relayNumber.isEmpty()) {
            const auto relay = store::findContactByNumber(db, institutionId, relayNumber);
            if (!relay)
                failInvalid(structurePath.field(u"relayContactNumber").text(), QStringLiteral("no contact with this number"));
            if (relay->contactType != individualType)
                failInvalid(structurePath.field(u"relayContactNumber").text(), QStringLiteral("the relay must be an individual"));
            newRelay = relay->contactId;
        } else if (creating) {
            failInvalid(structurePath.field(u"relayContactNumber").text(),
                        QStringLiteral("mandatory for a new structure (every structure has one relay)"));
        }
        if (!d.email.isNull())
            contact.email = d.email;
        if (d.addresses)
            checkAddressIds(db, root.field(u"addresses"), creating ? 0 : contact.contactId, *d.addresses);

        contact.lastModificationDate = nextModification(contact.lastModificationDate, now);
        if (creating)
            store::insertContact(db, contact);
        else
            store::updateContact(db, contact);
        store::writeStructure(db, contact.contactId, structure);
        if (d.structureContact && !d.structureContact->administrativeNumbers.isEmpty())
            store::replaceAdministrativeNumbers(db, contact.contactId, d.structureContact->administrativeNumbers);
        if (newRelay)
            makeRelay(db, institutionId, contact.contactId, *newRelay);
        if (d.addresses)
            store::replaceAddresses(db, institutionId, contact.contactId, *d.addresses);
        if (d.communicationMeans)
            store::replaceCommunicationMeans(db, institutionId, contact.contactId, *d.communicationMeans);
        if (d.contactCriteria)
            store::replaceCriteria(db, institutionId, contact.contactId, *d.contactCriteria);
        transaction.commit();
        result = saveResultFor(contact, creating ? QStringLiteral("Contact created") : QStringLiteral("Contact updated"));
    });
}

// ---------------------------------------------------------------- saveStructureAdministrativeNumbers

dto::WebMethodResult SandboxService::saveStructureAdministrativeNumbers(
    const dto::SaveStructureAdministrativeNumbersParams &p, const CallContext &ctx)
{
    return runCall<dto::WebMethodResult>("saveStructureAdministrativeNumbers", [&](dto::WebMethodResult &result) {
        const FieldPath numberPath(QStringLiteral("structureContactNumber"));
        checkContactNumber(numberPath, p.structureContactNumber);
        const auto institution = m_references->institution(*m_database, ctx.institution);
        validateAdministrativeNumbers(FieldPath(QStringLiteral("administrativeNumbers")), p.administrativeNumbers,
                                      *institution);
        store::Transaction transaction(*m_database, store::Transaction::Kind::Write);
        const QSqlDatabase &db = transaction.db();
        const auto structure =
            requireContact(db, institution->institution.institutionId, numberPath, p.structureContactNumber);
        requireType(numberPath, structure, structureType);
        store::replaceAdministrativeNumbers(db, structure.contactId, p.administrativeNumbers);
        store::touchContact(db, structure.contactId, nextModification(structure.lastModificationDate, callTime(ctx)));
        transaction.commit();
        result.statusDetail = QStringLiteral("%1 administrative numbers saved").arg(p.administrativeNumbers.size());
    });
}

// ---------------------------------------------------------------- saveStructureMember

dto::ContactSaveResult SandboxService::saveStructureMember(const dto::SaveStructureMemberParams &p,
                                                           const CallContext &ctx)
{
    return runCall<dto::ContactSaveResult>("saveStructureMember", [&](dto::ContactSaveResult &result) {
        const dto::StructureMemberData &d = p.structureMemberData;
        const FieldPath root(QStringLiteral("structureMemberData"));
        const QDateTime now = callTime(ctx);
        const auto institution = m_references->institution(*m_database, ctx.institution);
        const qint64 institutionId = institution->institution.institutionId;

        checkContactNumber(root.field(u"structureContactNumber"), d.structureContactNumber);
        if (!d.memberContactNumber.isEmpty())
            checkContactNumber(root.field(u"memberContactNumber"), d.memberContactNumber);
        if (d.individualContact)
            validateIndividualData(root.field(u"individualContact"), *d.individualContact, now.date());
        checkMaxLength(root.field(u"function"), d.function, maxFunctionLength);
        checkEnum(root.field(u"memberRole"), d.memberRole, memberRoles);
        checkEmail(root.field(u"professionalEmail"), d.professionalEmail);
        checkPhone(root.field(u"professionalPhone"), d.professionalPhone);
        if (d.startDate.isValid() && d.endDate.isValid() && d.endDate < d.startDate)
            failInvalid(root.field(u"endDate").text(), QStringLiteral("must not be before startDate"));

        store::Transaction transaction(*m_database, store::Transaction::Kind::Write);
        const QSqlDatabase &db = transaction.db();
        auto structure =
            requireContact(db, institutionId, root.field(u"structureContactNumber"), d.structureContactNumber);
        requireType(root.field(u"structureContactNumber"), structure, structureType);

        store::ContactRecord member;
        bool creating = false;
        if (!d.memberContactNumber.isEmpty()) {
            member = requireContact(db, institutionId, root.field(u"memberContactNumber"), d.memberContactNumber);
            requireType(root.field(u"memberContactNumber"), member, individualType);
        } else {
            if (!d.individualContact || d.individualContact->individualLastName.trimmed().isEmpty()) {
                failInvalid(root.field(u"individualContact").field(u"individualLastName").text(),
                            QStringLiteral("mandatory when memberContactNumber is absent"));
            }
            // A retried create finds the member it created the first time (same names and
            // birth date in the same structure) instead of adding a second one.
            for (const store::MemberRecord &existing : store::membersOf(db, structure.contactId)) {
                const auto individual = store::readIndividual(db, existing.memberId, false);
                if (individual && individual->individualLastName == d.individualContact->individualLastName
                    && individual->individualFirstName == d.individualContact->individualFirstName
                    && individual->individualBirthDate == d.individualContact->individualBirthDate) {
                    member = *store::findContactById(db, institutionId, existing.memberId);
                    break;
                }
            }
            if (member.contactId == 0) {
                creating = true;
                member = newContact(db, institutionId, individualType, d.memberRole.isEmpty() ? memberRole : d.memberRole, now, ctx,
                                    QStringLiteral("saveStructureMember"));
                member.email = d.professionalEmail;
                member.function = d.function;
            }
        }
        const std::optional<store::MemberRecord> previous = store::findMember(db, structure.contactId, member.contactId);
        const std::optional<qint64> relay = store::relayOf(db, structure.contactId);
        // An absent memberRole keeps the role of an existing member (MEMBER for a new one).
        const QString role = !d.memberRole.isEmpty() ? d.memberRole : previous ? previous->role : memberRole;
        if (role == memberRole && relay && *relay == member.contactId) {
            failInvalid(root.field(u"memberRole").text(),
                        QStringLiteral("this member is the structure's relay; name another relay first "
                                       "(every structure has exactly one relay)"));
        }

        member.lastModificationDate = nextModification(member.lastModificationDate, now);
        if (creating) {
            store::insertContact(db, member);
            store::writeIndividual(db, member.contactId, *d.individualContact);
        } else {
            if (d.individualContact) {
                dto::IndividualData individual =
                    store::readIndividual(db, member.contactId, true).value_or(dto::IndividualData{});
                mergeIndividual(individual, *d.individualContact);
                if (individual.individualLastName.trimmed().isEmpty()) {
                    failInvalid(root.field(u"individualContact").field(u"individualLastName").text(),
                                QStringLiteral("mandatory"));
                }
                store::writeIndividual(db, member.contactId, individual);
            }
            store::touchContact(db, member.contactId, member.lastModificationDate);
        }
        store::MemberRecord record = previous.value_or(store::MemberRecord{});
        record.structureId = structure.contactId;
        record.memberId = member.contactId;
        record.role = (relay && *relay == member.contactId) ? relayRole : memberRole;
        if (!d.function.isNull())
            record.function = d.function;
        if (!d.professionalEmail.isNull())
            record.professionalEmail = d.professionalEmail;
        if (!d.professionalPhone.isNull())
            record.professionalPhone = d.professionalPhone;
        if (d.startDate.isValid())
            record.startDate = d.startDate;
        if (d.endDate.isValid())
            record.endDate = d.endDate;
        store::upsertMember(db, record);
        if (role == relayRole)
            makeRelay(db, institutionId, structure.contactId, member.contactId);
        else if (!relay)
            failInvalid(root.field(u"memberRole").text(), QStringLiteral("the structure has no relay: name one (RELAY)"));
        refreshMemberRole(db, institutionId, member.contactId);
        store::touchContact(db, structure.contactId, nextModification(structure.lastModificationDate, now));
        transaction.commit();
        result = saveResultFor(member, creating ? QStringLiteral("Member created")
                                       : previous ? QStringLiteral("Member updated")
                                                  : QStringLiteral("Member added"));
    });
}

// ---------------------------------------------------------------- deleteStructureMember

dto::WebMethodResult SandboxService::deleteStructureMember(const dto::DeleteStructureMemberParams &p,
                                                           const CallContext &ctx)
{
    return runCall<dto::WebMethodResult>("deleteStructureMember", [&](dto::WebMethodResult &result) {
        const FieldPath structurePath(QStringLiteral("structureContactNumber"));
        const FieldPath memberPath(QStringLiteral("memberContactNumber"));
        checkContactNumber(structurePath, p.structureContactNumber);
        checkContactNumber(memberPath, p.memberContactNumber);
        const auto institution = m_references->institution(*m_database, ctx.institution);
        const qint64 institutionId = institution->institution.institutionId;
        store::Transaction transaction(*m_database, store::Transaction::Kind::Write);
        const QSqlDatabase &db = transaction.db();
        const auto structure = requireContact(db, institutionId, structurePath, p.structureContactNumber);
        requireType(structurePath, structure, structureType);
        const auto member = requireContact(db, institutionId, memberPath, p.memberContactNumber);
        const auto link = store::findMember(db, structure.contactId, member.contactId);
        if (!link) {
            result.statusDetail = QStringLiteral("Not a member (nothing to delete)");
            return; // deleting twice is not an error: the call is idempotent
        }
        if (link->role == relayRole) {
            failInvalid(memberPath.text(), QStringLiteral("the relay of a structure cannot be removed; name another "
                                                          "relay first (every structure has exactly one relay)"));
        }
        store::deleteMember(db, structure.contactId, member.contactId);
        refreshMemberRole(db, member);
        store::touchContact(db, structure.contactId, nextModification(structure.lastModificationDate, callTime(ctx)));
        transaction.commit();
        result.statusDetail = QStringLiteral("Member removed");
    });
}

// ---------------------------------------------------------------- listStructureMembersByCriteria

dto::StructureMemberListResult SandboxService::listStructureMembersByCriteria(
    const dto::ListStructureMembersByCriteriaParams &p, const CallContext &ctx)
{
    return runCall<dto::StructureMemberListResult>("listStructureMembersByCriteria",
                                                   [&](dto::StructureMemberListResult &result) {
        const dto::StructureMemberSearchCriteria &c = p.searchCriteria;
        const FieldPath root(QStringLiteral("searchCriteria"));
        if (!c.structureContactNumber.isEmpty())
            checkContactNumber(root.field(u"structureContactNumber"), c.structureContactNumber);
        checkMaxLength(root.field(u"lastName"), c.lastName, maxNameLength);
        checkMaxLength(root.field(u"function"), c.function, maxFunctionLength);
        checkEnum(root.field(u"memberRole"), c.memberRole, memberRoles);
        checkPaging(root, c.firstResult, c.maxResults);
        const auto institution = m_references->institution(*m_database, ctx.institution);
        const qint64 institutionId = institution->institution.institutionId;

        store::Transaction transaction(*m_database, store::Transaction::Kind::Read);
        const QSqlDatabase &db = transaction.db();
        std::optional<qint64> structureId;
        if (!c.structureContactNumber.isEmpty()) {
            const auto structure =
                requireContact(db, institutionId, root.field(u"structureContactNumber"), c.structureContactNumber);
            requireType(root.field(u"structureContactNumber"), structure, structureType);
            structureId = structure.contactId;
        }
        const store::MemberSearchPage page =
            store::searchMembers(db, institutionId, structureId, c, c.firstResult.value_or(0),
                                 c.maxResults.value_or(contract::searchDefaultMaxResults));
        QList<qint64> ids;
        for (const store::MemberRecord &m : page.members) {
            ids << m.memberId;
            ids << m.structureId;
        }
        QHash<qint64, dto::ContactDataResult> contacts;
        for (const dto::ContactDataResult &contact : store::loadContacts(db, ids, store::DetailSet{}))
            contacts.insert(*contact.contactId, contact);
        for (const store::MemberRecord &m : page.members) {
            dto::StructureMemberData member;
            member.structureContactNumber = contacts.value(m.structureId).contactNumber;
            member.memberContactNumber = contacts.value(m.memberId).contactNumber;
            member.individualContact = contacts.value(m.memberId).individualContact;
            member.function = m.function;
            member.memberRole = m.role;
            member.professionalEmail = m.professionalEmail;
            member.professionalPhone = m.professionalPhone;
            member.startDate = m.startDate;
            member.endDate = m.endDate;
            result.members.append(member);
        }
        result.totalNumber = page.totalNumber;
        result.statusDetail = QStringLiteral("%1 members found").arg(page.totalNumber);
    });
}

// ---------------------------------------------------------------- static data

dto::StructureTypeListResult SandboxService::getStructureTypes(const dto::NoParams &, const CallContext &ctx)
{
    return runCall<dto::StructureTypeListResult>("getStructureTypes", [&](dto::StructureTypeListResult &result) {
        result.structureTypes = m_references->institution(*m_database, ctx.institution)->data.structureTypes;
    });
}

dto::ContactCriterionListResult SandboxService::getAvailableContactCriteria(const dto::NoParams &,
                                                                            const CallContext &ctx)
{
    return runCall<dto::ContactCriterionListResult>("getAvailableContactCriteria",
                                                    [&](dto::ContactCriterionListResult &result) {
        result.contactCriteria = m_references->institution(*m_database, ctx.institution)->data.criteria;
    });
}

dto::AuthorizationListResult SandboxService::getAvailableAuthorizations(const dto::NoParams &, const CallContext &ctx)
{
    return runCall<dto::AuthorizationListResult>("getAvailableAutorizations", [&](dto::AuthorizationListResult &result) {
        result.authorizations = m_references->institution(*m_database, ctx.institution)->data.authorizations;
    });
}

dto::AdministrativeNumberListResult SandboxService::getAvailableAdministrativeNumbers(const dto::NoParams &,
                                                                                      const CallContext &ctx)
{
    return runCall<dto::AdministrativeNumberListResult>("getAvailableAdmnistrativeNumbers",
                                                        [&](dto::AdministrativeNumberListResult &result) {
        result.administrativeNumbers =
            m_references->institution(*m_database, ctx.institution)->data.administrativeNumbers;
    });
}

} // namespace contactdesk::sandbox
