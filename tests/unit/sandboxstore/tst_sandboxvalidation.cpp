// The value rules of the sandbox (domain/Validation.h): pure functions, and the field
// path a failure names.

#include "domain/Validation.h"

#include <QTest>

using namespace contactdesk::sandbox::domain;

class TestSandboxValidation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("anna.muller@example.ch") << true;
        QTest::newRow("plus") << QStringLiteral("a+b@mail.example.com") << true;
        QTest::newRow("unicode local") << QStringLiteral("zoë@example.co.uk") << true;
        QTest::newRow("no at") << QStringLiteral("anna.example.ch") << false;
        QTest::newRow("no dot in domain") << QStringLiteral("anna@localhost") << false;
        QTest::newRow("space") << QStringLiteral("anna muller@example.ch") << false;
        QTest::newRow("two ats") << QStringLiteral("a@b@example.ch") << false;
        QTest::newRow("double dot") << QStringLiteral("anna..m@example.ch") << false;
        QTest::newRow("too long") << QString(95, QLatin1Char('a')) + QStringLiteral("@ex.ch") << false;
    }
    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(isValidEmail(email), valid);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<bool>("valid");
        QTest::newRow("swiss") << QStringLiteral("+41 79 123 45 67") << true;
        QTest::newRow("parens") << QStringLiteral("+44 (20) 7946-0123") << true;
        QTest::newRow("letters") << QStringLiteral("+41 79 ABC") << false;
        QTest::newRow("too short") << QStringLiteral("12345") << false;
        QTest::newRow("too long") << QString(21, QLatin1Char('1')) << false;
    }
    void phone()
    {
        QFETCH(QString, phone);
        QFETCH(bool, valid);
        QCOMPARE(isValidPhone(phone), valid);
    }

    void isoCodes()
    {
        QVERIFY(isIsoCountry(u"GB"));
        QVERIFY(isIsoCountry(u"CH"));
        QVERIFY(isIsoCountry(u"AD"));
        QVERIFY(isIsoCountry(u"ZW"));
        QVERIFY(!isIsoCountry(u"UK"));
        QVERIFY(!isIsoCountry(u"ch"));
        QVERIFY(!isIsoCountry(u"CHE"));
        QVERIFY(isIsoLanguage(u"de"));
        QVERIFY(isIsoLanguage(u"aa"));
        QVERIFY(isIsoLanguage(u"zu"));
        QVERIFY(!isIsoLanguage(u"DE"));
        QVERIFY(!isIsoLanguage(u"xx"));
        QVERIFY(!isIsoLanguage(u"deu"));
    }

    void digitsOnly()
    {
        QVERIFY(isDigitsOnly(u"0000012345"));
        QVERIFY(!isDigitsOnly(u"12a4"));
        QVERIFY(!isDigitsOnly(u""));
        QVERIFY(!isDigitsOnly(u"-12"));
    }

    void failureNamesTheField()
    {
        const FieldPath path = FieldPath(QStringLiteral("individualContactData")).field(u"addresses").index(1).field(u"countryCode");
        try {
            checkCountry(path, QStringLiteral("UK"));
            QFAIL("UK accepted");
        } catch (const CallFailure &failure) {
            QCOMPARE(failure.status, QStringLiteral("invalid"));
            QVERIFY2(failure.detail.startsWith(QStringLiteral("individualContactData.addresses[1].countryCode: ")),
                     qPrintable(failure.detail));
            QVERIFY(failure.detail.contains(QStringLiteral("GB")));
        }
    }

    void birthDateNotInTheFuture()
    {
        const QDate today(2025, 3, 1);
        const FieldPath path(QStringLiteral("birth"));
        checkBirthDate(path, today, today); // today is fine
        bool refused = false;
        try {
            checkBirthDate(path, today.addDays(1), today);
        } catch (const CallFailure &) {
            refused = true;
        }
        QVERIFY(refused);
    }

    void paging_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("field");
        QTest::newRow("ok") << 0 << 50 << QString();
        QTest::newRow("max 500") << 10 << 500 << QString();
        QTest::newRow("max 0") << 0 << 0 << QStringLiteral("c.maxResults");
        QTest::newRow("max 501") << 0 << 501 << QStringLiteral("c.maxResults");
        QTest::newRow("negative first") << -1 << 50 << QStringLiteral("c.firstResult");
    }
    void paging()
    {
        QFETCH(int, first);
        QFETCH(int, max);
        QFETCH(QString, field);
        QString named;
        try {
            checkPaging(FieldPath(QStringLiteral("c")), first, max);
        } catch (const CallFailure &failure) {
            named = failure.detail.section(QStringLiteral(": "), 0, 0);
        }
        QCOMPARE(named, field);
    }
};

QTEST_GUILESS_MAIN(TestSandboxValidation)
#include "tst_sandboxvalidation.moc"
