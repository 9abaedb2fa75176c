#include "validation/ContactValidation.h"
#include "validation/FieldChecks.h"
#include "validation/FieldPath.h"
#include "validation/IsoCodes.h"
#include "validation/TextRules.h"

#include <QTest>

using namespace contactdesk;
using namespace contactdesk::validation;

class TestContactValidation : public QObject {
    Q_OBJECT

private:
    static QStringList fields(const QList<ApiError> &problems)
    {
        QStringList names;
        for (const ApiError &p : problems) {
            names << p.field;
            if (p.kind != ApiError::Kind::Validation || p.message.isEmpty())
                names << QStringLiteral("<bad problem>");
        }
        return names;
    }

    static dto::IndividualContactData validIndividual()
    {
        dto::IndividualContactData d;
        dto::IndividualData i;
        i.individualTitle = QStringLiteral("MRS");
        i.individualFirstName = QStringLiteral("Anna");
        i.individualLastName = QStringLiteral("Muster");
        i.individualBirthDate = QDate(1980, 2, 29);
        i.individualLanguage = QStringLiteral("de");
        d.individualContact = i;
        d.email = QStringLiteral("anna@example.ch");
        dto::ContactAddressData a;
        a.addressTypes = {QStringLiteral("MAIN")};
        a.line1 = QStringLiteral("Bahnhofstrasse 1");
        a.zipCode = QStringLiteral("8001");
        a.town = QStringLiteral("Zürich");
        a.countryCode = QStringLiteral("CH");
        d.addresses = QList<dto::ContactAddressData>{a};
        dto::CommunicationMeanData phone;
        phone.type = QStringLiteral("MOBILE");
        phone.value = QStringLiteral("+41 79 123 45 67");
        d.communicationMeans = QList<dto::CommunicationMeanData>{phone};
        return d;
    }

private Q_SLOTS:
    void email_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("anna@example.ch") << true;
        QTest::newRow("plus") << QStringLiteral("a.b+c@sub.example.com") << true;
        QTest::newRow("no at") << QStringLiteral("anna.example.ch") << false;
        QTest::newRow("no dot in domain") << QStringLiteral("anna@localhost") << false;
        QTest::newRow("space") << QStringLiteral("an na@example.ch") << false;
        QTest::newRow("double dot") << QStringLiteral("an..na@example.ch") << false;
        QTest::newRow("leading dot") << QStringLiteral(".anna@example.ch") << false;
        QTest::newRow("two at") << QStringLiteral("a@b@example.ch") << false;
        QTest::newRow("too long") << (QString(96, u'a') + QStringLiteral("@x.ch")) << false;
    }
    void email()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isValidEmail(text), valid);
        QCOMPARE(checkEmail(text).isEmpty(), valid);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("international") << QStringLiteral("+41 79 123 45 67") << true;
        QTest::newRow("dots") << QStringLiteral("022.123.45.67") << true;
        QTest::newRow("too short") << QStringLiteral("12345") << false;
        QTest::newRow("letters") << QStringLiteral("+41 79 CALL ME") << false;
        QTest::newRow("plus inside") << QStringLiteral("41+79123456") << false;
        QTest::newRow("21 digits") << QString(21, u'1') << false;
    }
    void phone()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(isValidPhone(text), valid);
    }

    void isoCodes()
    {
        QVERIFY(isIso3166Alpha2(u"CH"));
        QVERIFY(isIso3166Alpha2(u"GB"));
        QVERIFY(!isIso3166Alpha2(u"UK"));
        QVERIFY(!isIso3166Alpha2(u"ch"));
        QVERIFY(isIso639_1(u"de"));
        QVERIFY(!isIso639_1(u"DE"));
        QVERIFY(!isIso639_1(u"xx"));
        QCOMPARE(iso3166Alpha2Codes().size(), 249);
        QCOMPARE(iso639_1Codes().size(), 184);
        QVERIFY(std::is_sorted(iso3166Alpha2Codes().cbegin(), iso3166Alpha2Codes().cend()));
        QCOMPARE(countryName(QStringLiteral("CH")), QStringLiteral("Switzerland"));
        QCOMPARE(languageName(QStringLiteral("fr")), QStringLiteral("French"));
        QVERIFY(!checkCountry(QStringLiteral("UK")).isEmpty());
        QVERIFY(checkCountry(QStringLiteral("GB")).isEmpty());
    }

    void validIndividualHasNoProblem()
    {
        QCOMPARE(fields(validateIndividual(validIndividual(), QDate(2024, 5, 1))), QStringList());
    }

    void individualProblems_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("future birth date") << QStringLiteral("birth") << QStringLiteral("individualContact.individualBirthDate");
        QTest::newRow("no last name") << QStringLiteral("lastName") << QStringLiteral("individualContact.individualLastName");
        QTest::newRow("first name 101") << QStringLiteral("firstName") << QStringLiteral("individualContact.individualFirstName");
        QTest::newRow("bad email") << QStringLiteral("email") << QStringLiteral("email");
        QTest::newRow("language") << QStringLiteral("language") << QStringLiteral("individualContact.individualLanguage");
        QTest::newRow("country UK") << QStringLiteral("country") << QStringLiteral("addresses[0].countryCode");
        QTest::newRow("zip 11") << QStringLiteral("zip") << QStringLiteral("addresses[0].zipCode");
        QTest::newRow("town 21") << QStringLiteral("town") << QStringLiteral("addresses[0].town");
        QTest::newRow("phone") << QStringLiteral("phone") << QStringLiteral("communicationMeans[0].value");
        QTest::newRow("short password") << QStringLiteral("password") << QStringLiteral("password");
        QTest::newRow("remark 2001") << QStringLiteral("remark") << QStringLiteral("individualContact.remark");
    }
    void individualProblems()
    {
        QFETCH(QString, change);
        QFETCH(QString, field);
        dto::IndividualContactData d = validIndividual();
        if (change == u"birth")
            d.individualContact->individualBirthDate = QDate(2024, 5, 2);
        else if (change == u"lastName")
            d.individualContact->individualLastName = QStringLiteral("  ");
        else if (change == u"firstName")
            d.individualContact->individualFirstName = QString(101, u'x');
        else if (change == u"email")
            d.email = QStringLiteral("anna@");
        else if (change == u"language")
            d.individualContact->individualLanguage = QStringLiteral("DE");
        else if (change == u"country")
            (*d.addresses)[0].countryCode = QStringLiteral("UK");
        else if (change == u"zip")
            (*d.addresses)[0].zipCode = QString(11, u'1');
        else if (change == u"town")
            (*d.addresses)[0].town = QString(21, u't');
        else if (change == u"phone")
            (*d.communicationMeans)[0].value = QStringLiteral("call me");
        else if (change == u"password") {
            d.login = QStringLiteral("anna");
            d.password = QStringLiteral("short");
        } else if (change == u"remark")
            d.individualContact->remark = QString(2001, u'r');
        const QList<ApiError> problems = validateIndividual(d, QDate(2024, 5, 1));
        QCOMPARE(fields(problems), QStringList{field});
        QVERIFY(problemFor(problems, field) != nullptr);
    }

    void birthDateTodayIsFine()
    {
        QVERIFY(checkBirthDate(QDate(2024, 5, 1), QDate(2024, 5, 1)).isEmpty());
        QVERIFY(!checkBirthDate(QDate(1849, 12, 31), QDate(2024, 5, 1)).isEmpty());
    }

    void criteria_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("multiple");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<bool>("valid");
        const QStringList none;
        QTest::newRow("list one") << QStringLiteral("LIST") << false << QStringList{QStringLiteral("A")} << true;
        QTest::newRow("list two single") << QStringLiteral("LIST") << false << QStringList{QStringLiteral("A"), QStringLiteral("B")} << false;
        QTest::newRow("list two multiple") << QStringLiteral("LIST") << true << QStringList{QStringLiteral("A"), QStringLiteral("B")} << true;
        QTest::newRow("list unknown") << QStringLiteral("LIST") << true << QStringList{QStringLiteral("Z")} << false;
        QTest::newRow("boolean") << QStringLiteral("BOOLEAN") << false << QStringList{QStringLiteral("true")} << true;
        QTest::newRow("boolean yes") << QStringLiteral("BOOLEAN") << false << QStringList{QStringLiteral("yes")} << false;
        QTest::newRow("date") << QStringLiteral("DATE") << false << QStringList{QStringLiteral("2024-02-29")} << true;
        QTest::newRow("bad date") << QStringLiteral("DATE") << false << QStringList{QStringLiteral("2023-02-29")} << false;
        QTest::newRow("number") << QStringLiteral("NUMBER") << false << QStringList{QStringLiteral("-12.5")} << true;
        QTest::newRow("not number") << QStringLiteral("NUMBER") << false << QStringList{QStringLiteral("12,5")} << false;
        QTest::newRow("text") << QStringLiteral("TEXT") << false << QStringList{QStringLiteral("free")} << true;
        QTest::newRow("text long") << QStringLiteral("TEXT") << false << QStringList{QString(2001, u'x')} << false;
        QTest::newRow("empty") << QStringLiteral("LIST") << false << none << true;
    }
    void criteria()
    {
        QFETCH(QString, type);
        QFETCH(bool, multiple);
        QFETCH(QStringList, values);
        QFETCH(bool, valid);
        dto::ContactCriterion definition;
        definition.code = QStringLiteral("C1");
        definition.type = type;
        definition.multiple = multiple;
        definition.elements = {{QStringLiteral("A"), QStringLiteral("Alpha")}, {QStringLiteral("B"), QStringLiteral("Beta")}};
        dto::ExternalContactCriterionData value;
        value.criterionCode = QStringLiteral("C1");
        value.values = values;
        const QList<ApiError> problems = validateCriteria({value}, {definition});
        QCOMPARE(problems.isEmpty(), valid);
        if (!valid)
            QCOMPARE(problems.first().field, QStringLiteral("contactCriteria[0].values"));
    }

    void administrativeNumbers()
    {
        dto::AvailableAdministrativeNumber vat{QStringLiteral("VAT"), QStringLiteral("VAT number"),
                                               QStringLiteral("CHE-[0-9]{3}\\.[0-9]{3}\\.[0-9]{3}")};
        const QList<dto::AvailableAdministrativeNumber> definitions{vat};
        QVERIFY(validateAdministrativeNumbers({{QStringLiteral("VAT"), QStringLiteral("CHE-123.456.789")}}, definitions).isEmpty());
        const auto wrong = validateAdministrativeNumbers({{QStringLiteral("VAT"), QStringLiteral("CHE-123.456.789 x")}},
                                                         definitions, QStringLiteral("structureContact"));
        QCOMPARE(fields(wrong), QStringList{QStringLiteral("structureContact.administrativeNumbers[0].value")});
        const auto unknown = validateAdministrativeNumbers({{QStringLiteral("SIRET"), QStringLiteral("1")}}, definitions);
        QCOMPARE(fields(unknown), QStringList{QStringLiteral("administrativeNumbers[0].code")});
    }

    void structure()
    {
        dto::StructureContactData s;
        s.structureContact = dto::StructureData{};
        s.structureContact->structureName = QStringLiteral("Opéra");
        s.structureContact->structureCode = QStringLiteral("TOOLONGCODE");
        s.structureContact->numberOfEmployees = -1;
        QCOMPARE(fields(validateStructure(s)),
                 (QStringList{QStringLiteral("structureContact.structureCode"), QStringLiteral("structureContact.numberOfEmployees")}));
    }

    void member()
    {
        dto::StructureMemberData m;
        m.structureContactNumber = QStringLiteral("100");
        m.memberContactNumber = QStringLiteral("200");
        m.memberRole = QStringLiteral("BOSS");
        m.professionalEmail = QStringLiteral("x@");
        QCOMPARE(fields(validateStructureMember(m, QDate(2024, 1, 1))),
                 (QStringList{QStringLiteral("memberRole"), QStringLiteral("professionalEmail")}));
    }

    void paths()
    {
        QCOMPARE(itemPath("addresses", 1, "countryCode"), QStringLiteral("addresses[1].countryCode"));
        QCOMPARE(itemPath("addresses", 2), QStringLiteral("addresses[2]"));
        QCOMPARE(relativeFieldPath(QStringLiteral("individualContactData.addresses[1].countryCode"), u"individualContactData"),
                 QStringLiteral("addresses[1].countryCode"));
        QCOMPARE(relativeFieldPath(QStringLiteral("email"), u"individualContactData"), QStringLiteral("email"));
        QCOMPARE(relativeFieldPath(QStringLiteral("individualContactDataX.email"), u"individualContactData"),
                 QStringLiteral("individualContactDataX.email"));
    }
};

QTEST_GUILESS_MAIN(TestContactValidation)
#include "tst_contactvalidation.moc"
