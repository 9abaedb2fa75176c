// Our client (S360Client, SymphonyClient) against an in-process sandbox on loopback: every
// S-360 operation over SOAP and REST, writes checked by reading back AND in the database;
// failure paths (invalid, notfound, conflict, wrong operator credentials, idempotent create);
// Symphony over SOAP 1.1, SOAP 1.2, GET and POST (one mail per generate, consumed tokens fail).

#include "ClientSandboxHarness.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace clientsandbox;

Q_DECLARE_METATYPE(contactdesk::S360Binding)
Q_DECLARE_METATYPE(contactdesk::SymphonyBinding)

class TestClientOperations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = startSandbox(200);
        QVERIFY(m_sandbox);
    }
    void cleanupTestCase() { m_sandbox.reset(); }

    void everyOperationSucceeds_data() { bindings(); }
    void everyOperationSucceeds()
    {
        QFETCH(S360Binding, binding);
        QFETCH(QString, tag);
        ClientStack client(*m_sandbox, binding);
        S360Client &c = client.s360;
        store::Database &db = m_sandbox->database();

        // Reference data: what the database holds.
        const auto types = await(c.getStructureTypes());
        QVERIFY2(types.ok(), qPrintable(describe(types.error())));
        QCOMPARE(types->structureTypes.size(), scalar(db, QStringLiteral("SELECT count(*) FROM structure_types")));
        const auto criteria = await(c.getAvailableContactCriteria());
        QVERIFY2(criteria.ok(), qPrintable(describe(criteria.error())));
        QCOMPARE(criteria->contactCriteria.size(), scalar(db, QStringLiteral("SELECT count(*) FROM criteria")));
        const auto authorizations = await(c.getAvailableAuthorizations());
        QVERIFY2(authorizations.ok(), qPrintable(describe(authorizations.error())));
        QCOMPARE(authorizations->authorizations.size(),
                 scalar(db, QStringLiteral("SELECT count(*) FROM authorization_types")));
        const auto adminTypes = await(c.getAvailableAdministrativeNumbers());
        QVERIFY2(adminTypes.ok(), qPrintable(describe(adminTypes.error())));
        QCOMPARE(adminTypes->administrativeNumbers.size(),
                 scalar(db, QStringLiteral("SELECT count(*) FROM administrative_number_types")));

        // Create an individual with a ticket-shop login.
        const QString last = QStringLiteral("Müller-") + tag;
        const QString email = QStringLiteral("anna.") + tag.toLower() + QStringLiteral("@example.ch");
        const QString password = QStringLiteral("Correct-Horse-1");
        dto::IndividualContactData anna = person(QStringLiteral("Anna"), last, email);
        anna.login = email;
        anna.password = password;
        const qint64 contactsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM contacts"));
        const auto created = await(c.saveIndividualContactData(anna));
        QVERIFY2(created.ok(), qPrintable(describe(created.error())));
        const QString number = created->contactNumber;
        QVERIFY(!number.isEmpty());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts")), contactsBefore + 1);
        QCOMPARE(text(db, QStringLiteral("SELECT i.last_name FROM individuals i JOIN contacts c USING (contact_id) "
                                         "WHERE c.contact_number = '%1'").arg(number)),
                 last);
        QCOMPARE(text(db, QStringLiteral("SELECT email FROM contacts WHERE contact_number = '%1'").arg(number)), email);

        // Read back through the client.
        const auto read = await(c.getContactData(number, allDetails()));
        QVERIFY2(read.ok(), qPrintable(describe(read.error())));
        QCOMPARE(read->contactNumber, number);
        QCOMPARE(read->individualContact->individualLastName, last);
        QCOMPARE(read->email, email);
        QCOMPARE(read->addresses.size(), 1);
        QCOMPARE(read->addresses[0].town, QStringLiteral("Bern"));

        // Search by last-name prefix.
        dto::ContactSearchCriteria criteriaByName;
        criteriaByName.lastName = QStringLiteral("MULLER-") + tag.left(2);
        criteriaByName.maxResults = 50;
        const auto found = await(c.searchContactByCriteria(criteriaByName));
        QVERIFY2(found.ok(), qPrintable(describe(found.error())));
        QCOMPARE(found->contacts.size(), 1);
        QCOMPARE(found->contacts[0].contactNumber, number);

        // Update: remark, checked in the database and read back.
        dto::IndividualContactData change;
        change.contactNumber = number;
        change.individualContact = dto::IndividualData{};
        change.individualContact->individualLastName = last;
        change.individualContact->remark = QStringLiteral("Abo Oper, Loge 3");
        change.expectedLastModificationDate = read->lastModificationDate;
        const auto updated = await(c.saveIndividualContactData(change));
        QVERIFY2(updated.ok(), qPrintable(describe(updated.error())));
        QCOMPARE(text(db, QStringLiteral("SELECT i.remark FROM individuals i JOIN contacts c USING (contact_id) "
                                         "WHERE c.contact_number = '%1'").arg(number)),
                 QStringLiteral("Abo Oper, Loge 3"));
        QCOMPARE(await(c.getContactData(number, allDetails()))->individualContact->remark, QStringLiteral("Abo Oper, Loge 3"));

        // A structure with the individual as relay.
        dto::StructureContactData company;
        company.structureContact = dto::StructureData{};
        company.structureContact->structureName = QStringLiteral("Bäckerei ") + tag + QStringLiteral(" AG");
        company.structureContact->structureTypeCode = QStringLiteral("COMPANY");
        company.structureContact->relayContactNumber = number;
        const auto structure = await(c.saveStructureContactData(company));
        QVERIFY2(structure.ok(), qPrintable(describe(structure.error())));
        const QString structureNumber = structure->contactNumber;
        QCOMPARE(text(db, QStringLiteral("SELECT s.name FROM structures s JOIN contacts c USING (contact_id) "
                                         "WHERE c.contact_number = '%1'").arg(structureNumber)),
                 company.structureContact->structureName);
        QCOMPARE(await(c.getContactData(structureNumber, allDetails()))->structureContact->structureName,
                 company.structureContact->structureName);

        // Administrative numbers.
        const QString structureId = QStringLiteral("(SELECT contact_id FROM contacts WHERE contact_number = '%1')").arg(structureNumber);
        const auto numbers = await(c.saveStructureAdministrativeNumbers(
            structureNumber, {{QStringLiteral("CH_UID"), QStringLiteral("CHE-123.456.789")}}));
        QVERIFY2(numbers.ok(), qPrintable(describe(numbers.error())));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM administrative_numbers WHERE contact_id = %1").arg(structureId)), 1);
        QCOMPARE(text(db, QStringLiteral("SELECT value FROM administrative_numbers WHERE contact_id = %1").arg(structureId)),
                 QStringLiteral("CHE-123.456.789"));

        // A new member, listed, then removed.
        dto::StructureMemberData member;
        member.structureContactNumber = structureNumber;
        member.individualContact = dto::IndividualData{};
        member.individualContact->individualFirstName = QStringLiteral("Noémie");
        member.individualContact->individualLastName = QStringLiteral("Crettenand") + tag;
        member.function = QStringLiteral("Treasurer");
        const auto savedMember = await(c.saveStructureMember(member));
        QVERIFY2(savedMember.ok(), qPrintable(describe(savedMember.error())));
        const QString membersSql =
            QStringLiteral("SELECT count(*) FROM structure_members WHERE structure_id = %1").arg(structureId);
        const qint64 membersInDb = scalar(db, membersSql);
        QCOMPARE(membersInDb, 2); // relay + member
        dto::StructureMemberSearchCriteria byStructure;
        byStructure.structureContactNumber = structureNumber;
        const auto listed = await(c.listStructureMembersByCriteria(byStructure));
        QVERIFY2(listed.ok(), qPrintable(describe(listed.error())));
        QCOMPARE(listed->members.size(), membersInDb);
        const auto removed = await(c.deleteStructureMember(structureNumber, savedMember->contactNumber));
        QVERIFY2(removed.ok(), qPrintable(describe(removed.error())));
        QCOMPARE(scalar(db, membersSql), 1);

        // Authentication.
        dto::ContactAuthenticationData credentials;
        credentials.login = email;
        credentials.password = password;
        const auto authenticated = await(c.authenticate(credentials));
        QVERIFY2(authenticated.ok(), qPrintable(describe(authenticated.error())));
        QCOMPARE(authenticated->contactNumber, number);
        const auto pos = await(c.listAuthorizedPos(credentials));
        QVERIFY2(pos.ok(), qPrintable(describe(pos.error())));
        const QByteArray hashBefore = text(db, QStringLiteral("SELECT hex(password_hash) FROM contacts WHERE contact_number = '%1'").arg(number)).toLatin1();
        const auto changed = await(c.changePassword(number, password, QStringLiteral("Battery-Staple-2")));
        QVERIFY2(changed.ok(), qPrintable(describe(changed.error())));
        QVERIFY(text(db, QStringLiteral("SELECT hex(password_hash) FROM contacts WHERE contact_number = '%1'").arg(number)).toLatin1()
                != hashBefore);
        credentials.password = QStringLiteral("Battery-Staple-2");
        QVERIFY(await(c.authenticate(credentials)).ok());
        const qint64 mailsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM outbox"));
        const auto recovered = await(c.recoverPassword(email, std::nullopt));
        QVERIFY2(recovered.ok(), qPrintable(describe(recovered.error())));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")), mailsBefore + 1);
        QCOMPARE(text(db, QStringLiteral("SELECT recipient FROM outbox ORDER BY mail_id DESC LIMIT 1")), email);

        // Social login.
        dto::SignUpData signUp;
        signUp.email = QStringLiteral("siobhan.") + tag.toLower() + QStringLiteral("@example.co.uk");
        signUp.firstname = QStringLiteral("Siobhán");
        signUp.lastname = QStringLiteral("O'Brien");
        signUp.gender = QStringLiteral("FEMALE");
        signUp.lang = QStringLiteral("en");
        const QString googleRef = QStringLiteral("g-") + tag;
        const auto user = await(c.createUser(signUp, QStringLiteral("GOOGLE"), googleRef));
        QVERIFY2(user.ok(), qPrintable(describe(user.error())));
        QCOMPARE(text(db, QStringLiteral("SELECT email FROM contacts WHERE contact_number = '%1'").arg(user->contactNumber)),
                 signUp.email);
        const QString linksSql = QStringLiteral("SELECT count(*) FROM social_links WHERE contact_id = "
                                                "(SELECT contact_id FROM contacts WHERE contact_number = '%1')")
                                     .arg(user->contactNumber);
        QCOMPARE(scalar(db, linksSql), 1);
        const auto linked = await(c.addLink(user->contactNumber, QStringLiteral("SWISSPASS"), QStringLiteral("sp-") + tag));
        QVERIFY2(linked.ok(), qPrintable(describe(linked.error())));
        QCOMPARE(scalar(db, linksSql), 2);
    }

    void invalidNamesTheFieldAndWritesNothing_data() { bindings(); }
    void invalidNamesTheFieldAndWritesNothing()
    {
        QFETCH(S360Binding, binding);
        ClientStack client(*m_sandbox, binding);
        store::Database &db = m_sandbox->database();
        dto::IndividualContactData bad = person(QStringLiteral("Ines"), QStringLiteral("Invalid"));
        (*bad.addresses)[0].countryCode = QStringLiteral("XX");
        const QByteArray before = fingerprint(db);
        const auto saved = await(client.s360.saveIndividualContactData(bad));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, ApiError::Kind::Status);
        QCOMPARE(saved.error().code, QStringLiteral("invalid"));
        QVERIFY2(saved.error().field.endsWith(QStringLiteral("countryCode")), qPrintable(describe(saved.error())));
        QCOMPARE(fingerprint(db), before);
    }

    void notFound_data() { bindings(); }
    void notFound()
    {
        QFETCH(S360Binding, binding);
        ClientStack client(*m_sandbox, binding);
        const auto read = await(client.s360.getContactData(QStringLiteral("0000999999"), allDetails()));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, ApiError::Kind::Status);
        QCOMPARE(read.error().code, QStringLiteral("notfound"));
        const auto removed = await(client.s360.deleteStructureMember(QStringLiteral("0000999998"), QStringLiteral("0000999999")));
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, QStringLiteral("notfound"));
    }

    void conflictWritesNothing_data() { bindings(); }
    void conflictWritesNothing()
    {
        QFETCH(S360Binding, binding);
        QFETCH(QString, tag);
        ClientStack client(*m_sandbox, binding);
        store::Database &db = m_sandbox->database();
        const auto created = await(client.s360.saveIndividualContactData(person(QStringLiteral("Carl"), QStringLiteral("Conflict") + tag)));
        QVERIFY2(created.ok(), qPrintable(describe(created.error())));
        const QString number = created->contactNumber;
        const auto first = await(client.s360.getContactData(number, {QStringLiteral("GENERAL")}));
        QVERIFY(first.ok());

        dto::IndividualContactData change;
        change.contactNumber = number;
        change.individualContact = dto::IndividualData{};
        change.individualContact->remark = QStringLiteral("first writer");
        change.expectedLastModificationDate = first->lastModificationDate;
        const auto won = await(client.s360.saveIndividualContactData(change));
        QVERIFY2(won.ok(), qPrintable(describe(won.error())));

        const QByteArray before = fingerprint(db);
        change.individualContact->remark = QStringLiteral("stale writer");
        const auto lost = await(client.s360.saveIndividualContactData(change)); // same, now stale, date
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().kind, ApiError::Kind::Status);
        QCOMPARE(lost.error().code, QStringLiteral("conflict"));
        QCOMPARE(fingerprint(db), before);
        QCOMPARE(text(db, QStringLiteral("SELECT i.remark FROM individuals i JOIN contacts c USING (contact_id) "
                                         "WHERE c.contact_number = '%1'").arg(number)),
                 QStringLiteral("first writer"));
        // With the date read now, it goes through.
        change.expectedLastModificationDate = await(client.s360.getContactData(number, {}))->lastModificationDate;
        QVERIFY(await(client.s360.saveIndividualContactData(change)).ok());
    }

    void wrongOperatorCredentials_data() { bindings(); }
    void wrongOperatorCredentials()
    {
        QFETCH(S360Binding, binding);
        ClientStack client(*m_sandbox, binding);
        client.s360.setSecrets({QStringLiteral("not-the-password"), QByteArrayLiteral("not-the-jwt-secret-0123456789abcdef")});
        store::Database &db = m_sandbox->database();
        const QByteArray before = fingerprint(db);
        const auto read = await(client.s360.getContactData(QStringLiteral("1"), {}));
        QVERIFY(!read.ok());
        const auto saved = await(client.s360.saveIndividualContactData(person(QStringLiteral("Mallory"), QStringLiteral("Forged"))));
        QVERIFY(!saved.ok());
        if (binding == S360Binding::Soap) {
            QCOMPARE(read.error().kind, ApiError::Kind::SoapFault);
            QCOMPARE(saved.error().kind, ApiError::Kind::SoapFault);
        } else {
            QCOMPARE(read.error().kind, ApiError::Kind::Http);
            QCOMPARE(read.error().httpStatus, 401);
            QCOMPARE(saved.error().httpStatus, 401);
        }
        QVERIFY(!read.error().toString().contains(QStringLiteral("not-the-password")));
        QCOMPARE(fingerprint(db), before);
    }

    void idempotentCreate_data() { bindings(); }
    void idempotentCreate()
    {
        QFETCH(S360Binding, binding);
        QFETCH(QString, tag);
        ClientStack client(*m_sandbox, binding);
        store::Database &db = m_sandbox->database();
        const qint64 identifier = binding == S360Binding::Soap ? 7'000'001 : 7'000'002;
        dto::IndividualContactData d = person(QStringLiteral("Ida"), QStringLiteral("Idempotent") + tag);
        d.identifier = identifier;
        const auto first = await(client.s360.saveIndividualContactData(d));
        QVERIFY2(first.ok(), qPrintable(describe(first.error())));
        const auto again = await(client.s360.saveIndividualContactData(d));
        QVERIFY2(again.ok(), qPrintable(describe(again.error())));
        QCOMPARE(again->contactNumber, first->contactNumber);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE identifier = %1").arg(identifier)), 1);
    }

    void symphonyGenerateAndVerify_data()
    {
        QTest::addColumn<SymphonyBinding>("binding");
        QTest::newRow("soap11") << SymphonyBinding::Soap11;
        QTest::newRow("soap12") << SymphonyBinding::Soap12;
        QTest::newRow("get") << SymphonyBinding::HttpGet;
        QTest::newRow("post") << SymphonyBinding::HttpPost;
    }
    void symphonyGenerateAndVerify()
    {
        QFETCH(SymphonyBinding, binding);
        ClientStack client(*m_sandbox, S360Binding::Soap, binding);
        store::Database &db = m_sandbox->database();
        const qint64 contactId = scalar(db, QStringLiteral("SELECT contact_id FROM contacts WHERE contact_type = 'INDIVIDUAL' "
                                                           "AND email IS NOT NULL AND email <> '' ORDER BY contact_id LIMIT 1"));
        QVERIFY(contactId > 0);
        const QString email = text(db, QStringLiteral("SELECT email FROM contacts WHERE contact_id = %1").arg(contactId));
        const qint64 mailsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM outbox"));

        const auto generated = await(client.symphony.generateTokenForContact(int(contactId), true));
        QVERIFY2(generated.ok(), qPrintable(describe(generated.error())));
        QCOMPARE(generated->contactId.value_or(-1), contactId);
        QCOMPARE(generated->contactEmail, email);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")), mailsBefore + 1);
        const QJsonObject mail = m_sandbox->service->outbox(1).at(0).toObject();
        QCOMPARE(mail.value(u"to").toString(), email);
        const QString token = mail.value(u"body").toString().trimmed().section(u'\n', -1).trimmed();
        QVERIFY(token.size() >= 16);

        const auto verified = await(client.symphony.verifyTokenForContact(token, true));
        QVERIFY2(verified.ok(), qPrintable(describe(verified.error())));
        QCOMPARE(verified->contactId.value_or(-1), contactId);
        const auto replayed = await(client.symphony.verifyTokenForContact(token, true));
        QVERIFY(!replayed.ok());
        QVERIFY2(replayed.error().kind == ApiError::Kind::SoapFault, qPrintable(describe(replayed.error())));
        QVERIFY(!replayed.error().toString().contains(token));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")), mailsBefore + 1);
    }

private:
    static void bindings()
    {
        QTest::addColumn<S360Binding>("binding");
        QTest::addColumn<QString>("tag");
        QTest::newRow("soap") << S360Binding::Soap << QStringLiteral("Soap");
        QTest::newRow("rest") << S360Binding::Rest << QStringLiteral("Rest");
    }

    std::unique_ptr<RunningSandbox> m_sandbox;
};

QTEST_GUILESS_MAIN(TestClientOperations)
#include "tst_client_operations.moc"
