// The seed generator: reference data, shape of the generated contacts, determinism.

#include "SandboxFixture.h"
#include "seed/DemoAccounts.h"
#include "wire/JsonFields.h"

#include <QJsonDocument>
#include <QSet>

using namespace sandboxtest;

namespace {

QJsonObject contactJson(SandboxService &service, const QString &number)
{
    dto::GetContactDataParams p;
    p.contactNumber = number;
    p.details = QStringList{QStringLiteral("GENERAL"), QStringLiteral("ADDRESSES"), QStringLiteral("COM_MEANS"),
                            QStringLiteral("AUTHORIZATIONS"), QStringLiteral("CRITERIA"), QStringLiteral("ADVANTAGES")};
    dto::ContactDataResult result = service.getContactData(p, contextAt(fixedNow()));
    result.requestId.reset();
    return wire::JsonFieldWriter::toObject(result);
}

} // namespace

class TestSandboxSeed : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_fixture = std::make_unique<Fixture>(1000); }
    void cleanupTestCase() { m_fixture.reset(); }

    void countsFollowTheOptions()
    {
        store::Database &db = m_fixture->database();
        QVERIFY(m_fixture->opened.seeded);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE contact_type = 'INDIVIDUAL'")), 1000);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE contact_type = 'STRUCTURE'")), 60);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM institutions WHERE code = 'MOSA'")), 1);
    }

    void everyStructureHasOneToFortyMembersAndExactlyOneIndividualRelay()
    {
        store::Database &db = m_fixture->database();
        QCOMPARE(scalar(db, QStringLiteral(
                     "SELECT count(*) FROM contacts c WHERE c.contact_type = 'STRUCTURE' AND "
                     "(SELECT count(*) FROM structure_members m WHERE m.structure_id = c.contact_id AND m.role = 'RELAY') <> 1")),
                 0);
        QCOMPARE(scalar(db, QStringLiteral(
                     "SELECT count(*) FROM contacts c WHERE c.contact_type = 'STRUCTURE' AND "
                     "(SELECT count(*) FROM structure_members m WHERE m.structure_id = c.contact_id) NOT BETWEEN 1 AND 40")),
                 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM structure_members m JOIN contacts c ON "
                                           "c.contact_id = m.member_id WHERE c.contact_type <> 'INDIVIDUAL'")),
                 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM structure_members "
                                          "GROUP BY structure_id)"))
                > 10);
    }

    void namesAddressesAndPhonesComeFromFourCountriesWithAccents()
    {
        store::Database &db = m_fixture->database();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT country_code) FROM addresses")), 4);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM addresses WHERE country_code NOT IN ('CH','FR','DE','GB')")), 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM individuals WHERE last_name <> "
                                          "CAST(last_name AS BLOB) OR last_name GLOB '*[^ -~]*'"))
                > 10);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM communication_means WHERE value LIKE '+41 %'")) > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM communication_means WHERE value LIKE '+44 7700 900%'")) > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM communication_means WHERE value LIKE '+33 %'")) > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM communication_means WHERE value LIKE '+49 %'")) > 0);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM addresses WHERE length(town) > 20 OR length(zip_code) > 10")) == 0);
    }

    void referenceDataHasEveryKind()
    {
        SandboxService &service = m_fixture->service();
        const auto criteria = service.getAvailableContactCriteria({}, contextAt(fixedNow()));
        QCOMPARE(criteria.statusCode, QStringLiteral("success"));
        QCOMPARE(criteria.contactCriteria.size(), 8);
        QSet<QString> kinds;
        bool newsletter = false;
        for (const auto &c : criteria.contactCriteria) {
            QString kind = c.type;
            if (c.type == u"LIST")
                kind += c.multiple.value_or(false) ? QStringLiteral("+") : QStringLiteral("1");
            kinds.insert(kind);
            newsletter = newsletter || (c.code == u"NEWSLETTER" && c.type == u"BOOLEAN");
            if (c.type == u"LIST")
                QVERIFY(c.elements.size() >= 3);
        }
        QCOMPARE(kinds, (QSet<QString>{QStringLiteral("BOOLEAN"), QStringLiteral("LIST1"), QStringLiteral("LIST+"),
                                       QStringLiteral("TEXT"), QStringLiteral("DATE"), QStringLiteral("NUMBER")}));
        QVERIFY(newsletter);

        const auto authorizations = service.getAvailableAuthorizations({}, contextAt(fixedNow()));
        QCOMPARE(authorizations.authorizations.size(), 6);
        QSet<QString> channels;
        int thirdParty = 0;
        for (const auto &a : authorizations.authorizations) {
            channels.insert(a.channel);
            thirdParty += a.thirdParty.value_or(false) ? 1 : 0;
        }
        QCOMPARE(channels, (QSet<QString>{QStringLiteral("EMAIL"), QStringLiteral("SMS"), QStringLiteral("PHONE"),
                                          QStringLiteral("MAIL"), QStringLiteral("ANY")}));
        QCOMPARE(thirdParty, 2);

        QCOMPARE(service.getStructureTypes({}, contextAt(fixedNow())).structureTypes.size(), 4);
        const auto numbers = service.getAvailableAdministrativeNumbers({}, contextAt(fixedNow()));
        QCOMPARE(numbers.administrativeNumbers.size(), 3);
        for (const auto &n : numbers.administrativeNumbers)
            QVERIFY2(!n.pattern.isEmpty(), qPrintable(n.code));
        QCOMPARE(scalar(m_fixture->database(), QStringLiteral("SELECT count(*) FROM points_of_sales")), 3);
        QCOMPARE(scalar(m_fixture->database(), QStringLiteral("SELECT count(DISTINCT sales_channel_code) FROM points_of_sales")), 2);
    }

    void seededAdministrativeNumbersMatchTheirPatterns()
    {
        QSqlQuery q(m_fixture->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT a.value, t.pattern FROM administrative_numbers a JOIN "
                                      "administrative_number_types t ON t.code = a.code")));
        int checked = 0;
        while (q.next()) {
            const QRegularExpression pattern(QRegularExpression::anchoredPattern(q.value(1).toString()));
            QVERIFY2(pattern.match(q.value(0).toString()).hasMatch(), qPrintable(q.value(0).toString()));
            ++checked;
        }
        QCOMPARE(checked, 60);
    }

    void someContactsHaveTicketShopLoginsAndTheDemoContactLogsIn()
    {
        store::Database &db = m_fixture->database();
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE login IS NOT NULL")) >= 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE login IS NOT NULL AND role <> 'PUBLIC'")), 0);
        dto::AuthenticateParams p;
        p.contactAuthenticationData.login = QString::fromLatin1(seed::demoContactLogin);
        p.contactAuthenticationData.password = QString::fromLatin1(seed::demoContactPassword);
        const auto result = m_fixture->service().authenticate(p, contextAt(fixedNow()));
        QCOMPARE(result.statusCode, QStringLiteral("success"));
        QCOMPARE(result.contactNumber, QStringLiteral("0000000001"));
    }

    void aSeededLoginWorksAndIsRehashedAtTheFullCount()
    {
        store::Database &db = m_fixture->database();
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT login, contact_number FROM contacts WHERE login IS NOT NULL AND "
                                      "contact_id <> 1 ORDER BY contact_id LIMIT 1")));
        QVERIFY(q.next());
        const QString login = q.value(0).toString();
        const QString number = q.value(1).toString();
        q.finish();
        dto::AuthenticateParams p;
        p.contactAuthenticationData.login = login;
        p.contactAuthenticationData.password = QString::fromLatin1(seed::seededPasswordPrefix) + number;
        QCOMPARE(m_fixture->service().authenticate(p, contextAt(fixedNow())).statusCode, QStringLiteral("success"));
        QVERIFY(scalar(db, QStringLiteral("SELECT password_iterations FROM contacts WHERE contact_number = '%1'").arg(number))
                >= 100000);
    }

    void operatorCredentialsAreHandedOverAndWork()
    {
        const DemoCredentials &c = m_fixture->opened.credentials;
        QCOMPARE(c.institution, QStringLiteral("MOSA"));
        QCOMPARE(c.operatorLogin, QStringLiteral("MOSA_DEMO"));
        QVERIFY(c.operatorPassword.size() >= 16);
        QVERIFY(c.jwtSecret.size() >= 32);
        QVERIFY(!c.symphonyApiKey.isEmpty());
        QVERIFY(c.symphonySecret.size() >= 32);
        SandboxService &service = m_fixture->service();
        QVERIFY(service.checkOperatorPassword(QStringLiteral("MOSA"), c.operatorLogin, c.operatorPassword));
        QVERIFY(service.checkOperatorPassword(QStringLiteral("mosa"), c.operatorLogin, c.operatorPassword)); // cached path
        QVERIFY(!service.checkOperatorPassword(QStringLiteral("MOSA"), c.operatorLogin, c.operatorPassword + u'x'));
        QVERIFY(!service.checkOperatorPassword(QStringLiteral("MOSA"), QStringLiteral("NOBODY"), c.operatorPassword));
        QVERIFY(!service.checkOperatorPassword(QStringLiteral("OTHER"), c.operatorLogin, c.operatorPassword));
        QCOMPARE(service.jwtSecretFor(QStringLiteral("MOSA"), c.operatorLogin), std::optional<QByteArray>(c.jwtSecret));
        QVERIFY(!service.jwtSecretFor(QStringLiteral("OTHER"), c.operatorLogin));
        QCOMPARE(service.symphonySecretFor(c.symphonyApiKey), std::optional<QByteArray>(c.symphonySecret));
        QCOMPARE(service.symphonyInstitutionFor(c.symphonyApiKey), std::optional<QString>(QStringLiteral("MOSA")));
        QVERIFY(!service.symphonySecretFor(QStringLiteral("unknown-key")));
        // Only hashes of the operator password are stored.
        QCOMPARE(scalar(m_fixture->database(), QStringLiteral("SELECT min(password_iterations) FROM operators")), 120000);
    }

    void sameSeedGivesTheSameContacts()
    {
        Fixture a(300);
        Fixture b(300);
        for (int id : {1, 2, 3, 17, 150, 299, 300, 301, 318}) {
            const QString number = QStringLiteral("%1").arg(id, 10, 10, QLatin1Char('0'));
            const QJsonObject left = contactJson(a.service(), number);
            const QJsonObject right = contactJson(b.service(), number);
            QCOMPARE(left.value(QStringLiteral("statusCode")).toString(), QStringLiteral("success"));
            QVERIFY2(left == right, qPrintable(number));
        }
        QCOMPARE(rowCounts(a.database()), rowCounts(b.database()));
    }

    void anotherSeedGivesOtherContacts()
    {
        Fixture a(100);
        QTemporaryDir directory;
        SandboxOptions options;
        options.databasePath = directory.filePath(QStringLiteral("other.sqlite"));
        options.seedContacts = 100;
        options.seed = 42;
        auto other = openSandbox(options);
        QVERIFY(other.ok());
        int different = 0;
        for (int id = 2; id <= 11; ++id) {
            const QString number = QStringLiteral("%1").arg(id, 10, 10, QLatin1Char('0'));
            different += contactJson(a.service(), number) != contactJson(*other.value().service, number) ? 1 : 0;
        }
        QVERIFY(different >= 8);
    }

    void reopeningKeepsTheDataAndRotatesTheOperatorPassword()
    {
        QTemporaryDir directory;
        SandboxOptions options;
        options.databasePath = directory.filePath(QStringLiteral("reopen.sqlite"));
        options.seedContacts = 50;
        QString firstPassword;
        {
            auto first = openSandbox(options);
            QVERIFY(first.ok());
            QVERIFY(first.value().seeded);
            firstPassword = first.value().credentials.operatorPassword;
        }
        options.seedContacts = 70; // ignored: the database exists
        auto second = openSandbox(options);
        QVERIFY(second.ok());
        QVERIFY(!second.value().seeded);
        QCOMPARE(scalar(second.value().service->database(),
                        QStringLiteral("SELECT count(*) FROM contacts WHERE contact_type = 'INDIVIDUAL'")),
                 50);
        QVERIFY(second.value().credentials.operatorPassword != firstPassword);
        QVERIFY(!second.value().service->checkOperatorPassword(QStringLiteral("MOSA"), QStringLiteral("MOSA_DEMO"),
                                                                firstPassword));
        QVERIFY(!QFile::exists(options.databasePath + QStringLiteral(".seeding")));
    }

    void memoryModeLeavesNoFile()
    {
        QString path;
        {
            SandboxOptions options;
            options.inMemory = true;
            options.seedContacts = 20;
            auto opened = openSandbox(options);
            QVERIFY(opened.ok());
            path = opened.value().service->database().path();
            QVERIFY(QFile::exists(path));
        }
        QVERIFY(!QFile::exists(path));
    }

private:
    std::unique_ptr<Fixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestSandboxSeed)
#include "tst_sandboxstore_seed.moc"
