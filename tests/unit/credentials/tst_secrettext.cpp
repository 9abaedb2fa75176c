// The "base64:" convention of secrets kept as text in the keychain (credentials/SecretText),
// shared by the app and the CLI.
#include "credentials/SecretText.h"

#include <QTest>

using namespace contactdesk;

class TestSecretText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bytesFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("plain ASCII") << QStringLiteral("s3cret-Key!") << QByteArray("s3cret-Key!");
        QTest::newRow("UTF-8 text") << QStringLiteral("mot-de-passe-été") << QByteArray("mot-de-passe-\xc3\xa9t\xc3\xa9");
        QTest::newRow("base64 bytes") << QStringLiteral("base64:AAEC/w==") << QByteArray("\x00\x01\x02\xff", 4);
        QTest::newRow("base64 empty") << QStringLiteral("base64:") << QByteArray();
        QTest::newRow("prefix not at start") << QStringLiteral("x base64:AA==") << QByteArray("x base64:AA==");
        QTest::newRow("prefix is case-sensitive") << QStringLiteral("BASE64:AA==") << QByteArray("BASE64:AA==");
        QTest::newRow("empty") << QString() << QByteArray();
    }
    void bytesFromText()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        QCOMPARE(secretBytesFromText(text), bytes);
    }

    void textFromBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("printable ASCII stays") << QByteArray("abc~XYZ!09") << QStringLiteral("abc~XYZ!09");
        QTest::newRow("a space goes base64") << QByteArray("a b") << QStringLiteral("base64:YSBi");
        QTest::newRow("binary goes base64") << QByteArray("\x00\xff", 2) << QStringLiteral("base64:AP8=");
        QTest::newRow("UTF-8 goes base64") << QByteArray("\xc3\xa9") << QStringLiteral("base64:w6k=");
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void textFromBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(secretTextFromBytes(bytes), text);
        QCOMPARE(secretBytesFromText(secretTextFromBytes(bytes)), bytes); // and back
    }

    void roundTripOfEveryByte()
    {
        QByteArray all;
        for (int b = 0; b < 256; ++b)
            all.append(char(b));
        const QString text = secretTextFromBytes(all);
        QVERIFY(text.startsWith(QStringLiteral("base64:")));
        QCOMPARE(secretBytesFromText(text), all);
    }
};

QTEST_GUILESS_MAIN(TestSecretText)
#include "tst_secrettext.moc"
