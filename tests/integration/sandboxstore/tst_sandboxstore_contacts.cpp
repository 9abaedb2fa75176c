// Contacts and structures through SandboxService: detail levels, idempotent creates,
// conflicts, list replacement, relays and members, social login, concurrent writers.

#include "ContactBuilders.h"

#include <QThread>

using namespace sandboxtest;

namespace {

const QStringList allDetails{QStringLiteral("GENERAL"), QStringLiteral("ADDRESSES"), QStringLiteral("COM_MEANS"),
                             QStringLiteral("AUTHORIZATIONS"), QStringLiteral("CRITERIA"),
                             QStringLiteral("ADVANTAGES"), QStringLiteral("INDIVIDUAL_PHOTO")};

dto::StructureMemberListResult members(SandboxService &s, const QString &structure,
                                       const dto::StructureMemberSearchCriteria &extra = {})
{
    dto::ListStructureMembersByCriteriaParams p;
    p.searchCriteria = extra;
    p.searchCriteria.structureContactNumber = structure;
    return s.listStructureMembersByCriteria(p, contextAt(fixedNow()));
}

QString roleOf(const dto::StructureMemberListResult &list, const QString &member)
{
    for (const auto &m : list.members) {
        if (m.memberContactNumber == member)
            return m.memberRole;
    }
    return {};
}

dto::ContactSaveResult saveMember(SandboxService &s, const QString &structure, const QString &member,
                                  const QString &role, const QString &function = {})
{
    dto::SaveStructureMemberParams p;
    p.structureMemberData.structureContactNumber = structure;
    p.structureMemberData.memberContactNumber = member;
    p.structureMemberData.memberRole = role;
    p.structureMemberData.function = function;
    return s.saveStructureMember(p, contextAt(fixedNow()));
}

} // namespace

class TestSandboxContacts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { m_fixture = std::make_unique<Fixture>(0); }
    void cleanup() { m_fixture.reset(); }

    void createThenReadEverySection()
    {
        SandboxService &s = m_fixture->service();
        auto d = individualData({QStringLiteral("Chloë"), QStringLiteral("Brontë"), QStringLiteral("York"),
                                 QStringLiteral("YO1 7HH"), QStringLiteral("GB"), QStringLiteral("+44 7700 900123"),
                                 QStringLiteral("chloe@example.co.uk")});
        d.individualContact->individualBirthDate = QDate(1990, 4, 12);
        d.individualContact->photo = QByteArray("\x89PNG fake", 9);
        d.function = QStringLiteral("Writer");
        dto::AuthorizationData a;
        a.authorizationCode = QStringLiteral("NEWSLETTER_EMAIL");
        a.granted = true;
        d.authorizations = QList<dto::AuthorizationData>{a};
        d.contactCriteria = QList<dto::ExternalContactCriterionData>{
            {QStringLiteral("INTERESTS"), {QStringLiteral("FAMILY"), QStringLiteral("PREMIERES")}},
            {QStringLiteral("ANNUAL_VISITS"), {QStringLiteral("12")}}};
        const auto saved = save(s, d);
        QCOMPARE(saved.statusCode, QStringLiteral("success"));
        QVERIFY(saved.contactId.has_value());
        QCOMPARE(saved.contactNumber.size(), 10);
        QVERIFY(saved.contactNumber.startsWith(u'0')); // leading zeros are part of the number
        QCOMPARE(saved.lastModificationDate, fixedNow());

        const auto full = getContact(s, saved.contactNumber, allDetails);
        QCOMPARE(full.statusCode, QStringLiteral("success"));
        QCOMPARE(full.contactId, saved.contactId);
        QCOMPARE(full.contactType, QStringLiteral("INDIVIDUAL"));
        QCOMPARE(full.role, QStringLiteral("PUBLIC"));
        QCOMPARE(full.function, QStringLiteral("Writer"));
        QCOMPARE(full.email, QStringLiteral("chloe@example.co.uk"));
        QCOMPARE(full.creationDate, fixedNow());
        QCOMPARE(full.individualContact->individualLastName, QStringLiteral("Brontë"));
        QCOMPARE(full.individualContact->individualBirthDate, QDate(1990, 4, 12));
        QCOMPARE(full.individualContact->photo, QByteArray("\x89PNG fake", 9));
        QCOMPARE(full.addresses.size(), 1);
        QCOMPARE(full.addresses[0].countryCode, QStringLiteral("GB"));
        QCOMPARE(full.addresses[0].addressTypes, QStringList{QStringLiteral("MAIN")});
        QCOMPARE(full.communicationMeans.size(), 1);
        QCOMPARE(full.communicationMeans[0].value, QStringLiteral("+44 7700 900123"));
        QCOMPARE(full.authorizations.size(), 1);
        QCOMPARE(full.authorizations[0].grantDate, fixedNow()); // absent grantDate: the save's time
        QCOMPARE(full.contactCriteria.size(), 2);
        QCOMPARE(full.contactCriteria[0].values, (QStringList{QStringLiteral("FAMILY"), QStringLiteral("PREMIERES")}));
        QCOMPARE(full.createdFrom.value(QStringLiteral("operator")), QStringLiteral("MOSA_DEMO"));
        QCOMPARE(full.hasAdvantages, false);
    }

    void onlyTheSectionsAskedAreFilled()
    {
        SandboxService &s = m_fixture->service();
        auto d = individualData({QStringLiteral("Ida"), QStringLiteral("Imhof"), QStringLiteral("Zug"),
                                 QStringLiteral("6300"), QStringLiteral("CH"), QStringLiteral("+41 79 111 22 33")});
        d.individualContact->photo = QByteArray("photo");
        const QString number = save(s, d).contactNumber;

        const auto general = getContact(s, number); // none asked: GENERAL
        QCOMPARE(general.individualContact->individualLastName, QStringLiteral("Imhof"));
        QVERIFY(general.addresses.isEmpty());
        QVERIFY(general.communicationMeans.isEmpty());
        QVERIFY(general.individualContact->photo.isEmpty());

        const auto addressesOnly = getContact(s, number, {QStringLiteral("ADDRESSES")});
        QCOMPARE(addressesOnly.contactNumber, number);
        QCOMPARE(addressesOnly.addresses.size(), 1);
        QVERIFY(addressesOnly.communicationMeans.isEmpty());
        QVERIFY(!addressesOnly.individualContact.has_value());
        QVERIFY(!addressesOnly.lastModificationDate.isValid());

        const auto photoOnly = getContact(s, number, {QStringLiteral("INDIVIDUAL_PHOTO")});
        QCOMPARE(photoOnly.individualContact->photo, QByteArray("photo"));
        QVERIFY(photoOnly.individualContact->individualLastName.isEmpty());
    }

    void unknownContactIsNotFound()
    {
        const auto result = getContact(m_fixture->service(), QStringLiteral("0000999999"));
        QCOMPARE(result.statusCode, QStringLiteral("notfound"));
        QCOMPARE(fieldOf(result.statusDetail), QStringLiteral("contactNumber"));
        dto::IndividualContactData update;
        update.contactNumber = QStringLiteral("0000999999");
        const QByteArray before = fingerprint(m_fixture->database());
        QCOMPARE(save(m_fixture->service(), update).statusCode, QStringLiteral("notfound"));
        QVERIFY(fingerprint(m_fixture->database()) == before);
    }

    void aRetriedCreateReturnsTheSameContact()
    {
        SandboxService &s = m_fixture->service();
        auto d = individualData({QStringLiteral("Idem"), QStringLiteral("Potent")});
        d.identifier = 770001;
        const auto first = save(s, d);
        QCOMPARE(first.statusCode, QStringLiteral("success"));
        const auto counts = rowCounts(m_fixture->database());
        const auto second = save(s, d, fixedNow().addSecs(5));
        QCOMPARE(second.statusCode, QStringLiteral("success"));
        QCOMPARE(second.contactNumber, first.contactNumber);
        QCOMPARE(second.contactId, first.contactId);
        QCOMPARE(second.lastModificationDate, first.lastModificationDate);
        QCOMPARE(rowCounts(m_fixture->database()), counts);
        // The identifier belongs to an individual: a structure create with it is refused.
        dto::StructureContactData st;
        st.identifier = 770001;
        st.structureContact = dto::StructureData{};
        st.structureContact->structureName = QStringLiteral("Other");
        st.structureContact->relayContactNumber = first.contactNumber;
        const auto clash = saveStructure(s, st);
        QCOMPARE(clash.statusCode, QStringLiteral("invalid"));
        QCOMPARE(fieldOf(clash.statusDetail), QStringLiteral("structureContactData.identifier"));
        // Another identifier is another contact.
        d.identifier = 770002;
        QVERIFY(save(s, d).contactNumber != first.contactNumber);
    }

    void aStaleExpectedModificationDateIsAConflict()
    {
        SandboxService &s = m_fixture->service();
        const auto created = save(s, individualData({QStringLiteral("Con"), QStringLiteral("Flict")}));
        dto::IndividualContactData edit;
        edit.contactNumber = created.contactNumber;
        edit.function = QStringLiteral("first edit");
        edit.expectedLastModificationDate = created.lastModificationDate;
        const auto firstEdit = save(s, edit, fixedNow()); // same clock: still a later modification date
        QCOMPARE(firstEdit.statusCode, QStringLiteral("success"));
        QVERIFY(firstEdit.lastModificationDate > created.lastModificationDate);

        edit.function = QStringLiteral("second edit, based on the old state");
        const QByteArray before = fingerprint(m_fixture->database());
        const auto stale = save(s, edit);
        QCOMPARE(stale.statusCode, QStringLiteral("conflict"));
        QCOMPARE(fieldOf(stale.statusDetail), QStringLiteral("individualContactData.expectedLastModificationDate"));
        QVERIFY(fingerprint(m_fixture->database()) == before);
        QCOMPARE(getContact(s, created.contactNumber).function, QStringLiteral("first edit"));

        edit.expectedLastModificationDate = firstEdit.lastModificationDate;
        QCOMPARE(save(s, edit).statusCode, QStringLiteral("success"));
    }

    void aPresentListReplacesAnAbsentListKeeps()
    {
        SandboxService &s = m_fixture->service();
        auto d = individualData({QStringLiteral("Lisa"), QStringLiteral("Liste"), QStringLiteral("Bern"),
                                 QStringLiteral("3011"), QStringLiteral("CH"), QStringLiteral("+41 31 123 45 67")});
        const QString number = save(s, d).contactNumber;
        const auto before = getContact(s, number, allDetails);
        const qint64 addressId = *before.addresses[0].addressId;

        dto::IndividualContactData onlyName;
        onlyName.contactNumber = number;
        onlyName.individualContact = dto::IndividualData{};
        onlyName.individualContact->individualFirstName = QStringLiteral("Luise");
        QCOMPARE(save(s, onlyName).statusCode, QStringLiteral("success"));
        auto after = getContact(s, number, allDetails);
        QCOMPARE(after.individualContact->individualFirstName, QStringLiteral("Luise"));
        QCOMPARE(after.individualContact->individualLastName, QStringLiteral("Liste")); // absent field kept
        QCOMPARE(after.addresses.size(), 1);                                              // absent list kept
        QCOMPARE(after.communicationMeans.size(), 1);

        dto::IndividualContactData replace;
        replace.contactNumber = number;
        dto::ContactAddressData kept = after.addresses[0];
        kept.town = QStringLiteral("Thun");
        dto::ContactAddressData added;
        added.addressTypes = QStringList{QStringLiteral("BILLING")};
        added.town = QStringLiteral("Biel/Bienne");
        added.countryCode = QStringLiteral("CH");
        replace.addresses = QList<dto::ContactAddressData>{kept, added};
        replace.communicationMeans = QList<dto::CommunicationMeanData>{}; // present and empty: cleared
        QCOMPARE(save(s, replace).statusCode, QStringLiteral("success"));
        after = getContact(s, number, allDetails);
        QCOMPARE(after.addresses.size(), 2);
        QCOMPARE(*after.addresses[0].addressId, addressId); // an address sent back keeps its id
        QCOMPARE(after.addresses[0].town, QStringLiteral("Thun"));
        QCOMPARE(after.addresses[1].town, QStringLiteral("Biel/Bienne"));
        QVERIFY(after.communicationMeans.isEmpty());
        QCOMPARE(after.contactNumber, number); // the number never changes
    }

    void onePublicLoginPerEmailButMembersMayShareIt()
    {
        SandboxService &s = m_fixture->service();
        auto first = individualData({QStringLiteral("Eva"), QStringLiteral("Erste")});
        first.email = QStringLiteral("shared@example.ch");
        first.login = QStringLiteral("eva");
        first.password = QStringLiteral("eva-password");
        const QString eva = save(s, first).contactNumber;
        // A second PUBLIC contact may have the email, but not a login with it.
        auto second = individualData({QStringLiteral("Eva"), QStringLiteral("Zweite")});
        second.email = QStringLiteral("Shared@Example.ch");
        const QString twin = save(s, second).contactNumber;
        QVERIFY(!twin.isEmpty());
        dto::IndividualContactData login;
        login.contactNumber = twin;
        login.login = QStringLiteral("eva2");
        login.password = QStringLiteral("eva2-password");
        const auto refused = save(s, login);
        QCOMPARE(refused.statusCode, QStringLiteral("invalid"));
        QCOMPARE(fieldOf(refused.statusDetail), QStringLiteral("individualContactData.login"));
        // Once Eva drops her login, the twin may have one.
        dto::IndividualContactData drop;
        drop.contactNumber = eva;
        drop.login = QStringLiteral("");
        QCOMPARE(save(s, drop).statusCode, QStringLiteral("success"));
        QCOMPARE(save(s, login).statusCode, QStringLiteral("success"));
        QCOMPARE(scalar(m_fixture->database(),
                        QStringLiteral("SELECT count(*) FROM contacts WHERE login IS NOT NULL AND email_folded = "
                                       "'shared@example.ch' AND role = 'PUBLIC'")),
                 1);
    }

    void everyStructureKeepsExactlyOneRelay()
    {
        SandboxService &s = m_fixture->service();
        const QString r1 = create(s, {QStringLiteral("Rita"), QStringLiteral("Relay")});
        const QString r2 = create(s, {QStringLiteral("Rolf"), QStringLiteral("Reserve")});
        const QString r3 = create(s, {QStringLiteral("Rosa"), QStringLiteral("Dritte")});
        const QString structure = createStructure(s, QStringLiteral("Opernfreunde Zürich"), r1);
        auto list = members(s, structure);
        QCOMPARE(list.totalNumber.value_or(-1), 1);
        QCOMPARE(roleOf(list, r1), QStringLiteral("RELAY"));
        QCOMPARE(getContact(s, structure).structureContact->relayContactNumber, r1);

        QCOMPARE(saveMember(s, structure, r2, QStringLiteral("RELAY")).statusCode, QStringLiteral("success"));
        list = members(s, structure);
        QCOMPARE(roleOf(list, r1), QStringLiteral("MEMBER"));
        QCOMPARE(roleOf(list, r2), QStringLiteral("RELAY"));

        dto::StructureContactData change;
        change.contactNumber = structure;
        change.structureContact = dto::StructureData{};
        change.structureContact->relayContactNumber = r3;
        QCOMPARE(saveStructure(s, change).statusCode, QStringLiteral("success"));
        list = members(s, structure);
        QCOMPARE(list.totalNumber.value_or(-1), 3);
        QCOMPARE(roleOf(list, r3), QStringLiteral("RELAY"));
        QCOMPARE(roleOf(list, r2), QStringLiteral("MEMBER"));
        QCOMPARE(getContact(s, structure).structureContact->structureName, QStringLiteral("Opernfreunde Zürich"));
        QCOMPARE(scalar(m_fixture->database(),
                        QStringLiteral("SELECT count(*) FROM structure_members WHERE role = 'RELAY'")),
                 1);

        dto::DeleteStructureMemberParams del;
        del.structureContactNumber = structure;
        del.memberContactNumber = r2;
        QCOMPARE(s.deleteStructureMember(del, contextAt(fixedNow())).statusCode, QStringLiteral("success"));
        QCOMPARE(s.deleteStructureMember(del, contextAt(fixedNow())).statusCode, QStringLiteral("success")); // again
        QCOMPARE(members(s, structure).totalNumber.value_or(-1), 2);
        del.memberContactNumber = QStringLiteral("0000888888");
        QCOMPARE(s.deleteStructureMember(del, contextAt(fixedNow())).statusCode, QStringLiteral("notfound"));
    }

    void aNewMemberIsCreatedOnceAndListedWithItsPerson()
    {
        SandboxService &s = m_fixture->service();
        const QString relay = create(s, {QStringLiteral("Rita"), QStringLiteral("Relay")});
        const QString structure = createStructure(s, QStringLiteral("Chœur mixte de Sion"), relay);
        dto::SaveStructureMemberParams p;
        p.structureMemberData.structureContactNumber = structure;
        p.structureMemberData.individualContact = dto::IndividualData{};
        p.structureMemberData.individualContact->individualFirstName = QStringLiteral("Noémie");
        p.structureMemberData.individualContact->individualLastName = QStringLiteral("Crettenand");
        p.structureMemberData.function = QStringLiteral("Treasurer");
        p.structureMemberData.professionalEmail = QStringLiteral("noemie@choeur.example");
        const auto created = s.saveStructureMember(p, contextAt(fixedNow()));
        QCOMPARE(created.statusCode, QStringLiteral("success"));
        const auto retried = s.saveStructureMember(p, contextAt(fixedNow()));
        QCOMPARE(retried.contactNumber, created.contactNumber);
        QCOMPARE(getContact(s, created.contactNumber).role, QStringLiteral("MEMBER"));

        dto::StructureMemberSearchCriteria byName;
        byName.lastName = QStringLiteral("CRETT");
        auto list = members(s, structure, byName);
        QCOMPARE(list.totalNumber.value_or(-1), 1);
        QCOMPARE(list.members[0].memberContactNumber, created.contactNumber);
        QCOMPARE(list.members[0].individualContact->individualFirstName, QStringLiteral("Noémie"));
        QCOMPARE(list.members[0].function, QStringLiteral("Treasurer"));
        QCOMPARE(list.members[0].structureContactNumber, structure);
        dto::StructureMemberSearchCriteria byRole;
        byRole.memberRole = QStringLiteral("RELAY");
        list = members(s, structure, byRole);
        QCOMPARE(list.totalNumber.value_or(-1), 1);
        QCOMPARE(list.members[0].memberContactNumber, relay);
        dto::StructureMemberSearchCriteria byFunction;
        byFunction.function = QStringLiteral("treas");
        QCOMPARE(members(s, structure, byFunction).totalNumber.value_or(-1), 1);
    }

    void administrativeNumbersAreReplacedAsAWhole()
    {
        SandboxService &s = m_fixture->service();
        const QString relay = create(s, {QStringLiteral("Rita"), QStringLiteral("Relay")});
        dto::StructureContactData d;
        d.structureContact = dto::StructureData{};
        d.structureContact->structureName = QStringLiteral("Bäckerei Bächli AG");
        d.structureContact->relayContactNumber = relay;
        d.structureContact->administrativeNumbers = {{QStringLiteral("CH_UID"), QStringLiteral("CHE-123.456.789")}};
        const QString structure = saveStructure(s, d).contactNumber;
        QCOMPARE(getContact(s, structure).structureContact->administrativeNumbers.size(), 1);

        dto::SaveStructureAdministrativeNumbersParams p;
        p.structureContactNumber = structure;
        p.administrativeNumbers = {{QStringLiteral("EU_VAT"), QStringLiteral("CHE123456789")},
                                   {QStringLiteral("FR_SIRET"), QStringLiteral("12345678901234")}};
        QCOMPARE(s.saveStructureAdministrativeNumbers(p, contextAt(fixedNow())).statusCode, QStringLiteral("success"));
        const auto numbers = getContact(s, structure).structureContact->administrativeNumbers;
        QCOMPARE(numbers.size(), 2);
        QCOMPARE(numbers[0].code, QStringLiteral("EU_VAT"));
        QCOMPARE(numbers[1].value, QStringLiteral("12345678901234"));

        dto::StructureContactData rename; // no numbers sent: kept
        rename.contactNumber = structure;
        rename.structureContact = dto::StructureData{};
        rename.structureContact->structureName = QStringLiteral("Bäckerei Bächli & Söhne AG");
        QCOMPARE(saveStructure(s, rename).statusCode, QStringLiteral("success"));
        QCOMPARE(getContact(s, structure).structureContact->administrativeNumbers.size(), 2);
    }

    void socialLoginCreateLinkAuthenticate()
    {
        SandboxService &s = m_fixture->service();
        dto::CreateUserParams p;
        p.signUpData.email = QStringLiteral("siobhan@example.co.uk");
        p.signUpData.firstname = QStringLiteral("Siobhán");
        p.signUpData.lastname = QStringLiteral("O'Brien");
        p.signUpData.gender = QStringLiteral("FEMALE");
        p.signUpData.lang = QStringLiteral("en");
        p.signUpData.phonePrefix = QStringLiteral("+44");
        p.signUpData.phoneNumber = QStringLiteral("7700 900456");
        p.provider = QStringLiteral("GOOGLE");
        p.providerUserReference = QStringLiteral("g-123");
        const auto created = s.createUser(p, contextAt(fixedNow()));
        QCOMPARE(created.statusCode, QStringLiteral("success"));
        const auto contact = getContact(s, created.contactNumber, allDetails);
        QCOMPARE(contact.individualContact->individualTitle, QStringLiteral("MRS"));
        QCOMPARE(contact.communicationMeans[0].value, QStringLiteral("+44 7700 900456"));
        const auto again = s.createUser(p, contextAt(fixedNow()));
        QCOMPARE(again.statusCode, QStringLiteral("invalid"));
        QCOMPARE(fieldOf(again.statusDetail), QStringLiteral("providerUserReference"));

        dto::AddLinkParams link;
        link.contactNumber = created.contactNumber;
        link.provider = QStringLiteral("SWISSPASS");
        link.providerUserReference = QStringLiteral("sp-9");
        QCOMPARE(s.addLink(link, contextAt(fixedNow())).statusCode, QStringLiteral("success"));
        QCOMPARE(s.addLink(link, contextAt(fixedNow())).statusCode, QStringLiteral("success")); // same link again

        dto::AuthenticateParams auth;
        auth.contactAuthenticationData.socialLogin = true;
        auth.contactAuthenticationData.identityProvider = QStringLiteral("SWISSPASS");
        auth.contactAuthenticationData.providerUserReference = QStringLiteral("sp-9");
        const auto result = s.authenticate(auth, contextAt(fixedNow()));
        QCOMPARE(result.statusCode, QStringLiteral("success"));
        QCOMPARE(result.contactNumber, created.contactNumber);
        auth.contactAuthenticationData.providerUserReference = QStringLiteral("sp-10");
        QCOMPARE(s.authenticate(auth, contextAt(fixedNow())).statusCode, QStringLiteral("authfail"));
    }

    // Four threads increment one counter with read / save(expectedLastModificationDate),
    // retrying on conflict: no update is lost.
    void concurrentWritersLoseNoUpdate()
    {
        SandboxService &s = m_fixture->service();
        auto d = individualData({QStringLiteral("Zähler"), QStringLiteral("Counter")});
        d.contactCriteria = QList<dto::ExternalContactCriterionData>{{QStringLiteral("ANNUAL_VISITS"), {QStringLiteral("0")}}};
        const QString number = save(s, d).contactNumber;
        constexpr int threads = 4;
        constexpr int increments = 25;
        QAtomicInt conflicts = 0;
        QAtomicInt errors = 0;
        QList<QThread *> workers;
        for (int t = 0; t < threads; ++t) {
            workers << QThread::create([&] {
                for (int i = 0; i < increments; ++i) {
                    for (;;) {
                        dto::GetContactDataParams get;
                        get.contactNumber = number;
                        get.details = QStringList{QStringLiteral("GENERAL"), QStringLiteral("CRITERIA")};
                        const auto current = s.getContactData(get, contextAt({}));
                        if (current.statusCode != u"success") {
                            errors.fetchAndAddRelaxed(1);
                            return;
                        }
                        const int value = current.contactCriteria.value(0).values.value(0).toInt();
                        dto::IndividualContactData edit;
                        edit.contactNumber = number;
                        edit.expectedLastModificationDate = current.lastModificationDate;
                        edit.contactCriteria = QList<dto::ExternalContactCriterionData>{
                            {QStringLiteral("ANNUAL_VISITS"), {QString::number(value + 1)}}};
                        dto::SaveIndividualContactDataParams p;
                        p.individualContactData = edit;
                        const auto saved = s.saveIndividualContactData(p, contextAt({}));
                        if (saved.statusCode == u"success")
                            break;
                        if (saved.statusCode == u"conflict") {
                            conflicts.fetchAndAddRelaxed(1);
                            continue;
                        }
                        errors.fetchAndAddRelaxed(1);
                        return;
                    }
                }
            });
        }
        for (QThread *w : workers)
            w->start();
        for (QThread *w : workers) {
            QVERIFY(w->wait(120000));
            delete w;
        }
        QCOMPARE(errors.loadRelaxed(), 0);
        const auto final = getContact(s, number, {QStringLiteral("CRITERIA")});
        QCOMPARE(final.contactCriteria.value(0).values.value(0), QString::number(threads * increments));
        qInfo("conflicts retried: %d", conflicts.loadRelaxed());
    }

private:
    std::unique_ptr<Fixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestSandboxContacts)
#include "tst_sandboxstore_contacts.moc"
