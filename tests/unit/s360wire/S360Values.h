#pragma once

// The typed twins of the hand-written fixtures in tests/data/s360/: for each operation, the
// parameters that must serialize to <method>.soap-request.xml / .rest-request.json, and the
// field-by-field check of what <method>.soap-response.xml / .rest-response.json must read as.
// The SOAP and REST fixtures of one operation carry the same values.

#include "Expect.h"
#include "contract/Operations.h"

#include <QTimeZone>

namespace contactdesk::test {

using namespace Qt::StringLiterals;

// A dateTime with an offset in hours ("+02:00"); utc(...) for "Z".
inline QDateTime at(int y, int mo, int d, int h, int mi, int s, int offsetHours, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::OffsetFromUTC, offsetHours * 3600);
}
inline QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

template <class Op> struct Values; // params() and verify(result) per operation

// ---------------------------------------------------------------- shared checks

inline void verifySuccessBase(const dto::ResultBase &r, int requestId, const QString &statusDetail)
{
    EXPECT(r.requestId, requestId);
    EXPECT(r.statusCode, u"success"_s);
    EXPECT(r.statusDetail, statusDetail);
}

// A ContactDataResult nested in a list: no base fields of its own.
inline void verifyNoBase(const dto::ResultBase &r)
{
    EXPECT_ABSENT(r.requestId);
    EXPECT_ABSENT(r.statusCode);
    EXPECT_ABSENT(r.statusDetail);
}

// ---------------------------------------------------------------- ContactInformationPublicService

template <> struct Values<ops::GetContactData> {
    static dto::GetContactDataParams params()
    {
        dto::GetContactDataParams p;
        p.contactNumber = u"0004711"_s;
        p.details = {u"GENERAL"_s, u"ADDRESSES"_s, u"COM_MEANS"_s, u"AUTHORIZATIONS"_s,
                     u"CRITERIA"_s, u"ADVANTAGES"_s, u"INDIVIDUAL_PHOTO"_s};
        return p;
    }
    static void verify(const dto::ContactDataResult &r)
    {
        CHECKED(verifySuccessBase(r, 48213, QString()));
        EXPECT(r.contactId, qint64(4294967301));
        EXPECT(r.contactNumber, u"0004711"_s);
        EXPECT(r.contactType, u"INDIVIDUAL"_s);
        EXPECT(r.role, u"PATRON"_s); // unknown enum value, kept as is
        EXPECT(r.creationDate, at(2019, 3, 14, 9, 26, 53, 1));
        EXPECT(r.lastModificationDate, at(2024, 5, 1, 10, 0, 0, 2, 250));
        EXPECT_ABSENT(r.endValidityDate); // xsi:nil / null
        EXPECT(r.function, u"Directrice artistique"_s);
        EXPECT(r.hasWarning, false);
        EXPECT(r.hasAdvantages, true);
        EXPECT(r.login, u"zoe.lefevre"_s);
        EXPECT(r.email, u"zoe.lefevre@bluewin.ch"_s);

        QVERIFY(r.individualContact.has_value());
        const dto::IndividualData &i = *r.individualContact;
        EXPECT(i.individualTitle, u"DR"_s); // unknown enum value
        EXPECT(i.individualFirstName, u"Zoé"_s);
        EXPECT(i.individualLastName, u"Lefèvre-Brönnimann"_s);
        EXPECT(i.individualBirthDate, QDate(1984, 2, 29));
        EXPECT(i.individualLanguage, u"fr"_s);
        EXPECT(i.remark, u"Préfère être contactée le matin; « abonnée » depuis 2012 & fidèle"_s);
        EXPECT(i.photo, QByteArray::fromHex("89504e470d0a1a0a0000000d"));
        QVERIFY(!r.structureContact.has_value());

        EXPECT_SIZE(r.addresses, 2);
        const dto::ContactAddressData &a0 = r.addresses[0];
        EXPECT(a0.addressId, qint64(880001));
        EXPECT(a0.addressTypes, (QStringList{u"MAIN"_s, u"BILLING"_s}));
        EXPECT(a0.line1, u"Rue de l'Hôpital 12"_s);
        EXPECT(a0.line2, u"c/o Atelier Brönnimann"_s);
        EXPECT(a0.line3, u"Case postale 45"_s);
        EXPECT(a0.zipCode, u"1003"_s);
        EXPECT(a0.town, u"Lausanne"_s);
        EXPECT(a0.townComplement, u"Flon"_s);
        EXPECT(a0.department, u"VD"_s);
        EXPECT(a0.countryCode, u"CH"_s);
        const dto::ContactAddressData &a1 = r.addresses[1];
        EXPECT(a1.addressId, qint64(880002));
        EXPECT(a1.addressTypes, (QStringList{u"SHIPMENT"_s, u"PICKUP_POINT"_s}));
        EXPECT(a1.line1, u"Bahnhofstrasse 1"_s);
        EXPECT_ABSENT(a1.line2);
        EXPECT_ABSENT(a1.line3);
        EXPECT(a1.zipCode, u"8001"_s);
        EXPECT(a1.town, u"Zürich"_s);
        EXPECT_ABSENT(a1.townComplement);
        EXPECT_ABSENT(a1.department);
        EXPECT(a1.countryCode, u"CH"_s);

        EXPECT_SIZE(r.communicationMeans, 3);
        EXPECT(r.communicationMeans[0].type, u"EMAIL"_s);
        EXPECT(r.communicationMeans[0].value, u"zoe.lefevre@bluewin.ch"_s);
        EXPECT(r.communicationMeans[0].main, true);
        EXPECT(r.communicationMeans[0].professional, false);
        EXPECT(r.communicationMeans[1].type, u"MOBILE"_s);
        EXPECT(r.communicationMeans[1].value, u"+41 79 123 45 67"_s);
        EXPECT(r.communicationMeans[1].main, false);
        EXPECT(r.communicationMeans[1].professional, false);
        EXPECT(r.communicationMeans[2].type, u"PHONE"_s);
        EXPECT(r.communicationMeans[2].value, u"+41 21 555 01 02"_s);
        EXPECT(r.communicationMeans[2].main, false);
        EXPECT(r.communicationMeans[2].professional, true);

        EXPECT_SIZE(r.authorizations, 2);
        EXPECT(r.authorizations[0].authorizationCode, u"NEWSLETTER"_s);
        EXPECT(r.authorizations[0].granted, true);
        EXPECT(r.authorizations[0].grantDate, at(2023, 11, 5, 14, 30, 0, 1));
        EXPECT(r.authorizations[1].authorizationCode, u"PARTNER_OFFERS"_s);
        EXPECT(r.authorizations[1].granted, false);
        EXPECT_ABSENT(r.authorizations[1].grantDate);

        EXPECT_SIZE(r.contactCriteria, 2);
        EXPECT(r.contactCriteria[0].criterionCode, u"INTERESTS"_s);
        EXPECT(r.contactCriteria[0].values, (QStringList{u"OPERA"_s, u"JAZZ"_s, u"BALLET"_s}));
        EXPECT(r.contactCriteria[1].criterionCode, u"SUBSCRIBER_SINCE"_s);
        EXPECT(r.contactCriteria[1].values, QStringList{u"2012-09-01"_s});

        EXPECT_SIZE(r.advantages, 2);
        EXPECT(r.advantages[0].advantageCode, u"YOUTH26"_s);
        EXPECT(r.advantages[0].name, u"Carte Jeunes 26"_s);
        EXPECT(r.advantages[0].startDate, at(2024, 1, 1, 0, 0, 0, 1));
        EXPECT(r.advantages[0].endDate, at(2024, 12, 31, 23, 59, 59, 1));
        EXPECT(r.advantages[1].advantageCode, u"AMIS_OPERA"_s);
        EXPECT(r.advantages[1].name, u"Amis de l'Opéra"_s);
        EXPECT(r.advantages[1].startDate, utc(2023, 9, 1, 0, 0, 0));
        EXPECT_ABSENT(r.advantages[1].endDate);

        EXPECT(r.createdFrom, (dto::StringMap{{u"channel"_s, u"INTERNET"_s},
                                              {u"pointOfSales"_s, u"MOSA_WEB_FR"_s},
                                              {u"origin"_s, u"Abonnement saison 2024/25"_s}}));
    }
};

template <> struct Values<ops::SearchContactByCriteria> {
    static dto::SearchContactByCriteriaParams params()
    {
        dto::SearchContactByCriteriaParams p;
        dto::ContactSearchCriteria &c = p.searchCriteria;
        c.contactNumber = u"000"_s;
        c.lastName = u"Müller"_s;
        c.firstName = u"Jürg"_s;
        c.structureName = u"Théâtre"_s;
        c.email = u"juerg.mueller@"_s;
        c.phoneNumber = u"+41 31"_s;
        c.zipCode = u"30"_s;
        c.town = u"Bern"_s;
        c.contactType = u"ANY"_s;
        c.criterionCode = u"INTERESTS"_s;
        c.criterionValue = u"OPERA"_s;
        c.authorizationCode = u"NEWSLETTER"_s;
        c.firstResult = 0;
        c.maxResults = 25;
        return p;
    }
    static void verify(const dto::ContactSearchResult &r)
    {
        CHECKED(verifySuccessBase(r, 48214, u"2 contacts found"_s));
        EXPECT(r.totalNumber, 2);
        EXPECT_SIZE(r.contacts, 2);

        const dto::ContactDataResult &p = r.contacts[0];
        CHECKED(verifyNoBase(p));
        EXPECT(p.contactId, qint64(731));
        EXPECT(p.contactNumber, u"0000731"_s);
        EXPECT(p.contactType, u"INDIVIDUAL"_s);
        EXPECT(p.role, u"PUBLIC"_s);
        EXPECT(p.creationDate, utc(2015, 6, 30, 8, 0, 0));
        EXPECT(p.lastModificationDate, at(2024, 2, 12, 16, 45, 10, 1));
        EXPECT_ABSENT(p.endValidityDate);
        EXPECT_ABSENT(p.function);
        EXPECT(p.hasWarning, false);
        EXPECT(p.hasAdvantages, false);
        EXPECT_ABSENT(p.login);
        EXPECT(p.email, u"juerg.mueller@gmx.ch"_s);
        QVERIFY(p.individualContact.has_value());
        EXPECT(p.individualContact->individualTitle, u"MR"_s);
        EXPECT(p.individualContact->individualFirstName, u"Jürg"_s);
        EXPECT(p.individualContact->individualLastName, u"Müller"_s);
        EXPECT(p.individualContact->individualBirthDate, QDate(1957, 11, 3));
        EXPECT(p.individualContact->individualLanguage, u"de"_s);
        EXPECT_ABSENT(p.individualContact->remark);
        EXPECT_ABSENT(p.individualContact->photo);
        QVERIFY(!p.structureContact.has_value());
        EXPECT_SIZE(p.addresses, 0);
        EXPECT_SIZE(p.communicationMeans, 0);
        EXPECT(p.createdFrom, (dto::StringMap{{u"channel"_s, u"BOX_OFFICE"_s}}));

        const dto::ContactDataResult &s = r.contacts[1];
        CHECKED(verifyNoBase(s));
        EXPECT(s.contactId, qint64(1502));
        EXPECT(s.contactNumber, u"0001502"_s);
        EXPECT(s.contactType, u"STRUCTURE"_s);
        EXPECT(s.role, u"SUBSIDIARY"_s);
        EXPECT(s.creationDate, at(2016, 1, 11, 10, 20, 30, 1));
        EXPECT(s.lastModificationDate, at(2024, 4, 30, 17, 12, 45, 2));
        EXPECT(s.endValidityDate, at(2025, 12, 31, 23, 59, 59, 1));
        EXPECT(s.hasWarning, true);
        EXPECT(s.hasAdvantages, false);
        EXPECT(s.email, u"billetterie@theater-mueller.ch"_s);
        QVERIFY(!s.individualContact.has_value());
        QVERIFY(s.structureContact.has_value());
        const dto::StructureData &sd = *s.structureContact;
        EXPECT(sd.structureName, u"Théâtre Müller & Söhne AG"_s);
        EXPECT(sd.structureCode, u"TMS"_s);
        EXPECT(sd.structureTypeCode, u"COMPANY"_s);
        EXPECT_ABSENT(sd.addressName1);
        EXPECT_ABSENT(sd.addressName2);
        EXPECT(sd.webSite, u"https://www.theater-mueller.ch"_s);
        EXPECT(sd.numberOfEmployees, 48);
        EXPECT_SIZE(sd.administrativeNumbers, 1);
        EXPECT(sd.administrativeNumbers[0].code, u"CHE_UID"_s);
        EXPECT(sd.administrativeNumbers[0].value, u"CHE-123.456.789"_s);
        EXPECT(sd.relayContactNumber, u"0000731"_s);
        EXPECT_SIZE(s.createdFrom, 0);
    }
};

template <> struct Values<ops::SaveIndividualContactData> {
    static dto::SaveIndividualContactDataParams params()
    {
        dto::SaveIndividualContactDataParams p;
        dto::IndividualContactData &d = p.individualContactData;
        d.contactNumber = u"0000815"_s;
        d.identifier = qint64(202405010001);
        dto::IndividualData &i = d.individualContact.emplace();
        i.individualTitle = u"MR"_s;
        i.individualFirstName = u"François"_s;
        i.individualLastName = u"Dubois-Zürcher"_s;
        i.individualBirthDate = QDate(1990, 7, 14);
        i.individualLanguage = u"fr"_s;
        i.remark = u"Accès PMR : fauteuil roulant, place côté allée & accompagnant"_s;
        i.photo = QByteArray::fromHex("ffd8ffe000104a464946");
        d.email = u"francois.dubois@sunrise.ch"_s;
        d.function = u"Ingénieur"_s;

        dto::ContactAddressData home;
        home.addressId = qint64(880105);
        home.addressTypes = {u"MAIN"_s, u"SHIPMENT"_s};
        home.line1 = u"Chemin des Crêtes 7"_s;
        home.line2 = u"Appartement 3B"_s;
        home.zipCode = u"1213"_s;
        home.town = u"Petit-Lancy"_s;
        home.townComplement = u"Les Palettes"_s;
        home.department = u"GE"_s;
        home.countryCode = u"CH"_s;
        dto::ContactAddressData billing;
        billing.addressTypes = {u"BILLING"_s};
        billing.line1 = u"Marktgasse 3"_s;
        billing.line2 = u"Postfach"_s;
        billing.line3 = u"z. H. Buchhaltung"_s;
        billing.zipCode = u"3011"_s;
        billing.town = u"Bern"_s;
        billing.countryCode = u"CH"_s;
        d.addresses = QList<dto::ContactAddressData>{home, billing};

        d.communicationMeans = QList<dto::CommunicationMeanData>{
            {u"EMAIL"_s, u"francois.dubois@sunrise.ch"_s, true, false},
            {u"MOBILE"_s, u"+41 78 987 65 43"_s, false, false},
            {u"FAX"_s, u"+41 22 700 00 01"_s, false, true},
            {u"WEB"_s, u"https://fdubois.ch"_s, std::nullopt, std::nullopt},
        };
        d.authorizations = QList<dto::AuthorizationData>{
            {u"NEWSLETTER"_s, true, at(2024, 5, 1, 9, 58, 12, 2)},
            {u"SMS_PROMO"_s, false, QDateTime()},
        };
        d.contactCriteria = QList<dto::ExternalContactCriterionData>{
            {u"INTERESTS"_s, {u"OPERA"_s, u"CLASSICAL"_s, u"JAZZ"_s}},
            {u"NEWSLETTER_LANG"_s, {u"fr"_s}},
        };
        d.login = u"fdubois"_s;
        d.password = u"Gr€nouille&<42>"_s;
        d.expectedLastModificationDate = at(2024, 4, 28, 18, 3, 27, 2);
        return p;
    }
    static void verify(const dto::ContactSaveResult &r)
    {
        CHECKED(verifySuccessBase(r, 48215, u"Contact updated"_s));
        EXPECT(r.contactNumber, u"0000815"_s);
        EXPECT(r.contactId, qint64(815));
        EXPECT(r.lastModificationDate, at(2024, 5, 1, 10, 0, 3, 2));
    }
};

template <> struct Values<ops::SaveStructureContactData> {
    static dto::SaveStructureContactDataParams params()
    {
        dto::SaveStructureContactDataParams p;
        dto::StructureContactData &d = p.structureContactData;
        d.contactNumber = u"0001502"_s;
        d.identifier = qint64(77001502);
        dto::StructureData &s = d.structureContact.emplace();
        s.structureName = u"Théâtre Müller & Söhne AG"_s;
        s.structureCode = u"TMS"_s;
        s.structureTypeCode = u"COMPANY"_s;
        s.addressName1 = u"Théâtre Müller & Söhne"_s;
        s.addressName2 = u"Service billetterie"_s;
        s.webSite = u"https://www.theater-mueller.ch"_s;
        s.numberOfEmployees = 48;
        s.administrativeNumbers = {{u"CHE_UID"_s, u"CHE-123.456.789"_s}, {u"VAT"_s, u"CHE-123.456.789 MWST"_s}};
        s.relayContactNumber = u"0000731"_s;
        d.email = u"billetterie@theater-mueller.ch"_s;
        dto::ContactAddressData a;
        a.addressId = qint64(990015);
        a.addressTypes = {u"MAIN"_s, u"BILLING"_s, u"SHIPMENT"_s};
        a.line1 = u"Kramgasse 49"_s;
        a.zipCode = u"3011"_s;
        a.town = u"Bern"_s;
        a.department = u"BE"_s;
        a.countryCode = u"CH"_s;
        d.addresses = QList<dto::ContactAddressData>{a};
        d.communicationMeans = QList<dto::CommunicationMeanData>{{u"PHONE"_s, u"+41 31 311 22 33"_s, true, true}};
        d.contactCriteria = QList<dto::ExternalContactCriterionData>{{u"SECTOR"_s, {u"CULTURE"_s, u"EDUCATION"_s}}};
        d.expectedLastModificationDate = at(2024, 4, 30, 17, 12, 45, 2);
        return p;
    }
    static void verify(const dto::ContactSaveResult &r)
    {
        CHECKED(verifySuccessBase(r, 48216, QString()));
        EXPECT(r.contactNumber, u"0001502"_s);
        EXPECT(r.contactId, qint64(1502));
        EXPECT(r.lastModificationDate, utc(2024, 5, 1, 8, 0, 5));
    }
};

template <> struct Values<ops::SaveStructureAdministrativeNumbers> {
    static dto::SaveStructureAdministrativeNumbersParams params()
    {
        dto::SaveStructureAdministrativeNumbersParams p;
        p.structureContactNumber = u"0001502"_s;
        p.administrativeNumbers = {{u"CHE_UID"_s, u"CHE-123.456.789"_s},
                                   {u"VAT"_s, u"CHE-123.456.789 MWST"_s},
                                   {u"SIRET"_s, u"40123456800027"_s}};
        return p;
    }
    static void verify(const dto::WebMethodResult &r)
    {
        CHECKED(verifySuccessBase(r, 48217, u"3 administrative numbers saved"_s));
    }
};

template <> struct Values<ops::SaveStructureMember> {
    static dto::SaveStructureMemberParams params()
    {
        dto::SaveStructureMemberParams p;
        dto::StructureMemberData &m = p.structureMemberData;
        m.structureContactNumber = u"0001502"_s;
        dto::IndividualData &i = m.individualContact.emplace();
        i.individualTitle = u"MISS"_s;
        i.individualFirstName = u"Léa"_s;
        i.individualLastName = u"Gygax"_s;
        i.individualBirthDate = QDate(1998, 12, 5);
        i.individualLanguage = u"de"_s;
        i.remark = u"Presseakkreditierung für die Saison 2024/25"_s;
        m.function = u"Responsable presse"_s;
        m.memberRole = u"MEMBER"_s;
        m.professionalEmail = u"lea.gygax@theater-mueller.ch"_s;
        m.professionalPhone = u"+41 31 311 22 40"_s;
        m.startDate = at(2024, 5, 1, 0, 0, 0, 2);
        m.endDate = at(2025, 4, 30, 23, 59, 59, 2);
        return p;
    }
    static void verify(const dto::ContactSaveResult &r)
    {
        CHECKED(verifySuccessBase(r, 48218, u"Member created"_s));
        EXPECT(r.contactNumber, u"0009021"_s);
        EXPECT(r.contactId, qint64(9021));
        EXPECT(r.lastModificationDate, at(2024, 5, 1, 10, 2, 0, 2));
    }
};

template <> struct Values<ops::DeleteStructureMember> {
    static dto::DeleteStructureMemberParams params()
    {
        dto::DeleteStructureMemberParams p;
        p.structureContactNumber = u"0001502"_s;
        p.memberContactNumber = u"0000731"_s;
        return p;
    }
    static void verify(const dto::WebMethodResult &r) { CHECKED(verifySuccessBase(r, 48219, QString())); }
};

template <> struct Values<ops::ListStructureMembersByCriteria> {
    static dto::ListStructureMembersByCriteriaParams params()
    {
        dto::ListStructureMembersByCriteriaParams p;
        p.searchCriteria.structureContactNumber = u"0001502"_s;
        p.searchCriteria.lastName = u"Gygax"_s;
        p.searchCriteria.function = u"Responsable"_s;
        p.searchCriteria.memberRole = u"MEMBER"_s;
        p.searchCriteria.firstResult = 0;
        p.searchCriteria.maxResults = 100;
        return p;
    }
    static void verify(const dto::StructureMemberListResult &r)
    {
        CHECKED(verifySuccessBase(r, 48220, QString()));
        EXPECT(r.totalNumber, 2);
        EXPECT_SIZE(r.members, 2);
        const dto::StructureMemberData &lea = r.members[0];
        EXPECT(lea.structureContactNumber, u"0001502"_s);
        EXPECT(lea.memberContactNumber, u"0009021"_s);
        QVERIFY(lea.individualContact.has_value());
        EXPECT(lea.individualContact->individualTitle, u"MISS"_s);
        EXPECT(lea.individualContact->individualFirstName, u"Léa"_s);
        EXPECT(lea.individualContact->individualLastName, u"Gygax"_s);
        EXPECT(lea.individualContact->individualBirthDate, QDate(1998, 12, 5));
        EXPECT(lea.individualContact->individualLanguage, u"de"_s);
        EXPECT(lea.function, u"Responsable presse"_s);
        EXPECT(lea.memberRole, u"MEMBER"_s);
        EXPECT(lea.professionalEmail, u"lea.gygax@theater-mueller.ch"_s);
        EXPECT(lea.professionalPhone, u"+41 31 311 22 40"_s);
        EXPECT(lea.startDate, at(2024, 5, 1, 0, 0, 0, 2));
        EXPECT(lea.endDate, at(2025, 4, 30, 23, 59, 59, 2));
        const dto::StructureMemberData &noe = r.members[1];
        EXPECT(noe.structureContactNumber, u"0001502"_s);
        EXPECT(noe.memberContactNumber, u"0009034"_s);
        QVERIFY(noe.individualContact.has_value());
        EXPECT(noe.individualContact->individualTitle, u"MR"_s);
        EXPECT(noe.individualContact->individualFirstName, u"Noé"_s);
        EXPECT(noe.individualContact->individualLastName, u"Gygax"_s);
        EXPECT(noe.individualContact->individualBirthDate, QDate(1995, 3, 21));
        EXPECT(noe.individualContact->individualLanguage, u"fr"_s);
        EXPECT(noe.function, u"Responsable mécénat"_s);
        EXPECT(noe.memberRole, u"MEMBER"_s);
        EXPECT(noe.professionalEmail, u"noe.gygax@theater-mueller.ch"_s);
        EXPECT_ABSENT(noe.professionalPhone);
        EXPECT(noe.startDate, at(2023, 1, 15, 0, 0, 0, 1));
        EXPECT_ABSENT(noe.endDate);
    }
};

template <> struct Values<ops::GetStructureTypes> {
    static dto::NoParams params() { return {}; }
    static void verify(const dto::StructureTypeListResult &r)
    {
        CHECKED(verifySuccessBase(r, 48221, QString()));
        EXPECT_SIZE(r.structureTypes, 3);
        EXPECT(r.structureTypes[0].code, u"COMPANY"_s);
        EXPECT(r.structureTypes[0].name, u"Entreprise"_s);
        EXPECT(r.structureTypes[1].code, u"SCHOOL"_s);
        EXPECT(r.structureTypes[1].name, u"École / Schule"_s);
        EXPECT(r.structureTypes[2].code, u"ASSOC"_s);
        EXPECT(r.structureTypes[2].name, u"Association / Verein"_s);
    }
};

template <> struct Values<ops::GetAvailableContactCriteria> {
    static dto::NoParams params() { return {}; }
    static void verify(const dto::ContactCriterionListResult &r)
    {
        CHECKED(verifySuccessBase(r, 48222, QString()));
        EXPECT_SIZE(r.contactCriteria, 4);
        const dto::ContactCriterion &interests = r.contactCriteria[0];
        EXPECT(interests.code, u"INTERESTS"_s);
        EXPECT(interests.name, u"Centres d'intérêt"_s);
        EXPECT(interests.type, u"LIST"_s);
        EXPECT(interests.multiple, true);
        EXPECT_SIZE(interests.elements, 3);
        EXPECT(interests.elements[0].code, u"OPERA"_s);
        EXPECT(interests.elements[0].name, u"Opéra"_s);
        EXPECT(interests.elements[1].code, u"JAZZ"_s);
        EXPECT(interests.elements[1].name, u"Jazz"_s);
        EXPECT(interests.elements[2].code, u"BALLET"_s);
        EXPECT(interests.elements[2].name, u"Ballet"_s);
        EXPECT(r.contactCriteria[1].code, u"SUBSCRIBER_SINCE"_s);
        EXPECT(r.contactCriteria[1].name, u"Abonné depuis"_s);
        EXPECT(r.contactCriteria[1].type, u"DATE"_s);
        EXPECT(r.contactCriteria[1].multiple, false);
        EXPECT_SIZE(r.contactCriteria[1].elements, 0);
        EXPECT(r.contactCriteria[2].code, u"NEWSLETTER_LANG"_s);
        EXPECT(r.contactCriteria[2].name, u"Langue newsletter"_s);
        EXPECT(r.contactCriteria[2].type, u"TEXT"_s);
        EXPECT(r.contactCriteria[2].multiple, false);
        EXPECT(r.contactCriteria[3].code, u"SEAT_PREF"_s);
        EXPECT(r.contactCriteria[3].name, u"Placement préféré"_s);
        EXPECT(r.contactCriteria[3].type, u"MULTI_TEXT"_s); // unknown enum value
        EXPECT(r.contactCriteria[3].multiple, true);
        EXPECT_SIZE(r.contactCriteria[3].elements, 0);
    }
};

template <> struct Values<ops::GetAvailableAuthorizations> {
    static dto::NoParams params() { return {}; }
    static void verify(const dto::AuthorizationListResult &r)
    {
        CHECKED(verifySuccessBase(r, 48223, QString()));
        EXPECT_SIZE(r.authorizations, 4);
        EXPECT(r.authorizations[0].code, u"NEWSLETTER"_s);
        EXPECT(r.authorizations[0].name, u"Newsletter e-mail"_s);
        EXPECT(r.authorizations[0].channel, u"EMAIL"_s);
        EXPECT(r.authorizations[0].thirdParty, false);
        EXPECT(r.authorizations[1].code, u"SMS_PROMO"_s);
        EXPECT(r.authorizations[1].name, u"Offres par SMS"_s);
        EXPECT(r.authorizations[1].channel, u"SMS"_s);
        EXPECT(r.authorizations[1].thirdParty, false);
        EXPECT(r.authorizations[2].code, u"PARTNER_OFFERS"_s);
        EXPECT(r.authorizations[2].name, u"Offres des partenaires"_s);
        EXPECT(r.authorizations[2].channel, u"MAIL"_s);
        EXPECT(r.authorizations[2].thirdParty, true);
        EXPECT(r.authorizations[3].code, u"PUSH_APP"_s);
        EXPECT(r.authorizations[3].name, u"Notifications app"_s);
        EXPECT(r.authorizations[3].channel, u"PUSH"_s); // unknown enum value
        EXPECT(r.authorizations[3].thirdParty, false);
    }
};

template <> struct Values<ops::GetAvailableAdministrativeNumbers> {
    static dto::NoParams params() { return {}; }
    static void verify(const dto::AdministrativeNumberListResult &r)
    {
        CHECKED(verifySuccessBase(r, 48224, QString()));
        EXPECT_SIZE(r.administrativeNumbers, 3);
        EXPECT(r.administrativeNumbers[0].code, u"CHE_UID"_s);
        EXPECT(r.administrativeNumbers[0].name, u"Numéro IDE (UID)"_s);
        EXPECT(r.administrativeNumbers[0].pattern, u"^CHE-[0-9]{3}\\.[0-9]{3}\\.[0-9]{3}$"_s);
        EXPECT(r.administrativeNumbers[1].code, u"VAT"_s);
        EXPECT(r.administrativeNumbers[1].name, u"Numéro TVA / MWST-Nummer"_s);
        EXPECT(r.administrativeNumbers[1].pattern, u"^CHE-[0-9]{3}\\.[0-9]{3}\\.[0-9]{3} (MWST|TVA|IVA)$"_s);
        EXPECT(r.administrativeNumbers[2].code, u"SIRET"_s);
        EXPECT(r.administrativeNumbers[2].name, u"SIRET (France)"_s);
        EXPECT_ABSENT(r.administrativeNumbers[2].pattern);
    }
};

// ---------------------------------------------------------------- ContactAuthenticationPublicService

template <> struct Values<ops::Authenticate> {
    static dto::AuthenticateParams params()
    {
        dto::AuthenticateParams p;
        dto::ContactAuthenticationData &a = p.contactAuthenticationData;
        a.login = u"zoe.lefevre"_s;
        a.password = u"Motdepasse-Été2024"_s;
        a.contactTypeScope = u"INDIVIDUAL"_s;
        a.pointOfSalesId = qint64(1001);
        a.rememberMe = true;
        a.socialLogin = false;
        a.guestLogin = false;
        a.operatorLogin = false;
        return p;
    }
    static void verify(const dto::ContactAuthenticationResult &r)
    {
        CHECKED(verifySuccessBase(r, 48225, QString()));
        EXPECT(r.contactNumber, u"0004711"_s);
        EXPECT(r.identification, u"c2f7a1e0-5b8d-4e21-9c33-7d1f0a6b9e42"_s);
        EXPECT(r.uniqueToken, u"T0k3n-9f8e7d6c5b4a3f2e1d0c"_s);
    }
};

template <> struct Values<ops::RecoverPassword> {
    static dto::RecoverPasswordParams params()
    {
        dto::RecoverPasswordParams p;
        p.email = u"zoe.lefevre@bluewin.ch"_s;
        p.pointOfSalesId = qint64(1001);
        return p;
    }
    static void verify(const dto::WebMethodResult &r)
    {
        CHECKED(verifySuccessBase(r, 48226, u"Un nouveau mot de passe a été envoyé à z***@bluewin.ch"_s));
    }
};

template <> struct Values<ops::ChangePassword> {
    static dto::ChangePasswordParams params()
    {
        dto::ChangePasswordParams p;
        p.contactNumber = u"0004711"_s;
        p.currentPassword = u"Motdepasse-Été2024"_s;
        p.newPassword = u"Nouveau&<Sûr>\"2025\""_s;
        return p;
    }
    static void verify(const dto::WebMethodResult &r)
    {
        CHECKED(verifySuccessBase(r, 48227, u""_s)); // present but empty: not the same as absent
    }
};

template <> struct Values<ops::ListAuthorizedPos> {
    static dto::ListAuthorizedPosParams params()
    {
        dto::ListAuthorizedPosParams p;
        dto::ContactAuthenticationData &a = p.contactAuthenticationData;
        a.contactNumber = u"0004711"_s;
        a.contactTypeScope = u"STRUCTURE"_s;
        a.pointOfSalesId = qint64(2040);
        a.identification = u"c2f7a1e0-5b8d-4e21-9c33-7d1f0a6b9e42"_s;
        a.uniqueToken = u"T0k3n-9f8e7d6c5b4a3f2e1d0c"_s;
        a.socialLogin = true;
        a.identityProvider = u"SWISSPASS"_s;
        a.providerUserReference = u"sp-7c3e9a21-0045"_s;
        a.structureContactNumber = u"0001502"_s;
        return p;
    }
    static void verify(const dto::PointOfSalesListResult &r)
    {
        CHECKED(verifySuccessBase(r, 48228, QString()));
        EXPECT_SIZE(r.pointsOfSales, 2);
        EXPECT(r.pointsOfSales[0].pointOfSalesId, qint64(1001));
        EXPECT(r.pointsOfSales[0].code, u"WEB_FR"_s);
        EXPECT(r.pointsOfSales[0].name, u"Billetterie en ligne"_s);
        EXPECT(r.pointsOfSales[0].salesChannelCode, u"INTERNET"_s);
        EXPECT(r.pointsOfSales[1].pointOfSalesId, qint64(2040));
        EXPECT(r.pointsOfSales[1].code, u"B2B_PRO"_s);
        EXPECT(r.pointsOfSales[1].name, u"Espace professionnels"_s);
        EXPECT(r.pointsOfSales[1].salesChannelCode, u"B2B"_s);
    }
};

// ---------------------------------------------------------------- ContactSocialLoginService

template <> struct Values<ops::AddLink> {
    static dto::AddLinkParams params()
    {
        dto::AddLinkParams p;
        p.contactNumber = u"0004711"_s;
        p.provider = u"SWISSPASS"_s;
        p.providerUserReference = u"sp-7c3e9a21-0045"_s;
        return p;
    }
    static void verify(const dto::WebMethodResult2 &r) { CHECKED(verifySuccessBase(r, 48229, QString())); }
};

template <> struct Values<ops::CreateUser> {
    static dto::CreateUserParams params()
    {
        dto::CreateUserParams p;
        p.signUpData.email = u"noemie.favre@bluewin.ch"_s;
        p.signUpData.firstname = u"Noémie"_s;
        p.signUpData.lastname = u"Favre-Übersax"_s;
        p.signUpData.gender = u"FEMALE"_s;
        p.signUpData.lang = u"fr"_s;
        p.signUpData.title = u"MRS"_s;
        p.signUpData.phonePrefix = u"+41"_s;
        p.signUpData.phoneNumber = u"0791234567"_s;
        p.provider = u"GOOGLE"_s;
        p.providerUserReference = u"108234567890123456789"_s;
        return p;
    }
    static void verify(const dto::ContactSaveResult &r)
    {
        CHECKED(verifySuccessBase(r, 48230, u"Contact créé"_s));
        EXPECT(r.contactNumber, u"0009107"_s);
        EXPECT(r.contactId, qint64(9107));
        EXPECT(r.lastModificationDate, at(2024, 5, 1, 12, 15, 42, 2));
    }
};

} // namespace contactdesk::test
