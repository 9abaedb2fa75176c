// The remember-me cookie (CONTRACT.md 1.8) against hand-written expected values.
#include "auth/RememberMeCookie.h"

#include <QTest>

using namespace contactdesk;

namespace {

// The text with every ' turned into " (keeps the expected values readable without raw strings,
// which moc's tokenizer trips over).
QByteArray quoted(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

dto::ContactAuthenticationResult authenticated(const QString &identification, const QString &token)
{
    dto::ContactAuthenticationResult r;
    r.statusCode = QStringLiteral("success");
    r.contactNumber = QStringLiteral("000333");
    r.identification = identification;
    r.uniqueToken = token;
    return r;
}

} // namespace

class TestRememberMeCookie : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void buildsExactCookie_data()
    {
        QTest::addColumn<QString>("institution");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<qint64>("pointOfSalesId");
        QTest::addColumn<QString>("identification");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");

        // Written by hand: a double quote = %22, = = %3D, , = %2C, + = %2B, / = %2F; - _ . ~ stay.
        QTest::newRow("plain")
            << QStringLiteral("MOSA") << QStringLiteral("INTERNET") << qint64(1042) << QStringLiteral("a1b2c3d4")
            << QStringLiteral("T0k3n-xyz_9.~") << QByteArray("stx_rememberMe_MOSA_INTERNET")
            << QByteArray("pointOfSalesId%3D%221042%22%2CrememberUniqueId%3D%22a1b2c3d4%22%2C"
                          "token%3D%22T0k3n-xyz_9.~%22%2CvirtualOperator%3D%22MOSA_INTERNET%22");
        QTest::newRow("base64 token")
            << QStringLiteral("GVA") << QStringLiteral("B2B") << qint64(7) << QStringLiteral("id 9")
            << QStringLiteral("q+/Zw8==") << QByteArray("stx_rememberMe_GVA_B2B")
            << QByteArray("pointOfSalesId%3D%227%22%2CrememberUniqueId%3D%22id%209%22%2C"
                          "token%3D%22q%2B%2FZw8%3D%3D%22%2CvirtualOperator%3D%22GVA_B2B%22");
    }
    void buildsExactCookie()
    {
        QFETCH(QString, institution);
        QFETCH(QString, channel);
        QFETCH(qint64, pointOfSalesId);
        QFETCH(QString, identification);
        QFETCH(QString, token);
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);

        const auto cookie = auth::RememberMeCookie::build(authenticated(identification, token), institution, channel,
                                                          pointOfSalesId);
        QVERIFY2(cookie.ok(), qPrintable(cookie.error().toString()));
        QCOMPARE(cookie->name(), name);
        QCOMPARE(cookie->value(), value);
        QVERIFY(cookie->isHttpOnly());
        QVERIFY(cookie->isSecure());
        const QByteArray raw = cookie->toRawForm();
        QVERIFY2(raw.startsWith(name + '=' + value + ';'), raw.constData());
        QVERIFY(raw.contains("; secure"));
        QVERIFY(raw.contains("; HttpOnly"));

        const auto parsed = auth::RememberMeCookie::parse(cookie->value());
        QVERIFY(parsed);
        QCOMPARE(parsed->pointOfSalesId, pointOfSalesId);
        QCOMPARE(parsed->rememberUniqueId, identification);
        QCOMPARE(parsed->token, token);
        QCOMPARE(parsed->virtualOperator, institution + QLatin1Char('_') + channel);
    }

    void plainValueIsTheFourPairsInOrder()
    {
        auth::RememberMeValues values{55, QStringLiteral("ID"), QStringLiteral("TOK"), QStringLiteral("MOSA_WEB")};
        QCOMPARE(auth::RememberMeCookie::plainValue(values),
                 quoted("pointOfSalesId='55',rememberUniqueId='ID',token='TOK',virtualOperator='MOSA_WEB'"));
    }

    void buildRefuses_data()
    {
        QTest::addColumn<QString>("institution");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("identification");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("field");
        const QString m = QStringLiteral("MOSA"), c = QStringLiteral("WEB"), i = QStringLiteral("ID"),
                      t = QStringLiteral("TOK");
        QTest::newRow("no identification") << m << c << QString() << t << QStringLiteral("identification");
        QTest::newRow("no token") << m << c << i << QString() << QStringLiteral("uniqueToken");
        QTest::newRow("no institution") << QString() << c << i << t << QStringLiteral("institutionCode");
        QTest::newRow("no channel") << m << QString() << i << t << QStringLiteral("salesChannelCode");
        QTest::newRow("quote in token") << m << c << i << QStringLiteral("a\"b") << QStringLiteral("uniqueToken");
        QTest::newRow("comma in identification") << m << c << QStringLiteral("a,b") << t << QStringLiteral("identification");
    }
    void buildRefuses()
    {
        QFETCH(QString, institution);
        QFETCH(QString, channel);
        QFETCH(QString, identification);
        QFETCH(QString, token);
        QFETCH(QString, field);
        const auto cookie = auth::RememberMeCookie::build(authenticated(identification, token), institution, channel, 1);
        QVERIFY(!cookie.ok());
        QCOMPARE(cookie.error().kind, ApiError::Kind::Validation);
        QCOMPARE(cookie.error().field, field);
        if (!token.isEmpty())
            QVERIFY(!cookie.error().toString().contains(token));
    }

    void parseRefuses_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("three pairs") << quoted("pointOfSalesId='1',rememberUniqueId='a',token='b'");
        QTest::newRow("other order")
            << quoted("rememberUniqueId='a',pointOfSalesId='1',token='b',virtualOperator='M_W'");
        QTest::newRow("unquoted") << quoted("pointOfSalesId=1,rememberUniqueId='a',token='b',virtualOperator='M_W'");
        QTest::newRow("id not a number")
            << quoted("pointOfSalesId='x',rememberUniqueId='a',token='b',virtualOperator='M_W'");
        QTest::newRow("stray quote")
            << quoted("pointOfSalesId='1',rememberUniqueId='a'',token='b',virtualOperator='M_W'");
    }
    void parseRefuses()
    {
        QFETCH(QByteArray, value);
        QVERIFY(!auth::RememberMeCookie::parse(value));
        QVERIFY(!auth::RememberMeCookie::parse(value.toPercentEncoding()));
    }

    void parseReadsPlainValueToo()
    {
        const auto parsed = auth::RememberMeCookie::parse(
            quoted("pointOfSalesId='12',rememberUniqueId='u',token='t',virtualOperator='MOSA_WEB'"));
        QVERIFY(parsed);
        QCOMPARE(parsed->pointOfSalesId, qint64(12));
        QCOMPARE(parsed->virtualOperator, QStringLiteral("MOSA_WEB"));
    }
};

QTEST_GUILESS_MAIN(TestRememberMeCookie)
#include "tst_remembermecookie.moc"
