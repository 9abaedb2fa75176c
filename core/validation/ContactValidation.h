#pragma once

// The contract's rules for what a contact save sends (CONTRACT.md 1.5), checked before any call.
// Every problem is an ApiError of kind Validation whose `field` is a path relative to the saved
// object (validation/FieldPath.h) and whose message says, in words for the user, what is wrong.
// An empty list means the data can be sent.

#include "api/ApiError.h"
#include "dto/ContactInformationTypes.h"

#include <QDate>
#include <QList>

namespace contactdesk::validation {

// The allowed values of the contract's enumerations the editors offer.
QStringList individualTitles();     // MR MRS MISS MR_AND_MRS UNDEFINED
QStringList addressTypes();         // MAIN SHIPMENT BILLING
QStringList communicationTypes();   // EMAIL PHONE MOBILE FAX WEB
QStringList memberRoles();          // RELAY MEMBER

QList<ApiError> validateIndividualData(const dto::IndividualData &identity, const QDate &today,
                                       const QString &pathPrefix = QStringLiteral("individualContact"));
QList<ApiError> validateAddresses(const QList<dto::ContactAddressData> &addresses);
QList<ApiError> validateCommunicationMeans(const QList<dto::CommunicationMeanData> &means);

// Everything of an individual save that needs no reference data. A new ticket-shop password
// (non-empty) must follow the password rules; a login needs at most 100 characters.
QList<ApiError> validateIndividual(const dto::IndividualContactData &data, const QDate &today);

// Criteria against the institution's definitions (getAvailableContactCriteria): list values must
// be element codes (one unless `multiple`), BOOLEAN true/false, DATE yyyy-mm-dd, NUMBER a number,
// TEXT at most 2000 characters. A criterion the definitions do not know is left to the server.
QList<ApiError> validateCriteria(const QList<dto::ExternalContactCriterionData> &criteria,
                                 const QList<dto::ContactCriterion> &definitions);

// A structure save: name required, lengths, addresses and means as for an individual.
QList<ApiError> validateStructure(const dto::StructureContactData &data);

// Administrative numbers against their definitions (getAvailableAdministrativeNumbers): a known
// code, a value that matches the definition's pattern. Paths are "administrativeNumbers[i].value"
// (pathPrefix is put in front, with a '.', when not empty).
QList<ApiError> validateAdministrativeNumbers(const QList<dto::AdministrativeNumberData> &numbers,
                                              const QList<dto::AvailableAdministrativeNumber> &definitions,
                                              const QString &pathPrefix = {});

// A member save (saveStructureMember): a role from the list, emails and phones by their rules.
QList<ApiError> validateStructureMember(const dto::StructureMemberData &member, const QDate &today);

// The first problem about exactly `field`, or null.
const ApiError *problemFor(const QList<ApiError> &problems, const QString &field);

} // namespace contactdesk::validation
