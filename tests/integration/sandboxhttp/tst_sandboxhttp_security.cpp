// The sandbox's checks of callers over real loopback HTTP: WS-Security UsernameToken, REST JWT,
// Symphony signatures, the rate limit. A refused call changes nothing.

#include "SandboxHttpHarness.h"

#include "auth/Base64Url.h"

#include <QJsonArray>
#include <QtTest>

using namespace contactdesk;
using namespace contactdesk::sandboxhttp;

namespace {

const QByteArray xmlType = "text/xml; charset=utf-8";
const QByteArray soap12Type = "application/soap+xml; charset=utf-8";
const QByteArray jsonType = "application/json";
const QByteArray formType = "application/x-www-form-urlencoded";

} // namespace

class TestSandboxHttpSecurity : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<RunningSandbox> m_sandbox;
    HttpProbe m_http;
    qint64 m_contactId = 0;

    const DemoCredentials &demo() const { return m_sandbox->credentials; }

    // How many contacts hold this last name, asked of the service directly (not over HTTP).
    int countInDatabase(const QString &lastName)
    {
        dto::SearchContactByCriteriaParams p;
        p.searchCriteria.lastName = lastName;
        p.searchCriteria.contactType = QStringLiteral("ANY");
        const auto r = m_sandbox->service->searchContactByCriteria(p, {});
        return r.totalNumber.value_or(-1);
    }
    qsizetype outboxSize() { return m_sandbox->service->outbox(0).size(); }

    QByteArray soapSave(const QByteArray &header, const QString &lastName, int identifier)
    {
        return s360Soap(Service::ContactInformation, QStringLiteral("saveIndividualContactData"),
                        "<individualContactData><identifier>" + QByteArray::number(identifier) +
                            "</identifier><individualContact><individualLastName>" + lastName.toUtf8() +
                            "</individualLastName></individualContact></individualContactData>",
                        header);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = startSandbox();
        QVERIFY(m_sandbox);
        dto::SaveIndividualContactDataParams p;
        p.individualContactData.identifier = 5150;
        p.individualContactData.individualContact.emplace().individualLastName = QStringLiteral("Signer");
        p.individualContactData.email = QStringLiteral("signer@example.org");
        const auto saved = m_sandbox->service->saveIndividualContactData(p, {});
        QCOMPARE(saved.statusCode, QStringLiteral("success"));
        m_contactId = saved.contactId.value_or(0);
        QVERIFY(m_contactId > 0);
    }
    void cleanupTestCase() { m_sandbox.reset(); }

    // ---------------------------------------------------------------- WS-Security

    void wsseAcceptedInEveryShape_data()
    {
        QTest::addColumn<QByteArray>("header");
        const QByteArray ns = contract::wsseNamespace;
        const QByteArray type = contract::wssePasswordTextType;
        const QByteArray wsu = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
        QTest::newRow("usual") << QByteArray("%USUAL%");
        QTest::newRow("no Type") << QByteArray("<wsse:Security xmlns:wsse=\"" + ns + "\"><wsse:UsernameToken><wsse:Username>%L</wsse:Username>"
                                               "<wsse:Password>%P</wsse:Password></wsse:UsernameToken></wsse:Security>");
        QTest::newRow("other prefix, wsu:Id") << QByteArray(
            "<sec:Security xmlns:sec=\"" + ns + "\" xmlns:u=\"" + wsu + "\"><sec:UsernameToken u:Id=\"UsernameToken-1\">"
            "<sec:Username>%L</sec:Username><sec:Password Type=\"" + type + "\">%P</sec:Password></sec:UsernameToken></sec:Security>");
        QTest::newRow("default namespace, mustUnderstand") << QByteArray(
            "<Security xmlns=\"" + ns + "\" soapenv:mustUnderstand=\"1\"><UsernameToken><Username>%L</Username>"
            "<Password Type=\"" + type + "\">%P</Password><Nonce>bm9uY2U=</Nonce></UsernameToken></Security>");
    }
    void wsseAcceptedInEveryShape()
    {
        QFETCH(QByteArray, header);
        if (header == "%USUAL%")
            header = wsseHeader(QStringLiteral("%L"), QStringLiteral("%P"));
        header.replace("%L", demo().operatorLogin.toUtf8()).replace("%P", demo().operatorPassword.toHtmlEscaped().toUtf8());
        const HttpResult r = m_http.post(soapUrl(m_sandbox->base(), Service::ContactInformation), xmlType,
                                         s360Soap(Service::ContactInformation, QStringLiteral("getStructureTypes"), {}, header));
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(xmlText(r.body, QStringLiteral("statusCode")), QStringLiteral("success"));
    }

    void wsseRefused_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("no header") << QByteArray();
        QTest::newRow("no UsernameToken") << QByteArray("<wsse:Security xmlns:wsse=\"" + QByteArray(contract::wsseNamespace) + "\"/>");
        QTest::newRow("wrong password") << wsseHeader(QStringLiteral("%L"), QStringLiteral("not-the-password"));
        QTest::newRow("empty password") << wsseHeader(QStringLiteral("%L"), QString());
        QTest::newRow("unknown login") << wsseHeader(QStringLiteral("MOSA_NOBODY"), QStringLiteral("%P"));
        QTest::newRow("wrong namespace") << QByteArray("<wsse:Security xmlns:wsse=\"urn:not-wsse\"><wsse:UsernameToken><wsse:Username>%L"
                                                       "</wsse:Username><wsse:Password>%P</wsse:Password></wsse:UsernameToken></wsse:Security>");
    }
    void wsseRefused()
    {
        QFETCH(QByteArray, header);
        header.replace("%L", demo().operatorLogin.toUtf8()).replace("%P", demo().operatorPassword.toHtmlEscaped().toUtf8());
        const QString lastName = QStringLiteral("Intruder%1").arg(QString::fromLatin1(QTest::currentDataTag())).remove(u' ');
        const HttpResult r = m_http.post(soapUrl(m_sandbox->base(), Service::ContactInformation), xmlType, soapSave(header, lastName, 7001));
        QCOMPARE(r.status, 500);
        QCOMPARE(xmlText(r.body, QStringLiteral("faultcode")), QStringLiteral("S:Client"));
        QVERIFY(xmlText(r.body, QStringLiteral("faultstring")).contains(QStringLiteral("Authentication")));
        QVERIFY(!r.body.contains(demo().operatorPassword.toUtf8()));
        QCOMPARE(countInDatabase(lastName), 0);
    }

    // ---------------------------------------------------------------- REST JWT

    void jwtRefused_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        const DemoCredentials &c = demo();
        auth::JwtClaims claims;
        claims.institution = c.institution;
        claims.operatorLogin = c.operatorLogin;
        claims.partnerName = c.partnerName;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto token = [&](auto change, const QByteArray &key) {
            auth::JwtClaims k = claims;
            k.issuedAt = now;
            k.expiresAt = now + 30;
            change(k);
            return bearer(auth::JwtForger::sign(k, key));
        };
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("not bearer") << QByteArray("Basic bW9zYTpwdw==");
        QTest::newRow("expired") << token([&](auth::JwtClaims &k) { k.issuedAt = now - 100; k.expiresAt = now - 70; }, c.jwtSecret);
        QTest::newRow("lives too long") << token([&](auth::JwtClaims &k) { k.expiresAt = now + 60; }, c.jwtSecret);
        QTest::newRow("other key") << token([](auth::JwtClaims &) {}, QByteArray("another operator's secret, 32 bytes!"));
        QTest::newRow("other institution") << token([](auth::JwtClaims &k) { k.institution = QStringLiteral("OTHER"); }, c.jwtSecret);
        QTest::newRow("unknown operator") << token([](auth::JwtClaims &k) { k.operatorLogin = QStringLiteral("MOSA_NOBODY"); }, c.jwtSecret);
        QTest::newRow("garbage") << bearer("not.a.jwt");
        const QByteArray unsignedToken = auth::base64UrlEncode(QByteArray(R"({"alg":"none","typ":"JWT"})")) + '.' +
                                         auth::base64UrlEncode(QStringLiteral(R"({"sub":"%1","aud":"%2","iss":"x","iat":%3,"exp":%4})")
                                                                   .arg(c.institution, c.operatorLogin).arg(now).arg(now + 30)
                                                                   .toUtf8()) +
                                         '.';
        QTest::newRow("alg none") << bearer(unsignedToken);
    }
    void jwtRefused()
    {
        QFETCH(QByteArray, authorization);
        const QString lastName = QStringLiteral("Jwt%1").arg(QString::fromLatin1(QTest::currentDataTag())).remove(u' ');
        Headers headers;
        if (!authorization.isEmpty())
            headers << qMakePair(QByteArray("Authorization"), authorization);
        const HttpResult r = m_http.post(restUrl(m_sandbox->base(), Service::ContactInformation, QStringLiteral("saveIndividualContactData")),
                                         jsonType,
                                         "{\"individualContactData\":{\"identifier\":7002,\"individualContact\":{\"individualLastName\":\"" +
                                             lastName.toUtf8() + "\"}}}",
                                         headers);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("unauthorized"));
        QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(countInDatabase(lastName), 0);
    }

    void jwtAccepted()
    {
        const HttpResult r = m_http.post(restUrl(m_sandbox->base(), Service::ContactInformation, QStringLiteral("getStructureTypes")),
                                         jsonType, {}, {{"Authorization", bearer(demoJwt(demo(), 5))}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("statusCode")).toString(), QStringLiteral("success"));
    }

    // ---------------------------------------------------------------- Symphony signatures

    void symphonyRefused_data()
    {
        QTest::addColumn<QString>("binding");
        QTest::addColumn<QString>("problem");
        for (const char *binding : {"soap11", "soap12", "get", "post"}) {
            for (const char *problem : {"wrong signature", "stale", "future", "signed for another operation",
                                        "operation rewritten", "unknown key", "no credentials"})
                QTest::addRow("%s %s", binding, problem) << QString::fromLatin1(binding) << QString::fromLatin1(problem);
        }
    }
    void symphonyRefused()
    {
        QFETCH(QString, binding);
        QFETCH(QString, problem);
        const QString op = QStringLiteral("GenerateTokenForContact");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        std::optional<wire::SymphonyAuthValues> auth = symphonyAuth(demo(), op);
        if (problem == u"wrong signature")
            auth = auth::signSymphonyCall(demo().symphonyApiKey, QByteArray("not the secret"), op, now);
        else if (problem == u"stale")
            auth = symphonyAuth(demo(), op, now.addSecs(-310));
        else if (problem == u"future")
            auth = symphonyAuth(demo(), op, now.addSecs(310));
        else if (problem == u"signed for another operation")
            auth = symphonyAuth(demo(), QStringLiteral("VerifyTokenForContact"));
        else if (problem == u"operation rewritten") {
            auth = symphonyAuth(demo(), QStringLiteral("VerifyTokenForContact"));
            auth->operation = op; // the signature was made for the other operation
        } else if (problem == u"unknown key")
            auth = auth::signSymphonyCall(QStringLiteral("NO-SUCH-KEY"), demo().symphonySecret, op, now);
        else if (problem == u"no credentials")
            auth.reset();

        const qsizetype mailsBefore = outboxSize();
        const QByteArray params = "<tokenType>ContactRegistration</tokenType><contactId>" + QByteArray::number(m_contactId) +
                                  "</contactId><isSingleUse>true</isSingleUse>";
        const QList<QPair<QString, QString>> pairs{{QStringLiteral("tokenType"), QStringLiteral("ContactRegistration")},
                                                   {QStringLiteral("contactId"), QString::number(m_contactId)},
                                                   {QStringLiteral("isSingleUse"), QStringLiteral("true")}};
        QByteArray form;
        if (auth) {
            form = symphonyForm(pairs, *auth);
        } else {
            form = "tokenType=ContactRegistration&contactId=" + QByteArray::number(m_contactId) + "&isSingleUse=true";
        }
        HttpResult r;
        if (binding == u"soap11")
            r = m_http.post(symphonyUrl(m_sandbox->base()), xmlType, symphonySoap(false, op, params, auth));
        else if (binding == u"soap12")
            r = m_http.post(symphonyUrl(m_sandbox->base()), soap12Type, symphonySoap(true, op, params, auth));
        else if (binding == u"get")
            r = m_http.get(QUrl(symphonyUrl(m_sandbox->base(), op).toString() + u'?' + QString::fromLatin1(form)));
        else
            r = m_http.post(symphonyUrl(m_sandbox->base(), op), formType, form);

        QCOMPARE(r.status, 500);
        if (binding == u"soap11")
            QCOMPARE(xmlText(r.body, QStringLiteral("faultcode")), QStringLiteral("soap:Client"));
        else if (binding == u"soap12")
            QCOMPARE(xmlText(r.body, QStringLiteral("Value")), QStringLiteral("soap:Sender"));
        else
            QVERIFY(r.header("Content-Type").startsWith("text/plain"));
        QVERIFY2(r.body.contains("uthentication"), r.body.constData());
        if (auth)
            QVERIFY(!r.body.contains(auth->signature.toUtf8()));
        QCOMPARE(outboxSize(), mailsBefore); // nothing was sent
    }

    void symphonyAcceptedAtTheEdgeOfTheWindow()
    {
        const QString op = QStringLiteral("GenerateTokenForContact");
        const QByteArray params = "<tokenType>ContactRegistration</tokenType><contactId>" + QByteArray::number(m_contactId) +
                                  "</contactId><isSingleUse>true</isSingleUse>";
        const qsizetype mailsBefore = outboxSize();
        const auto auth = symphonyAuth(demo(), op, QDateTime::currentDateTimeUtc().addSecs(-290));
        const HttpResult r = m_http.post(symphonyUrl(m_sandbox->base()), xmlType, symphonySoap(false, op, params, auth));
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(outboxSize(), mailsBefore + 1);
    }

    // ---------------------------------------------------------------- rate limit

    void rateLimitAnswers509InEveryBinding()
    {
        ServerOptions options;
        options.rateLimitPerMinute = 4;
        auto limited = startSandbox(options, {}, false);
        QVERIFY(limited);
        const DemoCredentials &c = limited->credentials;
        const QByteArray wsse = wsseHeader(c.operatorLogin, c.operatorPassword);
        const QUrl soapEndpoint = soapUrl(limited->base(), Service::ContactInformation);
        const QByteArray getTypes = s360Soap(Service::ContactInformation, QStringLiteral("getStructureTypes"), {}, wsse);
        const QUrl restEndpoint = restUrl(limited->base(), Service::ContactInformation, QStringLiteral("getStructureTypes"));
        const QString op = QStringLiteral("GenerateTokenForContact");

        // Four calls over three protocols are counted together ...
        QCOMPARE(m_http.post(soapEndpoint, xmlType, getTypes).status, 200);
        QCOMPARE(m_http.post(restEndpoint, jsonType, "{}", {{"Authorization", bearer(demoJwt(c))}}).status, 200);
        const HttpResult symphony = m_http.post(symphonyUrl(limited->base()), xmlType,
                                                symphonySoap(false, op, "<tokenType>ContactRegistration</tokenType><contactId>1</contactId>",
                                                             symphonyAuth(c, op)));
        QVERIFY(symphony.status == 200 || symphony.status == 500); // a business fault still counts
        QCOMPARE(m_http.post(soapEndpoint, xmlType, getTypes).status, 200);

        // ... and the fifth is refused, whatever the binding.
        const HttpResult soapRefused = m_http.post(soapEndpoint, xmlType, soapSave(wsse, QStringLiteral("Limited"), 7003));
        QCOMPARE(soapRefused.status, 509);
        QCOMPARE(xmlText(soapRefused.body, QStringLiteral("faultcode")), QStringLiteral("S:Server"));
        QCOMPARE(xmlText(soapRefused.body, QStringLiteral("faultstring")), QStringLiteral("rate limit exceeded"));

        const HttpResult restRefused = m_http.post(restEndpoint, jsonType, "{}", {{"Authorization", bearer(demoJwt(c))}});
        QCOMPARE(restRefused.status, 509);
        QCOMPARE(restRefused.json().value(QStringLiteral("error")).toString(), QStringLiteral("ratelim"));

        const HttpResult soap12Refused = m_http.post(symphonyUrl(limited->base()), soap12Type,
                                                     symphonySoap(true, op, {}, symphonyAuth(c, op)));
        QCOMPARE(soap12Refused.status, 509);
        QCOMPARE(xmlText(soap12Refused.body, QStringLiteral("Value")), QStringLiteral("soap:Receiver"));

        QUrl get = symphonyUrl(limited->base(), op);
        get.setQuery(QString::fromLatin1(symphonyForm({{QStringLiteral("tokenType"), QStringLiteral("ContactRegistration")},
                                                       {QStringLiteral("contactId"), QStringLiteral("1")},
                                                       {QStringLiteral("isSingleUse"), QStringLiteral("true")}},
                                                      symphonyAuth(c, op))),
                     QUrl::StrictMode);
        const HttpResult getRefused = m_http.get(get);
        QCOMPARE(getRefused.status, 509);
        QVERIFY(getRefused.body.contains("rate limit exceeded"));

        // Nothing of the refused save was written; the WSDL and /sandbox/* are not limited.
        dto::SearchContactByCriteriaParams search;
        search.searchCriteria.lastName = QStringLiteral("Limited");
        QCOMPARE(limited->service->searchContactByCriteria(search, {}).totalNumber.value_or(-1), 0);
        QCOMPARE(m_http.get(endpoint(limited->base(), "/sandbox/health")).status, 200);
        QUrl wsdl = soapEndpoint;
        wsdl.setQuery(QStringLiteral("wsdl"));
        QCOMPARE(m_http.get(wsdl).status, 200);

        // Raising the limit at run time lets calls through again.
        limited->server->setRateLimit(100);
        QCOMPARE(m_http.post(soapEndpoint, xmlType, getTypes).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttpSecurity)
#include "tst_sandboxhttp_security.moc"
