// ContactAuthenticationPublicService: same answer for wrong login and wrong password,
// lockout after five failures, remember-me rotation and expiry, points of sales,
// changePassword and recoverPassword (with the outbox).

#include "ContactBuilders.h"
#include "store/Sql.h"

using namespace sandboxtest;

namespace {

const QString annaLogin = QStringLiteral("anna.auth@example.ch");
const QString annaPassword = QStringLiteral("Correct-Horse-1");

dto::ContactAuthenticationResult login(SandboxService &s, const QString &user, const QString &password,
                                       const QDateTime &now = fixedNow(), bool rememberMe = false)
{
    dto::AuthenticateParams p;
    p.contactAuthenticationData.login = user;
    p.contactAuthenticationData.password = password;
    if (rememberMe)
        p.contactAuthenticationData.rememberMe = true;
    return s.authenticate(p, contextAt(now));
}

dto::ContactAuthenticationResult withToken(SandboxService &s, const QString &identification, const QString &token,
                                           const QDateTime &now = fixedNow())
{
    dto::AuthenticateParams p;
    p.contactAuthenticationData.identification = identification;
    p.contactAuthenticationData.uniqueToken = token;
    return s.authenticate(p, contextAt(now));
}

} // namespace

class TestSandboxAuthentication : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<Fixture>(0);
        auto d = individualData({QStringLiteral("Anna"), QStringLiteral("Auth")});
        d.email = annaLogin;
        d.login = annaLogin;
        d.password = annaPassword;
        m_anna = save(m_fixture->service(), d).contactNumber;
        QVERIFY(!m_anna.isEmpty());
    }
    void cleanup() { m_fixture.reset(); }

    void rightPasswordWrongPasswordUnknownLogin()
    {
        SandboxService &s = m_fixture->service();
        const auto ok = login(s, annaLogin, annaPassword);
        QCOMPARE(ok.statusCode, QStringLiteral("success"));
        QCOMPARE(ok.contactNumber, m_anna);
        QVERIFY(ok.uniqueToken.isEmpty()); // no rememberMe asked
        QCOMPARE(login(s, annaLogin.toUpper(), annaPassword).statusCode, QStringLiteral("success")); // login case
        const auto wrongPassword = login(s, annaLogin, QStringLiteral("Wrong-Horse-1"));
        const auto unknownLogin = login(s, QStringLiteral("nobody@example.ch"), annaPassword);
        QCOMPARE(wrongPassword.statusCode, QStringLiteral("authfail"));
        QCOMPARE(unknownLogin.statusCode, QStringLiteral("authfail"));
        QCOMPARE(unknownLogin.statusDetail, wrongPassword.statusDetail);
        QVERIFY(!wrongPassword.statusDetail.contains(annaPassword));
        QCOMPARE(wrongPassword.contactNumber, QString());
        // By contact number instead of login.
        dto::AuthenticateParams p;
        p.contactAuthenticationData.contactNumber = m_anna;
        p.contactAuthenticationData.password = annaPassword;
        QCOMPARE(s.authenticate(p, contextAt(fixedNow())).statusCode, QStringLiteral("success"));
    }

    void passwordsAreStoredAsPbkdf2Hashes()
    {
        store::Database &db = m_fixture->database();
        QVERIFY(scalar(db, QStringLiteral("SELECT password_iterations FROM contacts WHERE contact_number = '%1'").arg(m_anna))
                >= 100000);
        QCOMPARE(scalar(db, QStringLiteral("SELECT length(password_hash) FROM contacts WHERE contact_number = '%1'").arg(m_anna)), 32);
        QCOMPARE(scalar(db, QStringLiteral("SELECT length(password_salt) FROM contacts WHERE contact_number = '%1'").arg(m_anna)), 16);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM contacts")));
        while (q.next()) {
            for (int i = 0; i < 30; ++i)
                QVERIFY(!q.value(i).toByteArray().contains(annaPassword.toUtf8()));
        }
    }

    void fiveFailuresLockTheLoginForFifteenMinutes()
    {
        SandboxService &s = m_fixture->service();
        const QDateTime t0 = fixedNow();
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(login(s, annaLogin, QStringLiteral("wrong"), t0.addSecs(i)).statusCode, QStringLiteral("authfail"));
        QCOMPARE(login(s, annaLogin, QStringLiteral("wrong"), t0.addSecs(5)).statusCode, QStringLiteral("locked"));
        // Locked: even the right password is refused, without being checked.
        const auto locked = login(s, annaLogin, annaPassword, t0.addSecs(60));
        QCOMPARE(locked.statusCode, QStringLiteral("locked"));
        QCOMPARE(login(s, annaLogin, annaPassword, t0.addSecs(5 + 15 * 60 - 1)).statusCode, QStringLiteral("locked"));
        // After 15 minutes the right password works and the count starts again.
        QCOMPARE(login(s, annaLogin, annaPassword, t0.addSecs(5 + 15 * 60 + 1)).statusCode, QStringLiteral("success"));
        const QDateTime t1 = t0.addSecs(3600);
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(login(s, annaLogin, QStringLiteral("wrong"), t1.addSecs(i)).statusCode, QStringLiteral("authfail"));
        QCOMPARE(login(s, annaLogin, annaPassword, t1.addSecs(10)).statusCode, QStringLiteral("success"));
        QCOMPARE(login(s, annaLogin, QStringLiteral("wrong"), t1.addSecs(11)).statusCode, QStringLiteral("authfail"));
    }

    void rememberMeRotatesAndExpires()
    {
        SandboxService &s = m_fixture->service();
        const auto first = login(s, annaLogin, annaPassword, fixedNow(), true);
        QCOMPARE(first.statusCode, QStringLiteral("success"));
        QVERIFY(first.identification.size() >= 16);
        QVERIFY(first.uniqueToken.size() * 6 >= 128);

        const auto second = withToken(s, first.identification, first.uniqueToken, fixedNow().addDays(1));
        QCOMPARE(second.statusCode, QStringLiteral("success"));
        QCOMPARE(second.contactNumber, m_anna);
        QVERIFY(second.identification != first.identification);
        QVERIFY(second.uniqueToken != first.uniqueToken);
        // The old pair stopped working; the new one works once.
        QCOMPARE(withToken(s, first.identification, first.uniqueToken, fixedNow().addDays(1)).statusCode,
                 QStringLiteral("authfail"));
        QCOMPARE(withToken(s, second.identification, first.uniqueToken).statusCode, QStringLiteral("authfail"));
        // A month at most.
        QCOMPARE(withToken(s, second.identification, second.uniqueToken, fixedNow().addDays(33)).statusCode,
                 QStringLiteral("authfail"));
        const auto third = withToken(s, second.identification, second.uniqueToken, fixedNow().addDays(20));
        QCOMPARE(third.statusCode, QStringLiteral("success"));
        // Stored hashed only.
        QCOMPARE(scalar(m_fixture->database(), QStringLiteral("SELECT count(*) FROM remember_me_tokens")), 1);
        QSqlQuery q(m_fixture->database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT token_hash FROM remember_me_tokens")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toByteArray().size(), 32);
        QVERIFY(!q.value(0).toByteArray().contains(third.uniqueToken.toUtf8()));
    }

    void pointsOfSales()
    {
        SandboxService &s = m_fixture->service();
        dto::ListAuthorizedPosParams list;
        list.contactAuthenticationData.login = annaLogin;
        list.contactAuthenticationData.password = annaPassword;
        auto pos = s.listAuthorizedPos(list, contextAt(fixedNow()));
        QCOMPARE(pos.statusCode, QStringLiteral("success"));
        QCOMPARE(pos.pointsOfSales.size(), 2); // the two B2C points of sales
        dto::AuthenticateParams p;
        p.contactAuthenticationData.login = annaLogin;
        p.contactAuthenticationData.password = annaPassword;
        p.contactAuthenticationData.pointOfSalesId = 1002; // B2B
        const auto denied = s.authenticate(p, contextAt(fixedNow()));
        QCOMPARE(denied.statusCode, QStringLiteral("denied"));
        QCOMPARE(fieldOf(denied.statusDetail), QStringLiteral("contactAuthenticationData.pointOfSalesId"));
        {
            QSqlQuery q(m_fixture->database().connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO pos_authorized_contacts (point_of_sales_id, contact_id) "
                                          "SELECT 1002, contact_id FROM contacts WHERE contact_number = '%1'").arg(m_anna)));
        }
        QCOMPARE(s.authenticate(p, contextAt(fixedNow())).statusCode, QStringLiteral("success"));
        pos = s.listAuthorizedPos(list, contextAt(fixedNow()));
        QCOMPARE(pos.pointsOfSales.size(), 3);
        QCOMPARE(pos.pointsOfSales[1].salesChannelCode, QStringLiteral("INTERNET"));
        p.contactAuthenticationData.pointOfSalesId = 4711;
        QCOMPARE(s.authenticate(p, contextAt(fixedNow())).statusCode, QStringLiteral("invalid"));
        list.contactAuthenticationData.password = QStringLiteral("wrong");
        QCOMPARE(s.listAuthorizedPos(list, contextAt(fixedNow())).statusCode, QStringLiteral("authfail"));
    }

    void scopeAndStructureChecks()
    {
        SandboxService &s = m_fixture->service();
        dto::AuthenticateParams p;
        p.contactAuthenticationData.login = annaLogin;
        p.contactAuthenticationData.password = annaPassword;
        p.contactAuthenticationData.contactTypeScope = QStringLiteral("STRUCTURE");
        QCOMPARE(s.authenticate(p, contextAt(fixedNow())).statusCode, QStringLiteral("denied"));
        p.contactAuthenticationData.contactTypeScope = QStringLiteral("INDIVIDUAL");
        QCOMPARE(s.authenticate(p, contextAt(fixedNow())).statusCode, QStringLiteral("success"));
        const QString other = create(s, {QStringLiteral("Otto"), QStringLiteral("Other")});
        const QString structure = createStructure(s, QStringLiteral("Firma Other"), other);
        p.contactAuthenticationData.structureContactNumber = structure;
        QCOMPARE(s.authenticate(p, contextAt(fixedNow())).statusCode, QStringLiteral("denied"));
        dto::SaveStructureMemberParams m;
        m.structureMemberData.structureContactNumber = structure;
        m.structureMemberData.memberContactNumber = m_anna;
        QCOMPARE(s.saveStructureMember(m, contextAt(fixedNow())).statusCode, QStringLiteral("success"));
        QCOMPARE(s.authenticate(p, contextAt(fixedNow())).statusCode, QStringLiteral("success"));
    }

    void changePassword()
    {
        SandboxService &s = m_fixture->service();
        const auto remembered = login(s, annaLogin, annaPassword, fixedNow(), true);
        dto::ChangePasswordParams p;
        p.contactNumber = m_anna;
        p.currentPassword = QStringLiteral("not the password");
        p.newPassword = QStringLiteral("Battery-Staple-2");
        QCOMPARE(s.changePassword(p, contextAt(fixedNow())).statusCode, QStringLiteral("authfail"));
        p.currentPassword = annaPassword;
        QCOMPARE(s.changePassword(p, contextAt(fixedNow())).statusCode, QStringLiteral("success"));
        QCOMPARE(login(s, annaLogin, annaPassword).statusCode, QStringLiteral("authfail"));
        QCOMPARE(login(s, annaLogin, QStringLiteral("Battery-Staple-2")).statusCode, QStringLiteral("success"));
        // A new password ends the remember-me sessions.
        QCOMPARE(withToken(s, remembered.identification, remembered.uniqueToken).statusCode, QStringLiteral("authfail"));
        p.contactNumber = QStringLiteral("0000999999");
        QCOMPARE(s.changePassword(p, contextAt(fixedNow())).statusCode, QStringLiteral("authfail"));
    }

    void recoverPasswordMailsANewOne()
    {
        SandboxService &s = m_fixture->service();
        dto::RecoverPasswordParams p;
        p.email = QStringLiteral("nobody@example.ch");
        const auto unknown = s.recoverPassword(p, contextAt(fixedNow()));
        QCOMPARE(unknown.statusCode, QStringLiteral("notfound"));
        QCOMPARE(s.outbox(0).size(), 0);

        p.email = QStringLiteral("Anna.Auth@Example.ch");
        QCOMPARE(s.recoverPassword(p, contextAt(fixedNow())).statusCode, QStringLiteral("success"));
        const QJsonArray outbox = s.outbox(10);
        QCOMPARE(outbox.size(), 1);
        const QJsonObject mail = outbox[0].toObject();
        QCOMPARE(mail.value(QStringLiteral("to")).toString(), annaLogin);
        QCOMPARE(mail.value(QStringLiteral("kind")).toString(), QStringLiteral("recoveredPassword"));
        const QString body = mail.value(QStringLiteral("body")).toString();
        const QString marker = QStringLiteral("New password: ");
        QVERIFY(body.contains(marker));
        const QString newPassword = body.mid(body.indexOf(marker) + marker.size()).section(u'\n', 0, 0);
        QVERIFY(newPassword.size() >= 12);
        QCOMPARE(login(s, annaLogin, annaPassword).statusCode, QStringLiteral("authfail"));
        QCOMPARE(login(s, annaLogin, newPassword).statusCode, QStringLiteral("success"));
    }

private:
    std::unique_ptr<Fixture> m_fixture;
    QString m_anna;
};

QTEST_GUILESS_MAIN(TestSandboxAuthentication)
#include "tst_sandboxstore_auth.moc"
