// Symphony registration tokens: generate (mailed to the outbox, hashed in the store),
// verify, consume, replace, expire; the contract's faults; the outbox order.

#include "ContactBuilders.h"

#include <QRegularExpression>

using namespace sandboxtest;

namespace {

Result<dto::ContactTokenResult> generate(SandboxService &s, int contactId, const QDateTime &now,
                                         std::optional<bool> singleUse = std::nullopt,
                                         const QString &type = QStringLiteral("ContactRegistration"))
{
    dto::GenerateTokenForContactParams p;
    p.tokenType = type;
    p.contactId = contactId;
    p.isSingleUse = singleUse;
    return s.generateTokenForContact(p, contextAt(now));
}

Result<dto::ContactTokenResult> verify(SandboxService &s, const QString &token, bool consume, const QDateTime &now)
{
    dto::VerifyTokenForContactParams p;
    p.tokenType = QStringLiteral("ContactRegistration");
    p.token = token;
    p.consume = consume;
    return s.verifyTokenForContact(p, contextAt(now));
}

// The token is the indented line of the newest mail.
QString lastMailedToken(SandboxService &s)
{
    const QString body = s.outbox(1)[0].toObject().value(QStringLiteral("body")).toString();
    static const QRegularExpression line(QStringLiteral("\\n\\n([A-Za-z0-9_-]{22,})\\n"));
    return line.match(body).captured(1);
}

} // namespace

class TestSandboxSymphony : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<Fixture>(0);
        auto d = individualData({QStringLiteral("Tom"), QStringLiteral("Token")});
        d.email = QStringLiteral("tom@example.ch");
        m_contactId = int(*save(m_fixture->service(), d).contactId);
    }
    void cleanup() { m_fixture.reset(); }

    void generateVerifyConsume()
    {
        SandboxService &s = m_fixture->service();
        const auto generated = generate(s, m_contactId, fixedNow());
        QVERIFY(generated.ok());
        QCOMPARE(generated->contactId, m_contactId);
        QCOMPARE(generated->contactEmail, QStringLiteral("tom@example.ch"));
        const QJsonObject mail = s.outbox(1)[0].toObject();
        QCOMPARE(mail.value(QStringLiteral("to")).toString(), QStringLiteral("tom@example.ch"));
        QCOMPARE(mail.value(QStringLiteral("kind")).toString(), QStringLiteral("symphonyToken"));
        const QString token = lastMailedToken(s);
        QVERIFY(token.size() * 6 >= 128);

        auto checked = verify(s, token, false, fixedNow().addSecs(60));
        QVERIFY(checked.ok());
        QCOMPARE(checked->contactId, m_contactId);
        QVERIFY(verify(s, token, true, fixedNow().addSecs(61)).ok()); // consumed now
        const auto used = verify(s, token, false, fixedNow().addSecs(62));
        QVERIFY(!used.ok());
        QCOMPARE(used.error().kind, ApiError::Kind::SoapFault);
        QCOMPARE(used.error().message, QStringLiteral("Invalid or expired token."));
        QCOMPARE(used.error().code, QStringLiteral("Client"));
        // Stored as a hash only.
        QSqlQuery q(m_fixture->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT token_hash FROM symphony_tokens")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toByteArray().size(), 32);
        QVERIFY(!q.value(0).toByteArray().contains(token.toUtf8()));
    }

    void aMultiUseTokenSurvivesConsume()
    {
        SandboxService &s = m_fixture->service();
        QVERIFY(generate(s, m_contactId, fixedNow(), false).ok());
        const QString token = lastMailedToken(s);
        QVERIFY(verify(s, token, true, fixedNow()).ok());
        QVERIFY(verify(s, token, true, fixedNow()).ok());
    }

    void aNewTokenReplacesTheOldOnes()
    {
        SandboxService &s = m_fixture->service();
        QVERIFY(generate(s, m_contactId, fixedNow()).ok());
        const QString first = lastMailedToken(s);
        QVERIFY(generate(s, m_contactId, fixedNow().addSecs(1)).ok());
        const QString second = lastMailedToken(s);
        QVERIFY(first != second);
        QVERIFY(!verify(s, first, false, fixedNow().addSecs(2)).ok());
        QVERIFY(verify(s, second, false, fixedNow().addSecs(2)).ok());
        QCOMPARE(scalar(m_fixture->database(), QStringLiteral("SELECT count(*) FROM symphony_tokens")), 1);
    }

    void aTokenLastsSevenDays()
    {
        SandboxService &s = m_fixture->service();
        QVERIFY(generate(s, m_contactId, fixedNow()).ok());
        const QString token = lastMailedToken(s);
        QVERIFY(verify(s, token, false, fixedNow().addDays(7).addSecs(-1)).ok());
        const auto expired = verify(s, token, false, fixedNow().addDays(7).addSecs(1));
        QVERIFY(!expired.ok());
        QCOMPARE(expired.error().message, QStringLiteral("Invalid or expired token."));
    }

    void faults()
    {
        SandboxService &s = m_fixture->service();
        const auto unknown = generate(s, 999999, fixedNow());
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().message, QStringLiteral("Unknown contact."));
        QCOMPARE(unknown.error().code, QStringLiteral("Client"));
        const auto badType = generate(s, m_contactId, fixedNow(), std::nullopt, QStringLiteral("PasswordReset"));
        QVERIFY(!badType.ok());
        QVERIFY(badType.error().message.contains(QStringLiteral("ContactRegistration")));
        QVERIFY(!verify(s, QStringLiteral("made-up-token-aaaaaaaaaaaaaaa"), false, fixedNow()).ok());
        QVERIFY(!verify(s, QString(), false, fixedNow()).ok());
        const auto noEmail = create(s, {QStringLiteral("Nomail"), QStringLiteral("Person")});
        const int noEmailId = int(*getContact(s, noEmail).contactId);
        QVERIFY(!generate(s, noEmailId, fixedNow()).ok());
        QCOMPARE(s.outbox(0).size(), 0); // no fault mailed anything
    }

    void outboxIsNewestFirst()
    {
        SandboxService &s = m_fixture->service();
        for (int i = 0; i < 3; ++i)
            QVERIFY(generate(s, m_contactId, fixedNow().addSecs(i * 10)).ok());
        const QJsonArray all = s.outbox(0);
        QCOMPARE(all.size(), 3);
        QVERIFY(all[0].toObject().value(QStringLiteral("at")).toString() > all[1].toObject().value(QStringLiteral("at")).toString());
        QVERIFY(all[0].toObject().value(QStringLiteral("id")).toInteger() > all[2].toObject().value(QStringLiteral("id")).toInteger());
        for (const char *key : {"id", "at", "to", "subject", "body", "kind"})
            QVERIFY2(all[0].toObject().contains(QLatin1StringView(key)), key);
        QCOMPARE(s.outbox(2).size(), 2);
    }

private:
    std::unique_ptr<Fixture> m_fixture;
    int m_contactId = 0;
};

QTEST_GUILESS_MAIN(TestSandboxSymphony)
#include "tst_sandboxstore_symphony.moc"
