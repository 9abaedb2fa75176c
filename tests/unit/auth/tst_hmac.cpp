// HMAC-SHA256 and the constant-time comparison against vectors computed with the openssl CLI.
#include "AuthVectors.h"
#include "auth/Base64Url.h"
#include "auth/Hmac.h"

#include <QTest>

using namespace contactdesk;

class TestHmac : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_vectors = test::authVectors();
        QVERIFY2(m_vectors.size() >= 10, "tests/data/auth/vectors.txt missing or short");
    }

    void matchesOpenssl_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("expected"); // raw MAC
        const auto v = test::authVectors();
        QTest::newRow("rfc4231 case 2") << v.value(QStringLiteral("hmac.rfc4231.key")).toUtf8()
                                        << v.value(QStringLiteral("hmac.rfc4231.data")).toUtf8()
                                        << QByteArray::fromHex(v.value(QStringLiteral("hmac.rfc4231.hex")).toLatin1());
        QTest::newRow("utf-8 key and data") << v.value(QStringLiteral("hmac.utf8.key")).toUtf8()
                                            << v.value(QStringLiteral("hmac.utf8.data")).toUtf8()
                                            << QByteArray::fromBase64(v.value(QStringLiteral("hmac.utf8.base64")).toLatin1());
    }
    void matchesOpenssl()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, expected);
        QVERIFY(!key.isEmpty());
        QCOMPARE(expected.size(), 32);
        QCOMPARE(auth::hmacSha256(key, data), expected);
    }

    void utf8VectorIsReallyNonAscii()
    {
        // Guards the vector itself: the point is bytes above 0x7f on both sides.
        const QByteArray key = m_vectors.value(QStringLiteral("hmac.utf8.key")).toUtf8();
        const QByteArray data = m_vectors.value(QStringLiteral("hmac.utf8.data")).toUtf8();
        QVERIFY(key.size() > m_vectors.value(QStringLiteral("hmac.utf8.key")).size());
        QVERIFY(data.size() > m_vectors.value(QStringLiteral("hmac.utf8.data")).size());
    }

    void emptyKeyAndDataStillMac()
    {
        // RFC 4231 gives no empty-key case; this value is HMAC-SHA256("", "") from openssl.
        QCOMPARE(auth::hmacSha256({}, {}).toHex(),
                 QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"));
    }

    void constantTimeEquals_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("same") << QByteArray("abcdef") << QByteArray("abcdef") << true;
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
        QTest::newRow("last byte") << QByteArray("abcdef") << QByteArray("abcdeg") << false;
        QTest::newRow("first byte") << QByteArray("abcdef") << QByteArray("bbcdef") << false;
        QTest::newRow("prefix") << QByteArray("abcdef") << QByteArray("abcde") << false;
        QTest::newRow("one empty") << QByteArray("a") << QByteArray() << false;
    }
    void constantTimeEquals()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(auth::constantTimeEquals(a, b), equal);
        QCOMPARE(auth::constantTimeEquals(b, a), equal);
    }

    void base64Url_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("no padding") << QByteArray("\xfb\xff\xfe", 3) << QByteArray("-__-");
        QTest::newRow("one pad dropped") << QByteArray("ab") << QByteArray("YWI");
        QTest::newRow("two pads dropped") << QByteArray("a") << QByteArray("YQ");
        QTest::newRow("empty") << QByteArray() << QByteArray();
    }
    void base64Url()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, encoded);
        QCOMPARE(auth::base64UrlEncode(raw), encoded);
        const auto decoded = auth::base64UrlDecode(encoded);
        QVERIFY(decoded);
        QCOMPARE(*decoded, raw);
    }

    void base64UrlRefusesOtherAlphabets_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("padding") << QByteArray("YQ==");
        QTest::newRow("plus") << QByteArray("+__-");
        QTest::newRow("slash") << QByteArray("/__-");
        QTest::newRow("impossible length") << QByteArray("YWJjZ");
        QTest::newRow("space") << QByteArray("YW I");
    }
    void base64UrlRefusesOtherAlphabets()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!auth::base64UrlDecode(text));
    }

private:
    QMap<QString, QString> m_vectors;
};

QTEST_GUILESS_MAIN(TestHmac)
#include "tst_hmac.moc"
