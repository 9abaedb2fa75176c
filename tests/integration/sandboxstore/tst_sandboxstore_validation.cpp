// Every validation rule refuses the call with `invalid`, names the field in statusDetail,
// and writes nothing: row counts and the content of every table are unchanged.

#include "ContactBuilders.h"

#include <functional>

using namespace sandboxtest;

namespace {

struct Known {
    QString anna;      // individual with a login, relay of `structure`
    QString bob;       // individual with a login
    QString structure; // structure whose relay is anna
    QString member;    // a MEMBER of structure
};

struct Outcome {
    QString status;
    QString detail;
};

template <class R>
Outcome outcome(const R &result)
{
    return {result.statusCode, result.statusDetail};
}

using Run = std::function<Outcome(SandboxService &, const Known &)>;

struct Case {
    const char *name;
    const char *field;
    Run run;
};

dto::IndividualContactData validNew()
{
    return individualData({QStringLiteral("Nina"), QStringLiteral("Neu"), QStringLiteral("Basel"),
                           QStringLiteral("4051"), QStringLiteral("CH"), QStringLiteral("+41 61 222 33 44"),
                           QStringLiteral("nina.neu@example.ch")});
}

// A case on a new individual: `change` spoils one thing.
Run individual(std::function<void(dto::IndividualContactData &)> change)
{
    return [change](SandboxService &s, const Known &) {
        dto::IndividualContactData d = validNew();
        change(d);
        return outcome(save(s, d));
    };
}

// A case on an update of anna.
Run annaUpdate(std::function<void(dto::IndividualContactData &, const Known &)> change)
{
    return [change](SandboxService &s, const Known &k) {
        dto::IndividualContactData d;
        d.contactNumber = k.anna;
        change(d, k);
        return outcome(save(s, d));
    };
}

dto::IndividualData &person(dto::IndividualContactData &d)
{
    return *d.individualContact;
}

Run structure(std::function<void(dto::StructureContactData &, const Known &)> change)
{
    return [change](SandboxService &s, const Known &k) {
        dto::StructureContactData d;
        dto::StructureData st;
        st.structureName = QStringLiteral("Neue Bühne GmbH");
        st.structureTypeCode = QStringLiteral("COMPANY");
        st.relayContactNumber = k.bob;
        d.structureContact = st;
        change(d, k);
        return outcome(saveStructure(s, d));
    };
}

Run member(std::function<void(dto::StructureMemberData &, const Known &)> change)
{
    return [change](SandboxService &s, const Known &k) {
        dto::SaveStructureMemberParams p;
        p.structureMemberData.structureContactNumber = k.structure;
        p.structureMemberData.memberContactNumber = k.bob;
        p.structureMemberData.memberRole = QStringLiteral("MEMBER");
        change(p.structureMemberData, k);
        return outcome(s.saveStructureMember(p, contextAt(fixedNow())));
    };
}

dto::ExternalContactCriterionData criterion(const char *code, QStringList values)
{
    return {QString::fromLatin1(code), std::move(values)};
}

const QList<Case> &cases()
{
    static const QList<Case> all = {
        // ---- saveIndividualContactData: lengths, enums, formats
        {"last name 101", "individualContactData.individualContact.individualLastName",
         individual([](auto &d) { person(d).individualLastName = QString(101, u'x'); })},
        {"first name 101", "individualContactData.individualContact.individualFirstName",
         individual([](auto &d) { person(d).individualFirstName = QString(101, u'x'); })},
        {"remark 2001", "individualContactData.individualContact.remark",
         individual([](auto &d) { person(d).remark = QString(2001, u'r'); })},
        {"title", "individualContactData.individualContact.individualTitle",
         individual([](auto &d) { person(d).individualTitle = QStringLiteral("DR"); })},
        {"birth date in the future", "individualContactData.individualContact.individualBirthDate",
         individual([](auto &d) { person(d).individualBirthDate = fixedNow().date().addDays(1); })},
        {"language 3 letters", "individualContactData.individualContact.individualLanguage",
         individual([](auto &d) { person(d).individualLanguage = QStringLiteral("deu"); })},
        {"language upper case", "individualContactData.individualContact.individualLanguage",
         individual([](auto &d) { person(d).individualLanguage = QStringLiteral("DE"); })},
        {"email syntax", "individualContactData.email",
         individual([](auto &d) { d.email = QStringLiteral("nina.example.ch"); })},
        {"email 101", "individualContactData.email",
         individual([](auto &d) { d.email = QString(92, u'n') + QStringLiteral("@example.ch"); })},
        {"function 101", "individualContactData.function",
         individual([](auto &d) { d.function = QString(101, u'f'); })},
        {"country UK", "individualContactData.addresses[0].countryCode",
         individual([](auto &d) { (*d.addresses)[0].countryCode = QStringLiteral("UK"); })},
        {"country lower case", "individualContactData.addresses[0].countryCode",
         individual([](auto &d) { (*d.addresses)[0].countryCode = QStringLiteral("ch"); })},
        {"zip 11", "individualContactData.addresses[0].zipCode",
         individual([](auto &d) { (*d.addresses)[0].zipCode = QStringLiteral("12345678901"); })},
        {"town 21", "individualContactData.addresses[0].town",
         individual([](auto &d) { (*d.addresses)[0].town = QString(21, u't'); })},
        {"line1 101", "individualContactData.addresses[0].line1",
         individual([](auto &d) { (*d.addresses)[0].line1 = QString(101, u'l'); })},
        {"address type", "individualContactData.addresses[0].addressTypes[0]",
         individual([](auto &d) { (*d.addresses)[0].addressTypes = QStringList{QStringLiteral("HOME")}; })},
        {"second address not of this contact", "individualContactData.addresses[0].addressId",
         annaUpdate([](auto &d, const Known &) {
             dto::ContactAddressData a;
             a.addressId = 999999;
             a.town = QStringLiteral("Bern");
             d.addresses = QList<dto::ContactAddressData>{a};
         })},
        {"communication type", "individualContactData.communicationMeans[0].type",
         individual([](auto &d) { (*d.communicationMeans)[0].type = QStringLiteral("PAGER"); })},
        {"communication email value", "individualContactData.communicationMeans[0].value", individual([](auto &d) {
             (*d.communicationMeans)[0].type = QStringLiteral("EMAIL");
             (*d.communicationMeans)[0].value = QStringLiteral("not-an-email");
         })},
        {"communication phone value", "individualContactData.communicationMeans[0].value",
         individual([](auto &d) { (*d.communicationMeans)[0].value = QStringLiteral("call me maybe"); })},
        {"authorization unknown", "individualContactData.authorizations[0].authorizationCode", individual([](auto &d) {
             dto::AuthorizationData a;
             a.authorizationCode = QStringLiteral("CARRIER_PIGEON");
             a.granted = true;
             d.authorizations = QList<dto::AuthorizationData>{a};
         })},
        {"authorization without granted", "individualContactData.authorizations[0].granted", individual([](auto &d) {
             dto::AuthorizationData a;
             a.authorizationCode = QStringLiteral("SMS_OFFERS");
             d.authorizations = QList<dto::AuthorizationData>{a};
         })},
        {"criterion unknown", "individualContactData.contactCriteria[0].criterionCode", individual([](auto &d) {
             d.contactCriteria = QList<dto::ExternalContactCriterionData>{criterion("SHOE_SIZE", {QStringLiteral("42")})};
         })},
        {"list value not an element", "individualContactData.contactCriteria[0].values[0]", individual([](auto &d) {
             d.contactCriteria = QList<dto::ExternalContactCriterionData>{criterion("FAVORITE_GENRE", {QStringLiteral("POLKA")})};
         })},
        {"single list with two values", "individualContactData.contactCriteria[0].values", individual([](auto &d) {
             d.contactCriteria = QList<dto::ExternalContactCriterionData>{
                 criterion("FAVORITE_GENRE", {QStringLiteral("OPERA"), QStringLiteral("JAZZ")})};
         })},
        {"multiple list with an unknown element", "individualContactData.contactCriteria[0].values[1]", individual([](auto &d) {
             d.contactCriteria = QList<dto::ExternalContactCriterionData>{
                 criterion("INTERESTS", {QStringLiteral("FAMILY"), QStringLiteral("SKYDIVING")})};
         })},
        {"boolean yes", "individualContactData.contactCriteria[0].values[0]", individual([](auto &d) {
             d.contactCriteria = QList<dto::ExternalContactCriterionData>{criterion("NEWSLETTER", {QStringLiteral("yes")})};
         })},
        {"date criterion", "individualContactData.contactCriteria[0].values[0]", individual([](auto &d) {
             d.contactCriteria = QList<dto::ExternalContactCriterionData>{criterion("PATRON_SINCE", {QStringLiteral("31.12.2020")})};
         })},
        {"number criterion", "individualContactData.contactCriteria[0].values[0]", individual([](auto &d) {
             d.contactCriteria = QList<dto::ExternalContactCriterionData>{criterion("ANNUAL_VISITS", {QStringLiteral("many")})};
         })},
        {"criterion twice", "individualContactData.contactCriteria[1].criterionCode", individual([](auto &d) {
             d.contactCriteria = QList<dto::ExternalContactCriterionData>{criterion("VIP", {QStringLiteral("true")}),
                                                                         criterion("VIP", {QStringLiteral("false")})};
         })},
        {"contact number letters", "individualContactData.contactNumber",
         individual([](auto &d) { d.contactNumber = QStringLiteral("12AB"); })},
        {"contact number 21 digits", "individualContactData.contactNumber",
         individual([](auto &d) { d.contactNumber = QString(21, u'1'); })},
        {"new individual without last name", "individualContactData.individualContact.individualLastName",
         individual([](auto &d) { person(d).individualLastName.clear(); })},
        {"update clearing the last name", "individualContactData.individualContact.individualLastName",
         annaUpdate([](auto &d, const Known &) {
             dto::IndividualData i;
             i.individualLastName = QStringLiteral("");
             d.individualContact = i;
         })},
        {"login without password", "individualContactData.password",
         individual([](auto &d) { d.login = QStringLiteral("nina.neu"); })},
        {"password too short", "individualContactData.password", individual([](auto &d) {
             d.login = QStringLiteral("nina.neu");
             d.password = QStringLiteral("short");
         })},
        {"password without login", "individualContactData.password",
         individual([](auto &d) { d.password = QStringLiteral("long enough password"); })},
        {"login with a space", "individualContactData.login", individual([](auto &d) {
             d.login = QStringLiteral("nina neu");
             d.password = QStringLiteral("long enough password");
         })},
        {"login of another contact", "individualContactData.login", individual([](auto &d) {
             d.login = QStringLiteral("ANNA@example.ch"); // logins compare without case
             d.password = QStringLiteral("long enough password");
         })},
        {"one PUBLIC login per email", "individualContactData.login", individual([](auto &d) {
             d.email = QStringLiteral("bob@example.ch"); // bob has a login with this email
             d.login = QStringLiteral("bob.twin");
             d.password = QStringLiteral("long enough password");
         })},
        {"email taken by a PUBLIC login", "individualContactData.email",
         annaUpdate([](auto &d, const Known &) { d.email = QStringLiteral("Bob@Example.ch"); })},
        {"individual save on a structure", "individualContactData.contactNumber",
         annaUpdate([](auto &d, const Known &k) { d.contactNumber = k.structure; })},
        // ---- saveStructureContactData
        {"structure name 101", "structureContactData.structureContact.structureName",
         structure([](auto &d, const Known &) { d.structureContact->structureName = QString(101, u's'); })},
        {"structure code 9", "structureContactData.structureContact.structureCode",
         structure([](auto &d, const Known &) { d.structureContact->structureCode = QStringLiteral("ABCDEFGHI"); })},
        {"address name 39", "structureContactData.structureContact.addressName1",
         structure([](auto &d, const Known &) { d.structureContact->addressName1 = QString(39, u'a'); })},
        {"address name 2 39", "structureContactData.structureContact.addressName2",
         structure([](auto &d, const Known &) { d.structureContact->addressName2 = QString(39, u'a'); })},
        {"structure type unknown", "structureContactData.structureContact.structureTypeCode",
         structure([](auto &d, const Known &) { d.structureContact->structureTypeCode = QStringLiteral("GUILD"); })},
        {"employees negative", "structureContactData.structureContact.numberOfEmployees",
         structure([](auto &d, const Known &) { d.structureContact->numberOfEmployees = -1; })},
        {"uid pattern", "structureContactData.structureContact.administrativeNumbers[0].value",
         structure([](auto &d, const Known &) {
             d.structureContact->administrativeNumbers = {{QStringLiteral("CH_UID"), QStringLiteral("CHE-123.456")}};
         })},
        {"administrative number unknown", "structureContactData.structureContact.administrativeNumbers[0].code",
         structure([](auto &d, const Known &) {
             d.structureContact->administrativeNumbers = {{QStringLiteral("DUNS"), QStringLiteral("123456789")}};
         })},
        {"new structure without relay", "structureContactData.structureContact.relayContactNumber",
         structure([](auto &d, const Known &) { d.structureContact->relayContactNumber.clear(); })},
        {"relay is a structure", "structureContactData.structureContact.relayContactNumber",
         structure([](auto &d, const Known &k) { d.structureContact->relayContactNumber = k.structure; })},
        {"relay unknown", "structureContactData.structureContact.relayContactNumber",
         structure([](auto &d, const Known &) { d.structureContact->relayContactNumber = QStringLiteral("9999999999"); })},
        {"structure email", "structureContactData.email",
         structure([](auto &d, const Known &) { d.email = QStringLiteral("info@"); })},
        {"structure country", "structureContactData.addresses[0].countryCode", structure([](auto &d, const Known &) {
             dto::ContactAddressData a;
             a.countryCode = QStringLiteral("UK");
             d.addresses = QList<dto::ContactAddressData>{a};
         })},
        // ---- saveStructureAdministrativeNumbers
        {"siret pattern", "administrativeNumbers[0].value", [](SandboxService &s, const Known &k) {
             dto::SaveStructureAdministrativeNumbersParams p;
             p.structureContactNumber = k.structure;
             p.administrativeNumbers = {{QStringLiteral("FR_SIRET"), QStringLiteral("1234567890123")}};
             return outcome(s.saveStructureAdministrativeNumbers(p, contextAt(fixedNow())));
         }},
        {"administrative number twice", "administrativeNumbers[1].code", [](SandboxService &s, const Known &k) {
             dto::SaveStructureAdministrativeNumbersParams p;
             p.structureContactNumber = k.structure;
             p.administrativeNumbers = {{QStringLiteral("EU_VAT"), QStringLiteral("DE123456789")},
                                        {QStringLiteral("EU_VAT"), QStringLiteral("DE987654321")}};
             return outcome(s.saveStructureAdministrativeNumbers(p, contextAt(fixedNow())));
         }},
        {"administrative numbers on an individual", "structureContactNumber", [](SandboxService &s, const Known &k) {
             dto::SaveStructureAdministrativeNumbersParams p;
             p.structureContactNumber = k.anna;
             return outcome(s.saveStructureAdministrativeNumbers(p, contextAt(fixedNow())));
         }},
        // ---- saveStructureMember / deleteStructureMember
        {"member role", "structureMemberData.memberRole",
         member([](auto &d, const Known &) { d.memberRole = QStringLiteral("BOSS"); })},
        {"member is a structure", "structureMemberData.memberContactNumber",
         member([](auto &d, const Known &k) { d.memberContactNumber = k.structure; })},
        {"new member without last name", "structureMemberData.individualContact.individualLastName",
         member([](auto &d, const Known &) { d.memberContactNumber.clear(); })},
        {"professional email", "structureMemberData.professionalEmail",
         member([](auto &d, const Known &) { d.professionalEmail = QStringLiteral("bob(at)example.ch"); })},
        {"professional phone", "structureMemberData.professionalPhone",
         member([](auto &d, const Known &) { d.professionalPhone = QStringLiteral("ext. twelve"); })},
        {"end before start", "structureMemberData.endDate", member([](auto &d, const Known &) {
             d.startDate = fixedNow();
             d.endDate = fixedNow().addDays(-1);
         })},
        {"function 101", "structureMemberData.function",
         member([](auto &d, const Known &) { d.function = QString(101, u'f'); })},
        {"relay made a plain member", "structureMemberData.memberRole",
         member([](auto &d, const Known &k) { d.memberContactNumber = k.anna; })},
        {"member of an individual", "structureMemberData.structureContactNumber",
         member([](auto &d, const Known &k) { d.structureContactNumber = k.bob; })},
        {"delete the relay", "memberContactNumber", [](SandboxService &s, const Known &k) {
             dto::DeleteStructureMemberParams p;
             p.structureContactNumber = k.structure;
             p.memberContactNumber = k.anna;
             return outcome(s.deleteStructureMember(p, contextAt(fixedNow())));
         }},
        // ---- other operations
        {"detail level", "details[1]", [](SandboxService &s, const Known &k) {
             return outcome(getContact(s, k.anna, {QStringLiteral("GENERAL"), QStringLiteral("EVERYTHING")}));
         }},
        {"new password too short", "newPassword", [](SandboxService &s, const Known &k) {
             dto::ChangePasswordParams p;
             p.contactNumber = k.anna;
             p.currentPassword = QStringLiteral("anna-password-1");
             p.newPassword = QStringLiteral("1234567");
             return outcome(s.changePassword(p, contextAt(fixedNow())));
         }},
        {"change password without current", "currentPassword", [](SandboxService &s, const Known &k) {
             dto::ChangePasswordParams p;
             p.contactNumber = k.anna;
             p.newPassword = QStringLiteral("a new password");
             return outcome(s.changePassword(p, contextAt(fixedNow())));
         }},
        {"recover without email", "email", [](SandboxService &s, const Known &) {
             return outcome(s.recoverPassword({}, contextAt(fixedNow())));
         }},
        {"create user email", "signUpData.email", [](SandboxService &s, const Known &) {
             dto::CreateUserParams p;
             p.signUpData.email = QStringLiteral("nope");
             p.signUpData.lastname = QStringLiteral("Neu");
             return outcome(s.createUser(p, contextAt(fixedNow())));
         }},
        {"create user lang", "signUpData.lang", [](SandboxService &s, const Known &) {
             dto::CreateUserParams p;
             p.signUpData.email = QStringLiteral("neu@example.ch");
             p.signUpData.lastname = QStringLiteral("Neu");
             p.signUpData.lang = QStringLiteral("xx");
             return outcome(s.createUser(p, contextAt(fixedNow())));
         }},
        {"create user gender", "signUpData.gender", [](SandboxService &s, const Known &) {
             dto::CreateUserParams p;
             p.signUpData.email = QStringLiteral("neu@example.ch");
             p.signUpData.lastname = QStringLiteral("Neu");
             p.signUpData.gender = QStringLiteral("OTHER");
             return outcome(s.createUser(p, contextAt(fixedNow())));
         }},
        {"add link provider", "provider", [](SandboxService &s, const Known &k) {
             dto::AddLinkParams p;
             p.contactNumber = k.anna;
             p.provider = QStringLiteral("MYSPACE");
             p.providerUserReference = QStringLiteral("anna-1");
             return outcome(s.addLink(p, contextAt(fixedNow())));
         }},
    };
    return all;
}

} // namespace

class TestSandboxValidationRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<Fixture>(0);
        SandboxService &s = m_fixture->service();
        auto anna = individualData({QStringLiteral("Anna"), QStringLiteral("Ackermann")});
        anna.email = QStringLiteral("anna@example.ch");
        anna.login = QStringLiteral("anna@example.ch");
        anna.password = QStringLiteral("anna-password-1");
        m_known.anna = save(s, anna).contactNumber;
        auto bob = individualData({QStringLiteral("Bob"), QStringLiteral("Brunner")});
        bob.email = QStringLiteral("bob@example.ch");
        bob.login = QStringLiteral("bob");
        bob.password = QStringLiteral("bob-password-1");
        m_known.bob = save(s, bob).contactNumber;
        m_known.structure = createStructure(s, QStringLiteral("Theater am Platz AG"), m_known.anna);
        QVERIFY(!m_known.anna.isEmpty() && !m_known.bob.isEmpty() && !m_known.structure.isEmpty());
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void refusedNamingTheFieldAndWritingNothing_data()
    {
        QTest::addColumn<int>("index");
        for (qsizetype i = 0; i < cases().size(); ++i)
            QTest::newRow(cases()[i].name) << int(i);
    }
    void refusedNamingTheFieldAndWritingNothing()
    {
        QFETCH(int, index);
        const Case &c = cases()[index];
        const auto countsBefore = rowCounts(m_fixture->database());
        const QByteArray before = fingerprint(m_fixture->database());
        const Outcome result = c.run(m_fixture->service(), m_known);
        QCOMPARE(result.status, QStringLiteral("invalid"));
        QCOMPARE(fieldOf(result.detail), QString::fromLatin1(c.field));
        QVERIFY(result.detail.size() > qsizetype(strlen(c.field)) + 2); // a message follows the field
        QCOMPARE(rowCounts(m_fixture->database()), countsBefore);
        QVERIFY2(fingerprint(m_fixture->database()) == before, "a refused call changed the database");
    }

    // The same spoiled values are fine once corrected: the refusals above are not an
    // accident of the base data.
    void theBaseCasesAreValid()
    {
        const QByteArray before = fingerprint(m_fixture->database());
        QCOMPARE(save(m_fixture->service(), validNew()).statusCode, QStringLiteral("success"));
        QVERIFY(fingerprint(m_fixture->database()) != before); // the fingerprint does see writes
        dto::SaveStructureMemberParams p;
        p.structureMemberData.structureContactNumber = m_known.structure;
        p.structureMemberData.memberContactNumber = m_known.bob;
        p.structureMemberData.memberRole = QStringLiteral("MEMBER");
        QCOMPARE(m_fixture->service().saveStructureMember(p, contextAt(fixedNow())).statusCode, QStringLiteral("success"));
    }

private:
    std::unique_ptr<Fixture> m_fixture;
    Known m_known;
};

QTEST_GUILESS_MAIN(TestSandboxValidationRules)
#include "tst_sandboxstore_validation.moc"
