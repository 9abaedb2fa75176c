#pragma once

// Rows of a contact and everything hanging off it: read as the contract's DTOs, written
// section by section. No rule is checked here (the domain does that); every function
// throws StoreError on an SQL failure and runs inside the caller's transaction.

#include "dto/ContactInformationTypes.h"
#include "store/Crypto.h"

#include <QSqlDatabase>

#include <optional>

namespace contactdesk::sandbox::store {

struct ContactRecord {
    qint64 contactId = 0;
    qint64 institutionId = 0;
    QString contactNumber;
    QString contactType; // INDIVIDUAL | STRUCTURE
    QString role;        // PUBLIC | RELAY | MEMBER | SUBSIDIARY
    std::optional<qint64> identifier;
    QDateTime creationDate;
    QDateTime lastModificationDate;
    QDateTime endValidityDate;
    QString function;
    QString email;
    QString login;
    PasswordHash password; // empty when the contact has no password
    int failedLogins = 0;
    QDateTime lockedUntil;
    bool hasWarning = false;
    dto::StringMap createdFrom;
};

// Which sections of a ContactDataResult to fill (DetailLevel of CONTRACT.md 1.5).
struct DetailSet {
    bool general = true;
    bool addresses = false;
    bool communicationMeans = false;
    bool authorizations = false;
    bool criteria = false;
    bool advantages = false;
    bool photo = false;
};

// Contact numbers: the contact id, zero-padded to ten digits ("0000012345").
QString contactNumberFor(qint64 contactId);
qint64 allocateContactId(const QSqlDatabase &db);

std::optional<ContactRecord> findContactByNumber(const QSqlDatabase &db, qint64 institutionId, const QString &number);
std::optional<ContactRecord> findContactById(const QSqlDatabase &db, qint64 institutionId, qint64 contactId);
std::optional<ContactRecord> findContactByIdentifier(const QSqlDatabase &db, qint64 institutionId, qint64 identifier);
std::optional<ContactRecord> findContactByLogin(const QSqlDatabase &db, qint64 institutionId, const QString &login);
// The PUBLIC contact with a login whose main email is `email` (at most one exists).
std::optional<ContactRecord> findPublicLoginByEmail(const QSqlDatabase &db, qint64 institutionId, const QString &email);
// Another PUBLIC contact than `exceptContactId` with a login and this email?
bool publicLoginEmailTaken(const QSqlDatabase &db, qint64 institutionId, const QString &email, qint64 exceptContactId);
bool loginTaken(const QSqlDatabase &db, qint64 institutionId, const QString &login, qint64 exceptContactId);

QString foldLogin(const QString &login);

void insertContact(const QSqlDatabase &db, const ContactRecord &record);
void updateContact(const QSqlDatabase &db, const ContactRecord &record);
void updateLoginState(const QSqlDatabase &db, qint64 contactId, int failedLogins, const QDateTime &lockedUntil);
void updatePassword(const QSqlDatabase &db, qint64 contactId, const PasswordHash &password);

std::optional<dto::IndividualData> readIndividual(const QSqlDatabase &db, qint64 contactId, bool withPhoto);
void writeIndividual(const QSqlDatabase &db, qint64 contactId, const dto::IndividualData &individual);
std::optional<dto::StructureData> readStructure(const QSqlDatabase &db, qint64 contactId); // without lists/relay
void writeStructure(const QSqlDatabase &db, qint64 contactId, const dto::StructureData &structure);

QList<qint64> addressIdsOf(const QSqlDatabase &db, qint64 contactId);
void replaceAddresses(const QSqlDatabase &db, qint64 institutionId, qint64 contactId,
                      const QList<dto::ContactAddressData> &addresses);
void replaceCommunicationMeans(const QSqlDatabase &db, qint64 institutionId, qint64 contactId,
                               const QList<dto::CommunicationMeanData> &means);
void replaceAuthorizations(const QSqlDatabase &db, qint64 institutionId, qint64 contactId,
                           const QList<dto::AuthorizationData> &authorizations, const QDateTime &now);
void replaceCriteria(const QSqlDatabase &db, qint64 institutionId, qint64 contactId,
                     const QList<dto::ExternalContactCriterionData> &criteria);
void replaceAdministrativeNumbers(const QSqlDatabase &db, qint64 contactId,
                                  const QList<dto::AdministrativeNumberData> &numbers);
QList<dto::AdministrativeNumberData> readAdministrativeNumbers(const QSqlDatabase &db, qint64 contactId);

// The contacts with these ids, in this order, filled as `details` asks (unknown ids skipped).
QList<dto::ContactDataResult> loadContacts(const QSqlDatabase &db, const QList<qint64> &contactIds,
                                           const DetailSet &details);

// ---- structure members ----
struct MemberRecord {
    qint64 structureId = 0;
    qint64 memberId = 0;
    QString role; // RELAY | MEMBER
    QString function;
    QString professionalEmail;
    QString professionalPhone;
    QDateTime startDate;
    QDateTime endDate;
};

std::optional<MemberRecord> findMember(const QSqlDatabase &db, qint64 structureId, qint64 memberId);
std::optional<qint64> relayOf(const QSqlDatabase &db, qint64 structureId);
QList<MemberRecord> membersOf(const QSqlDatabase &db, qint64 structureId);
void upsertMember(const QSqlDatabase &db, const MemberRecord &member);
void deleteMember(const QSqlDatabase &db, qint64 structureId, qint64 memberId);
bool isRelayOfAnyStructure(const QSqlDatabase &db, qint64 memberId);
void updateRole(const QSqlDatabase &db, qint64 contactId, const QString &role);
void touchContact(const QSqlDatabase &db, qint64 contactId, const QDateTime &lastModificationDate);
// Changes a member's role in one structure (RELAY <-> MEMBER).
void setMemberRole(const QSqlDatabase &db, qint64 structureId, qint64 memberId, const QString &role);

} // namespace contactdesk::sandbox::store
