// searchContactByCriteria: accent- and case-insensitive prefix filters, all filters
// together, stable order, paging and totalNumber.

#include "ContactBuilders.h"

using namespace sandboxtest;

class TestSandboxSearch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = std::make_unique<Fixture>(0); // reference data only: every contact is made here
        SandboxService &s = m_fixture->service();
        m_mueller = create(s, {QStringLiteral("Jürg"), QStringLiteral("Müller"), QStringLiteral("Zürich"),
                               QStringLiteral("8001"), QStringLiteral("CH"), QStringLiteral("+41 79 555 11 22"),
                               QStringLiteral("Juerg.Mueller@Example.ch")});
        m_muller = create(s, {QStringLiteral("Élodie"), QStringLiteral("Muller"), QStringLiteral("Mulhouse"),
                              QStringLiteral("68100"), QStringLiteral("FR"), QStringLiteral("+33 6 12 34 56 78"),
                              QStringLiteral("elodie.muller@example.fr")});
        m_mullis = create(s, {QStringLiteral("Kary"), QStringLiteral("Mullis"), QStringLiteral("Zürich"),
                              QStringLiteral("8004"), QStringLiteral("CH")});
        m_orsted = create(s, {QStringLiteral("Hans"), QStringLiteral("Ørsted"), QStringLiteral("London"),
                              QStringLiteral("SW1A 1AA"), QStringLiteral("GB")});
        m_meierB = create(s, {QStringLiteral("Anna"), QStringLiteral("Meier")});
        m_meierA = create(s, {QStringLiteral("Anna"), QStringLiteral("Meier")}); // same names: by contact number
        m_meierZ = create(s, {QStringLiteral("Zoé"), QStringLiteral("Meier")});
        m_mueller2 = create(s, {QStringLiteral("Beat"), QStringLiteral("Mueller")});
        m_structure = createStructure(s, QStringLiteral("Müller & Partner AG"), m_mueller);
        for (int i = 0; i < 7; ++i)
            m_paging << create(s, {QStringLiteral("P%1").arg(i), QStringLiteral("Pagingtest")});
    }
    void cleanupTestCase() { m_fixture.reset(); }

    void lastNamePrefixIgnoresAccentsAndCase_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("plain") << QStringLiteral("mull");
        QTest::newRow("upper") << QStringLiteral("MULL");
        QTest::newRow("accented query") << QStringLiteral("Müll");
        QTest::newRow("accented upper") << QStringLiteral("MÜLL");
    }
    void lastNamePrefixIgnoresAccentsAndCase()
    {
        QFETCH(QString, prefix);
        dto::ContactSearchCriteria c;
        c.lastName = prefix;
        const auto result = search(m_fixture->service(), c);
        QCOMPARE(result.statusCode, QStringLiteral("success"));
        QCOMPARE(numbersOf(result), (QStringList{m_muller, m_mueller, m_mullis})); // elodie, jurg, kary
        QCOMPARE(result.totalNumber, 3);
        QCOMPARE(result.contacts.first().individualContact->individualLastName, QStringLiteral("Muller"));
    }

    void slashedOIsFoundAsO()
    {
        dto::ContactSearchCriteria c;
        c.lastName = QStringLiteral("ors");
        QCOMPARE(numbersOf(search(m_fixture->service(), c)), QStringList{m_orsted});
        c.lastName = QStringLiteral("Ør");
        QCOMPARE(numbersOf(search(m_fixture->service(), c)), QStringList{m_orsted});
    }

    void townZipPhoneAndEmailPrefixes_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("expected"); // bit set over {mueller, muller, mullis}
        QTest::newRow("town ZUR") << QStringLiteral("town") << QStringLiteral("ZUR") << 0b101;
        QTest::newRow("town zür") << QStringLiteral("town") << QStringLiteral("zür") << 0b101;
        QTest::newRow("town mul") << QStringLiteral("town") << QStringLiteral("mul") << 0b010;
        QTest::newRow("zip 80") << QStringLiteral("zip") << QStringLiteral("80") << 0b101;
        QTest::newRow("zip 8004") << QStringLiteral("zip") << QStringLiteral("8004") << 0b100;
        QTest::newRow("phone national") << QStringLiteral("phone") << QStringLiteral("079 555") << 0b001;
        QTest::newRow("phone international") << QStringLiteral("phone") << QStringLiteral("+41 79 555 11") << 0b001;
        QTest::newRow("phone french national") << QStringLiteral("phone") << QStringLiteral("06 12 34") << 0b010;
        QTest::newRow("email any case") << QStringLiteral("email") << QStringLiteral("JUERG.MU") << 0b001;
        QTest::newRow("email prefix") << QStringLiteral("email") << QStringLiteral("elodie") << 0b010;
    }
    void townZipPhoneAndEmailPrefixes()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, expected);
        dto::ContactSearchCriteria c;
        if (field == u"town")
            c.town = value;
        else if (field == u"zip")
            c.zipCode = value;
        else if (field == u"phone")
            c.phoneNumber = value;
        else
            c.email = value;
        const auto result = search(m_fixture->service(), c);
        QCOMPARE(result.statusCode, QStringLiteral("success"));
        QStringList wanted;
        const QStringList candidates{m_mueller, m_muller, m_mullis};
        for (int i = 0; i < 3; ++i) {
            if (expected & (1 << i))
                wanted << candidates[i];
        }
        QStringList got = numbersOf(result);
        got.removeAll(m_structure); // the structure has no address/phone of its own here
        std::sort(got.begin(), got.end());
        std::sort(wanted.begin(), wanted.end());
        QCOMPARE(got, wanted);
    }

    void allGivenFiltersMustMatch()
    {
        dto::ContactSearchCriteria c;
        c.lastName = QStringLiteral("mull");
        c.town = QStringLiteral("zurich");
        c.firstName = QStringLiteral("ka");
        QCOMPARE(numbersOf(search(m_fixture->service(), c)), QStringList{m_mullis});
        c.firstName = QStringLiteral("x");
        const auto none = search(m_fixture->service(), c);
        QCOMPARE(none.statusCode, QStringLiteral("success"));
        QCOMPARE(none.totalNumber, 0);
        QVERIFY(none.contacts.isEmpty());
    }

    void structureNameFindsStructuresOnlyAndLastNameIndividualsOnly()
    {
        dto::ContactSearchCriteria c;
        c.structureName = QStringLiteral("MULLER &");
        const auto structures = search(m_fixture->service(), c);
        QCOMPARE(numbersOf(structures), QStringList{m_structure});
        QCOMPARE(structures.contacts.first().structureContact->relayContactNumber, m_mueller);
        c = {};
        c.lastName = QStringLiteral("Müller &");
        QCOMPARE(search(m_fixture->service(), c).totalNumber, 0);
        c = {};
        c.contactType = QStringLiteral("STRUCTURE");
        QCOMPARE(numbersOf(search(m_fixture->service(), c)), QStringList{m_structure});
    }

    void contactNumberPrefix()
    {
        dto::ContactSearchCriteria c;
        c.contactNumber = m_mueller;
        QCOMPARE(numbersOf(search(m_fixture->service(), c)), QStringList{m_mueller});
        c.contactNumber = m_mueller.left(5); // "00000": every contact made so far
        const auto all = search(m_fixture->service(), c);
        QVERIFY2(all.statusCode == u"success", qPrintable(all.statusDetail));
        QCOMPARE(all.totalNumber.value_or(-1), 16); // 8 individuals, 1 structure, 7 paging contacts
    }

    void orderIsLastNameFirstNameContactNumber()
    {
        dto::ContactSearchCriteria c;
        c.lastName = QStringLiteral("meier");
        QCOMPARE(numbersOf(search(m_fixture->service(), c)), (QStringList{m_meierB, m_meierA, m_meierZ}));
        QVERIFY(m_meierB < m_meierA);
    }

    void pagingAndTotalNumber()
    {
        dto::ContactSearchCriteria c;
        c.lastName = QStringLiteral("pagingtest");
        c.maxResults = 3;
        QStringList all;
        for (int first : {0, 3, 6}) {
            c.firstResult = first;
            const auto page = search(m_fixture->service(), c);
            QCOMPARE(page.totalNumber, 7);
            QCOMPARE(page.contacts.size(), first == 6 ? 1 : 3);
            all << numbersOf(page);
        }
        QCOMPARE(all, m_paging); // P0..P6 by first name, each once
        c.firstResult = 7;
        const auto beyond = search(m_fixture->service(), c);
        QCOMPARE(beyond.statusCode, QStringLiteral("success"));
        QCOMPARE(beyond.totalNumber, 7);
        QVERIFY(beyond.contacts.isEmpty());
    }

    void defaultPageIsFifty()
    {
        Fixture big(0);
        for (int i = 0; i < 55; ++i)
            create(big.service(), {QStringLiteral("F%1").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("Zeta")});
        dto::ContactSearchCriteria c;
        c.lastName = QStringLiteral("zeta");
        const auto result = search(big.service(), c);
        QCOMPARE(result.totalNumber, 55);
        QCOMPARE(result.contacts.size(), 50);
        c.maxResults = 500;
        QCOMPARE(search(big.service(), c).contacts.size(), 55);
    }

    // A filter matching most contacts reads them in name order and stops after the page;
    // a wider page sorts all matches: both must give the same order.
    void nameOrderScanAndSortAgree()
    {
        Fixture f(0);
        for (int i = 0; i < 40; ++i) {
            create(f.service(), {QStringLiteral("N%1").arg(i), QStringLiteral("Name%1").arg((i * 7) % 40),
                                 i % 4 == 0 ? QStringLiteral("Genève") : QStringLiteral("Zürich")});
        }
        dto::ContactSearchCriteria c;
        c.town = QStringLiteral("zur");
        c.maxResults = 5;
        c.firstResult = 2;
        const auto small = search(f.service(), c); // 30 of 40 match: name-order scan
        c.maxResults = 500;
        c.firstResult = 0;
        const auto wide = search(f.service(), c); // sort path
        QCOMPARE(small.totalNumber, 30);
        QCOMPARE(wide.totalNumber, 30);
        QCOMPARE(numbersOf(small), numbersOf(wide).mid(2, 5));
    }

    void criterionAndAuthorizationFilters()
    {
        SandboxService &s = m_fixture->service();
        auto d = individualData({QStringLiteral("Vera"), QStringLiteral("Vip")});
        d.contactCriteria = QList<dto::ExternalContactCriterionData>{
            {QStringLiteral("FAVORITE_GENRE"), {QStringLiteral("OPERA")}},
            {QStringLiteral("INTERESTS"), {QStringLiteral("FAMILY"), QStringLiteral("WORKSHOPS")}}};
        dto::AuthorizationData granted;
        granted.authorizationCode = QStringLiteral("SMS_OFFERS");
        granted.granted = true;
        dto::AuthorizationData refused;
        refused.authorizationCode = QStringLiteral("POSTAL_MAIL");
        refused.granted = false;
        d.authorizations = QList<dto::AuthorizationData>{granted, refused};
        const QString vip = save(s, d).contactNumber;
        dto::ContactSearchCriteria c;
        c.criterionCode = QStringLiteral("INTERESTS");
        c.criterionValue = QStringLiteral("WORKSHOPS");
        QCOMPARE(numbersOf(search(s, c)), QStringList{vip});
        c.criterionValue = QStringLiteral("BACKSTAGE");
        QCOMPARE(search(s, c).totalNumber, 0);
        c = {};
        c.authorizationCode = QStringLiteral("SMS_OFFERS");
        QCOMPARE(numbersOf(search(s, c)), QStringList{vip});
        c.authorizationCode = QStringLiteral("POSTAL_MAIL"); // present but not granted
        QCOMPARE(search(s, c).totalNumber, 0);
    }

    void badCriteriaAreRefusedNamingTheField_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("maxResults 0") << 0 << QStringLiteral("searchCriteria.maxResults");
        QTest::newRow("maxResults 501") << 1 << QStringLiteral("searchCriteria.maxResults");
        QTest::newRow("firstResult -1") << 2 << QStringLiteral("searchCriteria.firstResult");
        QTest::newRow("contactType") << 3 << QStringLiteral("searchCriteria.contactType");
        QTest::newRow("criterion unknown") << 4 << QStringLiteral("searchCriteria.criterionCode");
        QTest::newRow("criterion value not an element") << 5 << QStringLiteral("searchCriteria.criterionValue");
        QTest::newRow("value without code") << 6 << QStringLiteral("searchCriteria.criterionCode");
        QTest::newRow("authorization unknown") << 7 << QStringLiteral("searchCriteria.authorizationCode");
        QTest::newRow("contact number letters") << 8 << QStringLiteral("searchCriteria.contactNumber");
        QTest::newRow("last name too long") << 9 << QStringLiteral("searchCriteria.lastName");
        QTest::newRow("phone letters") << 10 << QStringLiteral("searchCriteria.phoneNumber");
    }
    void badCriteriaAreRefusedNamingTheField()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        dto::ContactSearchCriteria c;
        switch (which) {
        case 0: c.maxResults = 0; break;
        case 1: c.maxResults = 501; break;
        case 2: c.firstResult = -1; break;
        case 3: c.contactType = QStringLiteral("PERSON"); break;
        case 4: c.criterionCode = QStringLiteral("NOPE"); break;
        case 5: c.criterionCode = QStringLiteral("FAVORITE_GENRE"); c.criterionValue = QStringLiteral("POLKA"); break;
        case 6: c.criterionValue = QStringLiteral("OPERA"); break;
        case 7: c.authorizationCode = QStringLiteral("NOPE"); break;
        case 8: c.contactNumber = QStringLiteral("12a"); break;
        case 9: c.lastName = QString(101, QLatin1Char('x')); break;
        case 10: c.phoneNumber = QStringLiteral("call me"); break;
        }
        const auto result = search(m_fixture->service(), c);
        QCOMPARE(result.statusCode, QStringLiteral("invalid"));
        QCOMPARE(fieldOf(result.statusDetail), field);
        QVERIFY(result.contacts.isEmpty());
    }

private:
    std::unique_ptr<Fixture> m_fixture;
    QString m_mueller, m_muller, m_mullis, m_orsted, m_meierA, m_meierB, m_meierZ, m_mueller2, m_structure;
    QStringList m_paging;
};

QTEST_GUILESS_MAIN(TestSandboxSearch)
#include "tst_sandboxstore_search.moc"
