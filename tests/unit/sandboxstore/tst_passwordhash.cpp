// PBKDF2-HMAC-SHA256 and the random secrets of the sandbox.

#include "store/Crypto.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace contactdesk::sandbox::store;

class TestPasswordHash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // RFC 7914 section 11 / the widely published PBKDF2-HMAC-SHA256 vectors.
    void knownVectors_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("1 iteration") << QStringLiteral("password") << QByteArray("salt") << 1
                                     << QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
        QTest::newRow("2 iterations") << QStringLiteral("password") << QByteArray("salt") << 2
                                      << QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
        QTest::newRow("4096 iterations") << QStringLiteral("password") << QByteArray("salt") << 4096
                                         << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
    }
    void knownVectors()
    {
        QFETCH(QString, password);
        QFETCH(QByteArray, salt);
        QFETCH(int, iterations);
        QFETCH(QByteArray, hex);
        QCOMPARE(hashPasswordWithSalt(password, salt, iterations).hash.toHex(), hex);
    }

    void hashPasswordUsesTheFullCountAndAFreshSalt()
    {
        const PasswordHash first = hashPassword(QStringLiteral("Correct horse"));
        const PasswordHash second = hashPassword(QStringLiteral("Correct horse"));
        QVERIFY(first.iterations >= 100'000);
        QCOMPARE(first.salt.size(), passwordSaltBytes);
        QCOMPARE(first.hash.size(), 32);
        QVERIFY(first.salt != second.salt);
        QVERIFY(first.hash != second.hash);
    }

    void verifyAcceptsOnlyTheRightPassword()
    {
        const PasswordHash stored = hashPassword(QStringLiteral("Grüezi-2024"), 1000);
        QVERIFY(verifyPassword(QStringLiteral("Grüezi-2024"), stored));
        QVERIFY(!verifyPassword(QStringLiteral("Gruezi-2024"), stored));
        QVERIFY(!verifyPassword(QString(), stored));
        QVERIFY(!verifyPassword(QStringLiteral("Grüezi-2024"), PasswordHash{}));
    }

    void constantTimeEqualsComparesContentAndLength()
    {
        QVERIFY(constantTimeEquals(QByteArray("abc"), QByteArray("abc")));
        QVERIFY(!constantTimeEquals(QByteArray("abc"), QByteArray("abd")));
        QVERIFY(!constantTimeEquals(QByteArray("abc"), QByteArray("abcd")));
    }

    void tokensAreLongUrlSafeAndDistinct()
    {
        static const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]+$"));
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const QString token = randomToken();
            QVERIFY(urlSafe.match(token).hasMatch());
            QVERIFY(token.size() * 6 >= 128); // at least 128 random bits
            QVERIFY(!seen.contains(token));
            seen.insert(token);
        }
    }

    void tokenHashIsSha256()
    {
        QCOMPARE(tokenHash(QStringLiteral("abc")).toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void randomPasswordsAvoidLookAlikes()
    {
        for (int i = 0; i < 50; ++i) {
            const QString password = randomPassword(16);
            QCOMPARE(password.size(), 16);
            for (const QChar c : password)
                QVERIFY2(!QStringLiteral("0O1lI").contains(c), qPrintable(password));
        }
    }
};

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
