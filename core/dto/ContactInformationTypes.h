#pragma once

// DTOs of ContactInformationPublicService v2_21 (CONTRACT.md 1.5).

#include "dto/Fields.h"

namespace contactdesk::dto {

struct IndividualData {
    QString individualTitle; // MR | MRS | MISS | MR_AND_MRS | UNDEFINED | (future values)
    QString individualFirstName;
    QString individualLastName;
    QDate individualBirthDate;
    QString individualLanguage;
    QString remark;
    QByteArray photo; // raw bytes; base64 on the wire
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("individualTitle", s.individualTitle);
        v("individualFirstName", s.individualFirstName);
        v("individualLastName", s.individualLastName);
        v("individualBirthDate", s.individualBirthDate);
        v("individualLanguage", s.individualLanguage);
        v("remark", s.remark);
        v("photo", s.photo);
    }
};

struct AdministrativeNumberData {
    QString code;
    QString value;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("code", s.code);
        v("value", s.value);
    }
};

struct StructureData {
    QString structureName;
    QString structureCode;
    QString structureTypeCode;
    QString addressName1;
    QString addressName2;
    QString webSite;
    std::optional<int> numberOfEmployees;
    QList<AdministrativeNumberData> administrativeNumbers;
    QString relayContactNumber;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("structureName", s.structureName);
        v("structureCode", s.structureCode);
        v("structureTypeCode", s.structureTypeCode);
        v("addressName1", s.addressName1);
        v("addressName2", s.addressName2);
        v("webSite", s.webSite);
        v("numberOfEmployees", s.numberOfEmployees);
        v("administrativeNumbers", s.administrativeNumbers);
        v("relayContactNumber", s.relayContactNumber);
    }
};

struct ContactAddressData {
    std::optional<qint64> addressId;
    QStringList addressTypes; // MAIN | SHIPMENT | BILLING
    QString line1;
    QString line2;
    QString line3;
    QString zipCode;
    QString town;
    QString townComplement;
    QString department;
    QString countryCode;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("addressId", s.addressId);
        v("addressTypes", s.addressTypes);
        v("line1", s.line1);
        v("line2", s.line2);
        v("line3", s.line3);
        v("zipCode", s.zipCode);
        v("town", s.town);
        v("townComplement", s.townComplement);
        v("department", s.department);
        v("countryCode", s.countryCode);
    }
};

struct CommunicationMeanData {
    QString type; // EMAIL | PHONE | MOBILE | FAX | WEB
    QString value;
    std::optional<bool> main;
    std::optional<bool> professional;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("type", s.type);
        v("value", s.value);
        v("main", s.main);
        v("professional", s.professional);
    }
};

struct AuthorizationData {
    QString authorizationCode;
    std::optional<bool> granted;
    QDateTime grantDate;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("authorizationCode", s.authorizationCode);
        v("granted", s.granted);
        v("grantDate", s.grantDate);
    }
};

struct ExternalContactCriterionData {
    QString criterionCode;
    QStringList values;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("criterionCode", s.criterionCode);
        v("values", s.values);
    }
};

struct ContactAdvantageData {
    QString advantageCode;
    QString name;
    QDateTime startDate;
    QDateTime endDate;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("advantageCode", s.advantageCode);
        v("name", s.name);
        v("startDate", s.startDate);
        v("endDate", s.endDate);
    }
};

struct ContactDataResult : ResultBase {
    std::optional<qint64> contactId;
    QString contactNumber;
    QString contactType; // INDIVIDUAL | STRUCTURE
    QString role;        // PUBLIC | RELAY | MEMBER | SUBSIDIARY
    QDateTime creationDate;
    QDateTime lastModificationDate;
    QDateTime endValidityDate;
    QString function;
    std::optional<bool> hasWarning;
    std::optional<bool> hasAdvantages;
    QString login;
    QString email;
    std::optional<IndividualData> individualContact;
    std::optional<StructureData> structureContact;
    QList<ContactAddressData> addresses;
    QList<CommunicationMeanData> communicationMeans;
    QList<AuthorizationData> authorizations;
    QList<ExternalContactCriterionData> contactCriteria;
    QList<ContactAdvantageData> advantages;
    StringMap createdFrom;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        CONTACTDESK_RESULT_BASE_FIELDS(s, v);
        v("contactId", s.contactId);
        v("contactNumber", s.contactNumber);
        v("contactType", s.contactType);
        v("role", s.role);
        v("creationDate", s.creationDate);
        v("lastModificationDate", s.lastModificationDate);
        v("endValidityDate", s.endValidityDate);
        v("function", s.function);
        v("hasWarning", s.hasWarning);
        v("hasAdvantages", s.hasAdvantages);
        v("login", s.login);
        v("email", s.email);
        v("individualContact", s.individualContact);
        v("structureContact", s.structureContact);
        v("addresses", s.addresses);
        v("communicationMeans", s.communicationMeans);
        v("authorizations", s.authorizations);
        v("contactCriteria", s.contactCriteria);
        v("advantages", s.advantages);
        v("createdFrom", s.createdFrom);
    }
};

// What saveIndividualContactData takes. A list that is present (even empty, over REST)
// replaces the stored list; an absent one (std::nullopt) leaves it as it is.
struct IndividualContactData {
    QString contactNumber;
    std::optional<qint64> identifier;
    std::optional<IndividualData> individualContact;
    QString email;
    QString function;
    std::optional<QList<ContactAddressData>> addresses;
    std::optional<QList<CommunicationMeanData>> communicationMeans;
    std::optional<QList<AuthorizationData>> authorizations;
    std::optional<QList<ExternalContactCriterionData>> contactCriteria;
    QString login;
    QString password; // a secret: never logged, never returned
    QDateTime expectedLastModificationDate;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("contactNumber", s.contactNumber);
        v("identifier", s.identifier);
        v("individualContact", s.individualContact);
        v("email", s.email);
        v("function", s.function);
        v("addresses", s.addresses);
        v("communicationMeans", s.communicationMeans);
        v("authorizations", s.authorizations);
        v("contactCriteria", s.contactCriteria);
        v("login", s.login);
        v("password", s.password);
        v("expectedLastModificationDate", s.expectedLastModificationDate);
    }
};

struct StructureContactData {
    QString contactNumber;
    std::optional<qint64> identifier;
    std::optional<StructureData> structureContact;
    QString email;
    std::optional<QList<ContactAddressData>> addresses;
    std::optional<QList<CommunicationMeanData>> communicationMeans;
    std::optional<QList<ExternalContactCriterionData>> contactCriteria;
    QDateTime expectedLastModificationDate;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("contactNumber", s.contactNumber);
        v("identifier", s.identifier);
        v("structureContact", s.structureContact);
        v("email", s.email);
        v("addresses", s.addresses);
        v("communicationMeans", s.communicationMeans);
        v("contactCriteria", s.contactCriteria);
        v("expectedLastModificationDate", s.expectedLastModificationDate);
    }
};

struct StructureMemberData {
    QString structureContactNumber;
    QString memberContactNumber;
    std::optional<IndividualData> individualContact;
    QString function;
    QString memberRole; // RELAY | MEMBER
    QString professionalEmail;
    QString professionalPhone;
    QDateTime startDate;
    QDateTime endDate;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("structureContactNumber", s.structureContactNumber);
        v("memberContactNumber", s.memberContactNumber);
        v("individualContact", s.individualContact);
        v("function", s.function);
        v("memberRole", s.memberRole);
        v("professionalEmail", s.professionalEmail);
        v("professionalPhone", s.professionalPhone);
        v("startDate", s.startDate);
        v("endDate", s.endDate);
    }
};

struct ContactSearchCriteria {
    QString contactNumber;
    QString lastName;
    QString firstName;
    QString structureName;
    QString email;
    QString phoneNumber;
    QString zipCode;
    QString town;
    QString contactType; // INDIVIDUAL | STRUCTURE | ANY
    QString criterionCode;
    QString criterionValue;
    QString authorizationCode;
    std::optional<int> firstResult;
    std::optional<int> maxResults;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("contactNumber", s.contactNumber);
        v("lastName", s.lastName);
        v("firstName", s.firstName);
        v("structureName", s.structureName);
        v("email", s.email);
        v("phoneNumber", s.phoneNumber);
        v("zipCode", s.zipCode);
        v("town", s.town);
        v("contactType", s.contactType);
        v("criterionCode", s.criterionCode);
        v("criterionValue", s.criterionValue);
        v("authorizationCode", s.authorizationCode);
        v("firstResult", s.firstResult);
        v("maxResults", s.maxResults);
    }
};

struct ContactSearchResult : ResultBase {
    QList<ContactDataResult> contacts;
    std::optional<int> totalNumber;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        CONTACTDESK_RESULT_BASE_FIELDS(s, v);
        v("contacts", s.contacts);
        v("totalNumber", s.totalNumber);
    }
};

struct StructureMemberSearchCriteria {
    QString structureContactNumber;
    QString lastName;
    QString function;
    QString memberRole;
    std::optional<int> firstResult;
    std::optional<int> maxResults;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("structureContactNumber", s.structureContactNumber);
        v("lastName", s.lastName);
        v("function", s.function);
        v("memberRole", s.memberRole);
        v("firstResult", s.firstResult);
        v("maxResults", s.maxResults);
    }
};

struct StructureMemberListResult : ResultBase {
    QList<StructureMemberData> members;
    std::optional<int> totalNumber;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        CONTACTDESK_RESULT_BASE_FIELDS(s, v);
        v("members", s.members);
        v("totalNumber", s.totalNumber);
    }
};

struct CodeName {
    QString code;
    QString name;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("code", s.code);
        v("name", s.name);
    }
};

struct StructureTypeListResult : ResultBase {
    QList<CodeName> structureTypes;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        CONTACTDESK_RESULT_BASE_FIELDS(s, v);
        v("structureTypes", s.structureTypes);
    }
};

struct ContactCriterion {
    QString code;
    QString name;
    QString type; // BOOLEAN | LIST | TEXT | DATE | NUMBER
    std::optional<bool> multiple;
    QList<CodeName> elements;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("code", s.code);
        v("name", s.name);
        v("type", s.type);
        v("multiple", s.multiple);
        v("elements", s.elements);
    }
};

struct ContactCriterionListResult : ResultBase {
    QList<ContactCriterion> contactCriteria;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        CONTACTDESK_RESULT_BASE_FIELDS(s, v);
        v("contactCriteria", s.contactCriteria);
    }
};

struct AvailableAuthorization {
    QString code;
    QString name;
    QString channel; // MAIL | PHONE | SMS | EMAIL | ANY
    std::optional<bool> thirdParty;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("code", s.code);
        v("name", s.name);
        v("channel", s.channel);
        v("thirdParty", s.thirdParty);
    }
};

struct AuthorizationListResult : ResultBase {
    QList<AvailableAuthorization> authorizations;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        CONTACTDESK_RESULT_BASE_FIELDS(s, v);
        v("authorizations", s.authorizations);
    }
};

struct AvailableAdministrativeNumber {
    QString code;
    QString name;
    QString pattern;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("code", s.code);
        v("name", s.name);
        v("pattern", s.pattern);
    }
};

struct AdministrativeNumberListResult : ResultBase {
    QList<AvailableAdministrativeNumber> administrativeNumbers;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        CONTACTDESK_RESULT_BASE_FIELDS(s, v);
        v("administrativeNumbers", s.administrativeNumbers);
    }
};

struct ContactSaveResult : ResultBase {
    QString contactNumber;
    std::optional<qint64> contactId;
    QDateTime lastModificationDate;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        CONTACTDESK_RESULT_BASE_FIELDS(s, v);
        v("contactNumber", s.contactNumber);
        v("contactId", s.contactId);
        v("lastModificationDate", s.lastModificationDate);
    }
};

struct WebMethodResult : ResultBase {
    template <class S, class V> static void describe(S &s, V &&v)
    {
        CONTACTDESK_RESULT_BASE_FIELDS(s, v);
    }
};

// ---- Parameter sets: one struct per operation, its members the method's parameters ----

struct GetContactDataParams {
    QString contactNumber;
    QStringList details; // DetailLevel values
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("contactNumber", s.contactNumber);
        v("details", s.details);
    }
};

struct SearchContactByCriteriaParams {
    ContactSearchCriteria searchCriteria;
    template <class S, class V> static void describe(S &s, V &&v) { v("searchCriteria", s.searchCriteria); }
};

struct SaveIndividualContactDataParams {
    IndividualContactData individualContactData;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("individualContactData", s.individualContactData);
    }
};

struct SaveStructureContactDataParams {
    StructureContactData structureContactData;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("structureContactData", s.structureContactData);
    }
};

struct SaveStructureAdministrativeNumbersParams {
    QString structureContactNumber;
    QList<AdministrativeNumberData> administrativeNumbers;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("structureContactNumber", s.structureContactNumber);
        v("administrativeNumbers", s.administrativeNumbers);
    }
};

struct SaveStructureMemberParams {
    StructureMemberData structureMemberData;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("structureMemberData", s.structureMemberData);
    }
};

struct DeleteStructureMemberParams {
    QString structureContactNumber;
    QString memberContactNumber;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("structureContactNumber", s.structureContactNumber);
        v("memberContactNumber", s.memberContactNumber);
    }
};

struct ListStructureMembersByCriteriaParams {
    StructureMemberSearchCriteria searchCriteria;
    template <class S, class V> static void describe(S &s, V &&v) { v("searchCriteria", s.searchCriteria); }
};

struct NoParams {
    template <class S, class V> static void describe(S &, V &&) {}
};

} // namespace contactdesk::dto
