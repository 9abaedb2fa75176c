#pragma once

// The contract's rules for the parts of a contact a caller sends, checked before
// anything is written. Each check throws CallFailure (invalid) naming the field.

#include "domain/ReferenceCache.h"
#include "domain/Validation.h"
#include "dto/ContactInformationTypes.h"

namespace contactdesk::sandbox::domain {

// Enumerations of CONTRACT.md 1.5.
inline constexpr const char *titles[] = {"MR", "MRS", "MISS", "MR_AND_MRS", "UNDEFINED"};
inline constexpr const char *detailLevels[] = {"GENERAL", "ADDRESSES", "COM_MEANS", "AUTHORIZATIONS", "CRITERIA",
                                               "QUALITIES", "INVALIDATED_QUALITIES", "INDICATORS", "ADVANTAGES",
                                               "FINANCIAL", "CONNECTIONS", "INDIVIDUAL_PHOTO"};
inline constexpr const char *addressTypes[] = {"MAIN", "SHIPMENT", "BILLING"};
inline constexpr const char *communicationTypes[] = {"EMAIL", "PHONE", "MOBILE", "FAX", "WEB"};
inline constexpr const char *memberRoles[] = {"RELAY", "MEMBER"};
inline constexpr const char *contactTypeFilters[] = {"INDIVIDUAL", "STRUCTURE", "ANY"};
inline constexpr const char *contactTypeScopes[] = {"INDIVIDUAL", "STRUCTURE", "ANY"};
inline constexpr const char *socialProviders[] = {"NONE", "FACEBOOK", "GOOGLE", "TWITTER",
                                                  "UEFA", "MDP", "SWISSPASS", "ACCOUNT_KIT"};
inline constexpr const char *genders[] = {"FEMALE", "MALE", "UNKNOWN"};

void validateIndividualData(const FieldPath &path, const dto::IndividualData &individual, const QDate &today);
void validateAddresses(const FieldPath &path, const QList<dto::ContactAddressData> &addresses);
void validateCommunicationMeans(const FieldPath &path, const QList<dto::CommunicationMeanData> &means);
void validateAuthorizations(const FieldPath &path, const QList<dto::AuthorizationData> &authorizations,
                            const InstitutionContext &institution);
void validateCriteria(const FieldPath &path, const QList<dto::ExternalContactCriterionData> &criteria,
                      const InstitutionContext &institution);
void validateStructureData(const FieldPath &path, const dto::StructureData &structure,
                           const InstitutionContext &institution);
void validateAdministrativeNumbers(const FieldPath &path, const QList<dto::AdministrativeNumberData> &numbers,
                                   const InstitutionContext &institution);
// One value of a criterion, as searchContactByCriteria's criterionValue or a saved value.
void validateCriterionValue(const FieldPath &path, const dto::ContactCriterion &criterion, const QString &value);

} // namespace contactdesk::sandbox::domain
