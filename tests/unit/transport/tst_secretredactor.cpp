// SecretRedactor: every secret shape of the contract becomes "***", and nothing else changes.
#include "RedactionCases.h"
#include "transport/SecretRedactor.h"

#include <QTest>

using contactdesk::transport::SecretRedactor;

class TestSecretRedactor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void redacts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        for (const RedactionCase &c : redactionCases())
            QTest::newRow(c.name.constData()) << c.input << c.expected;
    }
    void redacts()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(SecretRedactor::redact(input), expected);
        QCOMPARE(SecretRedactor::redact(input.toUtf8()), expected.toUtf8());
    }

    void wholeSoapEnvelopeKeepsNoSecret()
    {
        const QString secret = QStringLiteral("Very$ecret-Passw0rd");
        const QString envelope = QString::fromUtf8(R"(<soapenv:Envelope xmlns:soapenv="urn:soap-envelope"><soapenv:Header>)"
            R"(<wsse:Security xmlns:wsse="x"><wsse:UsernameToken><wsse:Username>MOSA_B2C</wsse:Username>)"
            R"(<wsse:Password>%1</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header>)"
            R"(<soapenv:Body><v2:authenticate xmlns:v2="y"><contactAuthenticationData><login>anna</login>)"
            R"(<password>%1</password></contactAuthenticationData></v2:authenticate></soapenv:Body></soapenv:Envelope>)")
                                   .arg(secret);
        const QString out = SecretRedactor::redact(envelope);
        QVERIFY(!out.contains(secret));
        QVERIFY(out.contains(QStringLiteral("MOSA_B2C")));
        QVERIFY(out.contains(QStringLiteral("<login>anna</login>")));
        QCOMPARE(out.count(QStringLiteral("***")), 2);
    }

    void namesTableListsTheContractSecrets()
    {
        const QStringList names = SecretRedactor::secretNames();
        for (const char *name : {"password", "currentPassword", "newPassword", "uniqueToken", "token", "Signature"})
            QVERIFY2(names.contains(QLatin1StringView(name), Qt::CaseInsensitive), name);
        QCOMPARE(SecretRedactor::replacement(), QStringLiteral("***"));
    }
};

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "tst_secretredactor.moc"
