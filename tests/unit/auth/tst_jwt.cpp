// JwtForger against a token computed with the openssl CLI; JwtVerifier on good and bad tokens.
#include "AuthVectors.h"
#include "auth/Base64Url.h"
#include "auth/JwtForger.h"
#include "auth/JwtVerifier.h"

#include <QTest>

using namespace contactdesk;
using auth::JwtRejection;

Q_DECLARE_METATYPE(auth::JwtRejection)

namespace {

QDateTime atSeconds(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC);
}

QByteArray b64url(const QByteArray &bytes)
{
    return auth::base64UrlEncode(bytes);
}

} // namespace

class TestJwt : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_v = test::authVectors();
        QVERIFY2(m_v.contains(QStringLiteral("jwt.token")), "tests/data/auth/vectors.txt missing");
        m_secret = vec("jwt.secret").toUtf8();
        m_iat = vec("jwt.iat").toLongLong();
        m_exp = vec("jwt.exp").toLongLong();
        QCOMPARE(m_exp - m_iat, 30);
    }

    void forgeMatchesVector()
    {
        auth::JwtForger forger(auth::fixedClock(atSeconds(m_iat)));
        QCOMPARE(forger.lifetimeSeconds(), 30);
        const QByteArray token = forger.forge(vec("jwt.sub"), vec("jwt.aud"), vec("jwt.iss"), m_secret);
        QCOMPARE(token, vec("jwt.token").toLatin1());
    }

    void signingInputIsHeaderAndPayloadOfVector()
    {
        auth::JwtClaims claims{vec("jwt.sub"), vec("jwt.aud"), vec("jwt.iss"), m_iat, m_exp};
        const QByteArray expected = b64url(vec("jwt.header").toUtf8()) + '.' + b64url(vec("jwt.payload").toUtf8());
        QCOMPARE(auth::JwtForger::signingInput(claims), expected);
        QCOMPARE(auth::JwtForger::sign(claims, m_secret), vec("jwt.token").toLatin1());
    }

    void forgeEscapesClaimText()
    {
        auth::JwtClaims claims{QStringLiteral("MOSA"), QStringLiteral("a\"b\\c"), QStringLiteral("Zürich"), 1, 2};
        const QByteArray input = auth::JwtForger::signingInput(claims);
        const QByteArray payload = *auth::base64UrlDecode(input.mid(input.indexOf('.') + 1));
        QCOMPARE(payload, QByteArray("{\"sub\":\"MOSA\",\"aud\":\"a\\\"b\\\\c\",\"iss\":\"Zürich\",\"iat\":1,\"exp\":2}"));
    }

    void lifetimeIsClamped_data()
    {
        QTest::addColumn<int>("asked");
        QTest::addColumn<int>("kept");
        QTest::newRow("shorter") << 10 << 10;
        QTest::newRow("maximum") << 30 << 30;
        QTest::newRow("too long") << 31 << 30;
        QTest::newRow("an hour") << 3600 << 30;
        QTest::newRow("zero") << 0 << 1;
        QTest::newRow("negative") << -5 << 1;
    }
    void lifetimeIsClamped()
    {
        QFETCH(int, asked);
        QFETCH(int, kept);
        auth::JwtForger forger(auth::fixedClock(atSeconds(m_iat)));
        forger.setLifetimeSeconds(asked);
        QCOMPARE(forger.lifetimeSeconds(), kept);
        const QByteArray token = forger.forge(QStringLiteral("MOSA"), QStringLiteral("MOSA_B2C"), QStringLiteral("P"), m_secret);
        auth::JwtVerifier verifier(auth::fixedClock(atSeconds(m_iat)));
        const auto check = verifier.verify(token, QStringLiteral("MOSA"), m_secret);
        QCOMPARE(check.rejection, JwtRejection::None);
        QCOMPARE(check.claims.expiresAt - check.claims.issuedAt, qint64(kept));
    }

    void verifierAcceptsVector_data()
    {
        QTest::addColumn<qint64>("offset"); // now - iat
        QTest::newRow("at iat") << qint64(0);
        QTest::newRow("last second") << qint64(29);
        QTest::newRow("client clock 5 s ahead") << qint64(-5);
    }
    void verifierAcceptsVector()
    {
        QFETCH(qint64, offset);
        auth::JwtVerifier verifier(auth::fixedClock(atSeconds(m_iat + offset)));
        const auto check = verifier.verify(vec("jwt.token").toLatin1(), QStringLiteral("MOSA"), m_secret);
        QCOMPARE(check.rejection, JwtRejection::None);
        QVERIFY(check.accepted());
        QCOMPARE(check.claims.institution, vec("jwt.sub"));
        QCOMPARE(check.claims.operatorLogin, vec("jwt.aud"));
        QCOMPARE(check.claims.partnerName, vec("jwt.iss"));
        QCOMPARE(check.claims.issuedAt, m_iat);
        QCOMPARE(check.claims.expiresAt, m_exp);
    }

    void verifierRejects_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<QString>("institution");
        QTest::addColumn<JwtRejection>("reason");

        const QByteArray good = vec("jwt.token").toLatin1();
        const QString mosa = QStringLiteral("MOSA");
        const QByteArray header = b64url(vec("jwt.header").toUtf8());
        const QList<QByteArray> parts = good.split('.');

        QTest::newRow("expired at exp") << good << m_exp << mosa << JwtRejection::Expired;
        QTest::newRow("expired long ago") << good << m_exp + 3600 << mosa << JwtRejection::Expired;
        QTest::newRow("issued in the future") << good << m_iat - 6 << mosa << JwtRejection::IssuedInFuture;
        QTest::newRow("wrong key") << vec("jwt.tokenOtherKey").toLatin1() << m_iat << mosa << JwtRejection::BadSignature;
        QTest::newRow("wrong institution") << good << m_iat << QStringLiteral("GVA") << JwtRejection::WrongInstitution;
        QTest::newRow("institution case") << good << m_iat << QStringLiteral("mosa") << JwtRejection::WrongInstitution;

        const auth::JwtClaims longLived{mosa, QStringLiteral("MOSA_B2C"), QStringLiteral("P"), m_iat, m_iat + 31};
        QTest::newRow("lives 31 s") << auth::JwtForger::sign(longLived, m_secret) << m_iat << mosa
                                    << JwtRejection::LifetimeTooLong;
        const auth::JwtClaims dayLong{mosa, QStringLiteral("MOSA_B2C"), QStringLiteral("P"), m_iat, m_iat + 86400};
        QTest::newRow("lives a day") << auth::JwtForger::sign(dayLong, m_secret) << m_iat << mosa
                                     << JwtRejection::LifetimeTooLong;

        // The vector's signature on a payload that names another operator / a later exp.
        const QByteArray otherPayload = b64url(
            QByteArrayLiteral(R"({"sub":"MOSA","aud":"MOSA_ADMIN","iss":"ContactDesk Partner","iat":1767225600,"exp":1767225630})"));
        QTest::newRow("tampered payload") << header + '.' + otherPayload + '.' + parts[2] << m_iat << mosa
                                          << JwtRejection::BadSignature;
        const QByteArray laterPayload = b64url(
            QByteArrayLiteral(R"({"sub":"MOSA","aud":"MOSA_B2C","iss":"ContactDesk Partner","iat":1767225600,"exp":1767225660})"));
        QTest::newRow("tampered exp") << header + '.' + laterPayload + '.' + parts[2] << m_iat << mosa
                                      << JwtRejection::BadSignature;
        QTest::newRow("signature dropped") << header + '.' + parts[1] + '.' << m_iat << mosa << JwtRejection::BadSignature;
        QByteArray flipped = parts[2];
        flipped[0] = flipped[0] == 'A' ? 'B' : 'A';
        QTest::newRow("signature changed") << parts[0] + '.' + parts[1] + '.' + flipped << m_iat << mosa
                                           << JwtRejection::BadSignature;

        const QByteArray none = b64url(QByteArrayLiteral(R"({"alg":"none","typ":"JWT"})"));
        QTest::newRow("alg none, no signature") << none + '.' + parts[1] + '.' << m_iat << mosa
                                                << JwtRejection::UnsupportedAlgorithm;
        QTest::newRow("alg none, old signature") << none + '.' + parts[1] + '.' + parts[2] << m_iat << mosa
                                                 << JwtRejection::UnsupportedAlgorithm;
        const QByteArray hs512 = b64url(QByteArrayLiteral(R"({"alg":"HS512","typ":"JWT"})"));
        QTest::newRow("alg HS512") << hs512 + '.' + parts[1] + '.' + parts[2] << m_iat << mosa
                                   << JwtRejection::UnsupportedAlgorithm;
        const QByteArray noAlg = b64url(QByteArrayLiteral(R"({"typ":"JWT"})"));
        QTest::newRow("alg missing") << noAlg + '.' + parts[1] + '.' + parts[2] << m_iat << mosa
                                     << JwtRejection::UnsupportedAlgorithm;

        QTest::newRow("two parts") << parts[0] + '.' + parts[1] << m_iat << mosa << JwtRejection::Malformed;
        QTest::newRow("four parts") << good + ".x" << m_iat << mosa << JwtRejection::Malformed;
        QTest::newRow("empty") << QByteArray() << m_iat << mosa << JwtRejection::Malformed;
        QTest::newRow("header not json") << b64url("alg") + '.' + parts[1] + '.' + parts[2] << m_iat << mosa
                                         << JwtRejection::Malformed;
        QTest::newRow("padded header") << header + "==." + parts[1] + '.' + parts[2] << m_iat << mosa
                                       << JwtRejection::Malformed;
        const QByteArray msIat = b64url(
            QByteArrayLiteral(R"({"sub":"MOSA","aud":"MOSA_B2C","iss":"P","iat":"1767225600","exp":1767225630})"));
        QTest::newRow("iat as a string") << header + '.' + msIat + '.' + parts[2] << m_iat << mosa
                                         << JwtRejection::Malformed;
        const QByteArray noSub = b64url(QByteArrayLiteral(R"({"aud":"MOSA_B2C","iat":1767225600,"exp":1767225630})"));
        QTest::newRow("sub missing") << header + '.' + noSub + '.' + parts[2] << m_iat << mosa << JwtRejection::Malformed;
    }
    void verifierRejects()
    {
        QFETCH(QByteArray, token);
        QFETCH(qint64, now);
        QFETCH(QString, institution);
        QFETCH(JwtRejection, reason);
        auth::JwtVerifier verifier(auth::fixedClock(atSeconds(now)));
        const auto check = verifier.verify(token, institution, m_secret);
        QCOMPARE(check.rejection, reason);
        QVERIFY(!check.accepted());
        QVERIFY(!auth::jwtRejectionText(reason).isEmpty());
    }

    void lookupBySecretOfOperator()
    {
        auth::JwtVerifier verifier(auth::fixedClock(atSeconds(m_iat)));
        QStringList asked;
        const QByteArray secret = m_secret;
        auto lookup = [&asked, secret](const QString &login) -> std::optional<QByteArray> {
            asked << login;
            if (login == QStringLiteral("MOSA_B2C"))
                return secret;
            return std::nullopt;
        };
        QCOMPARE(verifier.verify(vec("jwt.token").toLatin1(), QStringLiteral("MOSA"), lookup).rejection,
                 JwtRejection::None);
        QCOMPARE(asked, QStringList{QStringLiteral("MOSA_B2C")});

        const auth::JwtClaims stranger{QStringLiteral("MOSA"), QStringLiteral("NOBODY"), QStringLiteral("P"), m_iat, m_exp};
        QCOMPARE(verifier.verify(auth::JwtForger::sign(stranger, m_secret), QStringLiteral("MOSA"), lookup).rejection,
                 JwtRejection::UnknownOperator);
    }

    void rejectionTextsHoldNoToken()
    {
        const QByteArray token = vec("jwt.token").toLatin1();
        for (auto reason : {JwtRejection::Malformed, JwtRejection::UnsupportedAlgorithm, JwtRejection::UnknownOperator,
                            JwtRejection::BadSignature, JwtRejection::LifetimeTooLong, JwtRejection::IssuedInFuture,
                            JwtRejection::Expired, JwtRejection::WrongInstitution}) {
            const QString text = auth::jwtRejectionText(reason);
            QVERIFY(!text.isEmpty());
            QVERIFY(!text.contains(QString::fromLatin1(token.split('.')[2])));
            QVERIFY(!text.contains(QString::fromUtf8(m_secret)));
        }
    }

private:
    QString vec(const char *name) const { return m_v.value(QString::fromLatin1(name)); }

    QMap<QString, QString> m_v;
    QByteArray m_secret;
    qint64 m_iat = 0;
    qint64 m_exp = 0;
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
