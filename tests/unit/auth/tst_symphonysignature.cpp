// Symphony signing against signatures computed with the openssl CLI; the sandbox-side verifier
// on good and bad authentication values.
#include "AuthVectors.h"
#include "auth/SymphonySignature.h"
#include "auth/SymphonySignatureVerifier.h"

#include <QTest>
#include <QTimeZone>

using namespace contactdesk;
using auth::SymphonyRejection;

Q_DECLARE_METATYPE(auth::SymphonyRejection)
Q_DECLARE_METATYPE(wire::SymphonyAuthValues)

class TestSymphonySignature : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_v = test::authVectors();
        QVERIFY2(m_v.contains(QStringLiteral("symphony.apiKey")), "tests/data/auth/vectors.txt missing");
        m_apiKey = vec("symphony.apiKey");
        m_secret = vec("symphony.secret").toUtf8();
        m_stamp = QDateTime(QDate(2026, 11, 23), QTime(10, 15), Qt::UTC);
        QCOMPARE(vec("symphony.timestamp"), QStringLiteral("2026-11-23T10:15:00Z"));
    }

    void timestampFormat_data()
    {
        QTest::addColumn<QDateTime>("instant");
        QTest::addColumn<QString>("text");
        QTest::newRow("utc") << QDateTime(QDate(2026, 11, 23), QTime(10, 15), Qt::UTC)
                             << QStringLiteral("2026-11-23T10:15:00Z");
        QTest::newRow("milliseconds dropped") << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 999), Qt::UTC)
                                              << QStringLiteral("2026-01-02T03:04:05Z");
        QTest::newRow("offset +02:00 to utc")
            << QDateTime(QDate(2026, 6, 1), QTime(0, 30), QTimeZone(2 * 3600)) << QStringLiteral("2026-05-31T22:30:00Z");
    }
    void timestampFormat()
    {
        QFETCH(QDateTime, instant);
        QFETCH(QString, text);
        QCOMPARE(auth::symphonyTimestamp(instant), text);
        const auto parsed = auth::parseSymphonyTimestamp(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->toSecsSinceEpoch(), instant.toSecsSinceEpoch());
    }

    void timestampParseRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no Z") << QStringLiteral("2026-11-23T10:15:00");
        QTest::newRow("offset") << QStringLiteral("2026-11-23T10:15:00+00:00");
        QTest::newRow("fraction") << QStringLiteral("2026-11-23T10:15:00.000Z");
        QTest::newRow("no seconds") << QStringLiteral("2026-11-23T10:15Z");
        QTest::newRow("month 13") << QStringLiteral("2026-13-23T10:15:00Z");
        QTest::newRow("hour 24") << QStringLiteral("2026-11-23T24:15:00Z");
        QTest::newRow("space") << QStringLiteral("2026-11-23 10:15:00Z");
        QTest::newRow("empty") << QString();
    }
    void timestampParseRefuses()
    {
        QFETCH(QString, text);
        QVERIFY(!auth::parseSymphonyTimestamp(text));
    }

    void signatureMatchesOpenssl_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("generate") << QStringLiteral("GenerateTokenForContact");
        QTest::newRow("verify") << QStringLiteral("VerifyTokenForContact");
    }
    void signatureMatchesOpenssl()
    {
        QFETCH(QString, operation);
        const QString expected = m_v.value(QStringLiteral("symphony.%1.signature").arg(operation));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(auth::symphonySignature(m_secret, m_apiKey, vec("symphony.timestamp"), operation), expected);

        auth::SymphonySigner signer(m_apiKey, m_secret, auth::fixedClock(m_stamp));
        const wire::SymphonyAuthValues values = signer.sign(operation);
        QCOMPARE(values.apiKey, m_apiKey);
        QCOMPARE(values.timestamp, vec("symphony.timestamp"));
        QCOMPARE(values.operation, operation);
        QCOMPARE(values.signature, expected);
    }

    void signedTextIsKeyTimestampOperation()
    {
        QCOMPARE(auth::symphonySignedText(QStringLiteral("K"), QStringLiteral("T"), QStringLiteral("Op")),
                 QByteArray("K\nT\nOp"));
        QCOMPARE(auth::symphonySignedText(QStringLiteral("Schlüssel"), QStringLiteral("T"), QStringLiteral("Op")),
                 QByteArray("Schl\xc3\xbc" "ssel\nT\nOp"));
    }

    void verifierAccepts_data()
    {
        QTest::addColumn<qint64>("offset"); // server clock - timestamp
        QTest::newRow("same second") << qint64(0);
        QTest::newRow("300 s later") << qint64(300);
        QTest::newRow("300 s earlier") << qint64(-300);
    }
    void verifierAccepts()
    {
        QFETCH(qint64, offset);
        const auto verifier = verifierAt(m_stamp.addSecs(offset));
        const QString op = QStringLiteral("GenerateTokenForContact");
        QCOMPARE(verifier.verify(fixtureValues(op), op), SymphonyRejection::None);
    }

    void verifierRejects_data()
    {
        QTest::addColumn<wire::SymphonyAuthValues>("values");
        QTest::addColumn<QString>("called");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<SymphonyRejection>("reason");

        const QString gen = QStringLiteral("GenerateTokenForContact");
        const QString ver = QStringLiteral("VerifyTokenForContact");
        const auto good = fixtureValues(gen);

        auto wrongSignature = good;
        wrongSignature.signature = m_v.value(QStringLiteral("symphony.VerifyTokenForContact.signature"));
        QTest::newRow("signature of another operation") << wrongSignature << gen << qint64(0)
                                                        << SymphonyRejection::BadSignature;
        auto flipped = good;
        flipped.signature[0] = flipped.signature[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QTest::newRow("signature changed") << flipped << gen << qint64(0) << SymphonyRejection::BadSignature;
        auto otherKey = good;
        otherKey.signature = auth::symphonySignature("another-secret", good.apiKey, good.timestamp, gen);
        QTest::newRow("signed with another secret") << otherKey << gen << qint64(0) << SymphonyRejection::BadSignature;
        auto notBase64 = good;
        notBase64.signature = QStringLiteral("not base64!");
        QTest::newRow("signature not base64") << notBase64 << gen << qint64(0) << SymphonyRejection::BadSignature;
        auto truncated = good;
        truncated.signature.chop(4);
        QTest::newRow("signature truncated") << truncated << gen << qint64(0) << SymphonyRejection::BadSignature;
        auto laterStamp = good;
        laterStamp.timestamp = QStringLiteral("2026-11-23T10:15:01Z");
        QTest::newRow("timestamp changed after signing") << laterStamp << gen << qint64(0)
                                                         << SymphonyRejection::BadSignature;

        QTest::newRow("stale: server 301 s later") << good << gen << qint64(301) << SymphonyRejection::StaleTimestamp;
        QTest::newRow("stale: server 301 s earlier") << good << gen << qint64(-301) << SymphonyRejection::StaleTimestamp;
        QTest::newRow("stale: a day") << good << gen << qint64(86400) << SymphonyRejection::StaleTimestamp;

        QTest::newRow("wrong operation called") << good << ver << qint64(0) << SymphonyRejection::WrongOperation;
        const auto signedForVerify = fixtureValues(ver);
        QTest::newRow("verify values on generate") << signedForVerify << gen << qint64(0)
                                                   << SymphonyRejection::WrongOperation;

        auto unknown = good;
        unknown.apiKey = QStringLiteral("CD-SANDBOX-KEY-9999");
        QTest::newRow("unknown key") << unknown << gen << qint64(0) << SymphonyRejection::UnknownKey;

        auto badStamp = good;
        badStamp.timestamp = QStringLiteral("2026-11-23T10:15:00+00:00");
        QTest::newRow("timestamp with offset") << badStamp << gen << qint64(0) << SymphonyRejection::BadTimestamp;

        auto noSignature = good;
        noSignature.signature.clear();
        QTest::newRow("no signature") << noSignature << gen << qint64(0) << SymphonyRejection::MissingValue;
        auto noKey = good;
        noKey.apiKey.clear();
        QTest::newRow("no key") << noKey << gen << qint64(0) << SymphonyRejection::MissingValue;
        auto noStamp = good;
        noStamp.timestamp.clear();
        QTest::newRow("no timestamp") << noStamp << gen << qint64(0) << SymphonyRejection::MissingValue;
        auto noOperation = good;
        noOperation.operation.clear();
        QTest::newRow("no operation") << noOperation << gen << qint64(0) << SymphonyRejection::MissingValue;
    }
    void verifierRejects()
    {
        QFETCH(wire::SymphonyAuthValues, values);
        QFETCH(QString, called);
        QFETCH(qint64, offset);
        QFETCH(SymphonyRejection, reason);
        const auto verifier = verifierAt(m_stamp.addSecs(offset));
        QCOMPARE(verifier.verify(values, called), reason);
        const QString text = auth::symphonyRejectionText(reason);
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains(QString::fromUtf8(m_secret)));
        if (!values.signature.isEmpty())
            QVERIFY(!text.contains(values.signature));
    }

    void signerFollowsItsClock()
    {
        QDateTime now = m_stamp;
        auth::SymphonySigner signer(m_apiKey, m_secret, [&now] { return now; });
        const auto first = signer.sign(QStringLiteral("GenerateTokenForContact"));
        now = now.addSecs(1);
        const auto second = signer.sign(QStringLiteral("GenerateTokenForContact"));
        QCOMPARE(second.timestamp, QStringLiteral("2026-11-23T10:15:01Z"));
        QVERIFY(first.signature != second.signature);
        QCOMPARE(verifierAt(now).verify(second, QStringLiteral("GenerateTokenForContact")), SymphonyRejection::None);
    }

private:
    QString vec(const char *name) const { return m_v.value(QString::fromLatin1(name)); }

    // The values of the fixtures in tests/data/symphony: key, timestamp, operation, openssl signature.
    wire::SymphonyAuthValues fixtureValues(const QString &operation) const
    {
        wire::SymphonyAuthValues values;
        values.timestamp = vec("symphony.timestamp");
        values.operation = operation;
        values.signature = m_v.value(QStringLiteral("symphony.%1.signature").arg(operation));
        values.apiKey = m_apiKey;
        return values;
    }

    auth::SymphonySignatureVerifier verifierAt(const QDateTime &now) const
    {
        const QString key = m_apiKey;
        const QByteArray secret = m_secret;
        return auth::SymphonySignatureVerifier(
            [key, secret](const QString &apiKey) -> std::optional<QByteArray> {
                if (apiKey == key)
                    return secret;
                return std::nullopt;
            },
            auth::fixedClock(now));
    }

    QMap<QString, QString> m_v;
    QString m_apiKey;
    QByteArray m_secret;
    QDateTime m_stamp;
};

QTEST_GUILESS_MAIN(TestSymphonySignature)
#include "tst_symphonysignature.moc"
