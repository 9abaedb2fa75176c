// The sandbox over real loopback HTTP: every binding of every operation answers, the error
// shapes of CONTRACT.md, gzip, WSDL, outbox, health. Request bodies are written by hand.

#include "SandboxHttpHarness.h"
#include "WsdlSchemaCheck.h"

#include "contract/Operations.h"
#include "server/Gzip.h"

#include <QJsonArray>
#include <QtTest>

using namespace contactdesk;
using namespace contactdesk::sandboxhttp;

namespace {

const QByteArray xmlType = "text/xml; charset=utf-8";
const QByteArray soap12Type = "application/soap+xml; charset=utf-8";
const QByteArray jsonType = "application/json";
const QByteArray formType = "application/x-www-form-urlencoded";

struct OperationCall {
    const char *operation;
    Service service;
    const char *resultName;
    const char *soapParameters; // %C: the test contact's number, %S: the test structure's number
    const char *restBody;
    const char *expectedStatus; // "" when any business outcome will do
};

// Every S-360 operation with parameters that reach the domain.
const QList<OperationCall> &s360Calls()
{
    static const QList<OperationCall> calls{
        {"getContactData", Service::ContactInformation, "ContactDataResult",
         "<contactNumber>%C</contactNumber><details>GENERAL</details><details>ADDRESSES</details>",
         R"({"contactNumber":"%C","details":["GENERAL","ADDRESSES"]})", "success"},
        {"searchContactByCriteria", Service::ContactInformation, "ContactSearchResult",
         "<searchCriteria><lastName>Muster</lastName><maxResults>10</maxResults></searchCriteria>",
         R"({"searchCriteria":{"lastName":"Muster","maxResults":10}})", "success"},
        {"saveIndividualContactData", Service::ContactInformation, "ContactSaveResult",
         "<individualContactData><contactNumber>%C</contactNumber><function>Tester</function></individualContactData>",
         R"({"individualContactData":{"contactNumber":"%C","function":"Tester"}})", "success"},
        {"saveStructureContactData", Service::ContactInformation, "ContactSaveResult",
         "<structureContactData><contactNumber>%S</contactNumber><email>office@acme.example</email></structureContactData>",
         R"({"structureContactData":{"contactNumber":"%S","email":"office@acme.example"}})", "success"},
        {"saveStructureAdministrativeNumbers", Service::ContactInformation, "WebMethodResult",
         "<structureContactNumber>%S</structureContactNumber>", R"({"structureContactNumber":"%S","administrativeNumbers":[]})",
         ""},
        {"saveStructureMember", Service::ContactInformation, "ContactSaveResult",
         "<structureMemberData><structureContactNumber>%S</structureContactNumber><memberContactNumber>%C</memberContactNumber>"
         "<memberRole>MEMBER</memberRole></structureMemberData>",
         R"({"structureMemberData":{"structureContactNumber":"%S","memberContactNumber":"%C","memberRole":"MEMBER"}})", ""},
        {"deleteStructureMember", Service::ContactInformation, "WebMethodResult",
         "<structureContactNumber>%S</structureContactNumber><memberContactNumber>99999990</memberContactNumber>",
         R"({"structureContactNumber":"%S","memberContactNumber":"99999990"})", ""},
        {"listStructureMembersByCriteria", Service::ContactInformation, "StructureMemberListResult",
         "<searchCriteria><structureContactNumber>%S</structureContactNumber></searchCriteria>",
         R"({"searchCriteria":{"structureContactNumber":"%S"}})", "success"},
        {"getStructureTypes", Service::ContactInformation, "StructureTypeListResult", "", "{}", "success"},
        {"getAvailableContactCriteria", Service::ContactInformation, "ContactCriterionListResult", "", "{}", "success"},
        {"getAvailableAutorizations", Service::ContactInformation, "AuthorizationListResult", "", "", "success"},
        {"getAvailableAdmnistrativeNumbers", Service::ContactInformation, "AdministrativeNumberListResult", "", "{}",
         "success"},
        {"authenticate", Service::ContactAuthentication, "ContactAuthenticationResult",
         "<contactAuthenticationData><login>nobody.here@example.org</login><password>wrong</password></contactAuthenticationData>",
         R"({"contactAuthenticationData":{"login":"nobody.here@example.org","password":"wrong"}})", "authfail"},
        {"recoverPassword", Service::ContactAuthentication, "WebMethodResult", "<email>nobody.here@example.org</email>",
         R"({"email":"nobody.here@example.org"})", ""},
        {"changePassword", Service::ContactAuthentication, "WebMethodResult",
         "<contactNumber>%C</contactNumber><currentPassword>a-wrong-one</currentPassword><newPassword>N3w-passw0rd!</newPassword>",
         R"({"contactNumber":"%C","currentPassword":"a-wrong-one","newPassword":"N3w-passw0rd!"})", ""},
        {"listAuthorizedPOS", Service::ContactAuthentication, "PointOfSalesListResult",
         "<contactAuthenticationData><login>nobody.else@example.org</login><password>wrong</password></contactAuthenticationData>",
         R"({"contactAuthenticationData":{"login":"nobody.else@example.org","password":"wrong"}})", ""},
        {"addLink", Service::ContactSocialLogin, "WebMethodResult2",
         "<contactNumber>%C</contactNumber><provider>GOOGLE</provider><providerUserReference>g-4711</providerUserReference>",
         R"({"contactNumber":"%C","provider":"GOOGLE","providerUserReference":"g-4711"})", ""},
        {"createUser", Service::ContactSocialLogin, "ContactSaveResult",
         "<signUpData><email>sign.up@example.org</email><firstname>Sign</firstname><lastname>Up</lastname></signUpData>"
         "<provider>GOOGLE</provider><providerUserReference>g-4712</providerUserReference>",
         R"({"signUpData":{"email":"sign.up@example.org","firstname":"Sign","lastname":"Up"},"provider":"GOOGLE","providerUserReference":"g-4712"})",
         ""},
    };
    return calls;
}

} // namespace

class TestSandboxHttpEndpoints : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<RunningSandbox> m_sandbox;
    HttpProbe m_http;
    QString m_contactNumber;
    qint64 m_contactId = 0;
    QString m_structureNumber;
    const QString m_email = QStringLiteral("anna.muster@example.ch");

    QByteArray wsse() const { return wsseHeader(m_sandbox->credentials.operatorLogin, m_sandbox->credentials.operatorPassword); }
    Headers jwt() const { return {{"Authorization", bearer(demoJwt(m_sandbox->credentials))}}; }
    QByteArray fill(const char *text) const
    {
        return QString::fromUtf8(text).replace(QStringLiteral("%C"), m_contactNumber).replace(QStringLiteral("%S"), m_structureNumber).toUtf8();
    }
    HttpResult soap(Service service, const QString &operation, const QByteArray &parameters, const Headers &headers = {})
    {
        return m_http.post(soapUrl(m_sandbox->base(), service), xmlType, s360Soap(service, operation, parameters, wsse()),
                           Headers{{"SOAPAction", "\"\""}} + headers);
    }
    HttpResult rest(Service service, const QString &method, const QByteArray &json, const Headers &headers = {})
    {
        return m_http.post(restUrl(m_sandbox->base(), service, method), jsonType, json, jwt() + headers);
    }
    int contactCount(const QString &lastName)
    {
        const HttpResult r = rest(Service::ContactInformation, QStringLiteral("searchContactByCriteria"),
                                  "{\"searchCriteria\":{\"lastName\":\"" + lastName.toUtf8() + "\",\"contactType\":\"ANY\"}}");
        return r.status == 200 ? r.json().value(QStringLiteral("totalNumber")).toInt(-1) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = startSandbox();
        QVERIFY(m_sandbox);
        QCOMPARE(m_sandbox->base().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_sandbox->base().port() > 0);

        const HttpResult created = rest(Service::ContactInformation, QStringLiteral("saveIndividualContactData"),
                                        R"({"individualContactData":{"identifier":4711,"individualContact":{"individualTitle":"MRS",)"
                                        R"("individualFirstName":"Anna","individualLastName":"Muster","individualLanguage":"de"},)"
                                        R"("email":"anna.muster@example.ch"}})");
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json().value(QStringLiteral("statusCode")).toString(), QStringLiteral("success"));
        m_contactNumber = created.json().value(QStringLiteral("contactNumber")).toString();
        m_contactId = created.json().value(QStringLiteral("contactId")).toInteger();
        QVERIFY(!m_contactNumber.isEmpty());
        QVERIFY(m_contactId > 0);

        const HttpResult structure = soap(Service::ContactInformation, QStringLiteral("saveStructureContactData"),
                                          fill("<structureContactData><identifier>4712</identifier><structureContact>"
                                               "<structureName>Acme SA</structureName><structureTypeCode>COMPANY</structureTypeCode>"
                                               "<relayContactNumber>%C</relayContactNumber></structureContact></structureContactData>"));
        QCOMPARE(structure.status, 200);
        QCOMPARE(xmlText(structure.body, QStringLiteral("statusCode")), QStringLiteral("success"));
        m_structureNumber = xmlText(structure.body, QStringLiteral("contactNumber"));
        QVERIFY(!m_structureNumber.isEmpty());
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void everyS360OperationAnswersOverSoap_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < s360Calls().size(); ++i)
            QTest::newRow(s360Calls()[i].operation) << i;
    }
    void everyS360OperationAnswersOverSoap()
    {
        QFETCH(int, index);
        const OperationCall &call = s360Calls()[index];
        const HttpResult r = soap(call.service, QString::fromLatin1(call.operation), fill(call.soapParameters));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/xml"));
        QCOMPARE(soapBodyChild(r.body), u'{' + ns(call.service) + u'}' + QLatin1StringView(call.operation) + QStringLiteral("Response"));
        const QStringList elements = xmlElements(r.body);
        QVERIFY2(elements.contains(QStringLiteral("{}") + QLatin1StringView(call.resultName)), qPrintable(elements.join(u' ')));
        const QString status = xmlText(r.body, QStringLiteral("statusCode"));
        QVERIFY(!status.isEmpty());
        if (*call.expectedStatus)
            QCOMPARE(status, QString::fromLatin1(call.expectedStatus));
    }

    void everyS360OperationAnswersOverRest_data() { everyS360OperationAnswersOverSoap_data(); }
    void everyS360OperationAnswersOverRest()
    {
        QFETCH(int, index);
        const OperationCall &call = s360Calls()[index];
        const HttpResult r = rest(call.service, QString::fromLatin1(call.operation), fill(call.restBody));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonObject object = r.json();
        const QString status = object.value(QStringLiteral("statusCode")).toString();
        QVERIFY2(!status.isEmpty(), r.body.constData());
        if (*call.expectedStatus)
            QCOMPARE(status, QString::fromLatin1(call.expectedStatus));
    }

    void everyTableOperationIsServed()
    {
        // The data tables above cover every S-360 operation of the operation table.
        QStringList served;
        for (const OperationCall &call : s360Calls())
            served << QString::fromLatin1(call.operation);
        ops::forEachOperation([&](auto tag) {
            using Op = typename decltype(tag)::type;
            if (Op::info.service != Service::Symphony)
                QVERIFY2(served.contains(QLatin1StringView(Op::info.name)), Op::info.name);
        });
    }

    void soapAndRestSeeTheSameContact()
    {
        const HttpResult viaSoap = soap(Service::ContactInformation, QStringLiteral("getContactData"),
                                        fill("<contactNumber>%C</contactNumber><details>GENERAL</details>"));
        const HttpResult viaRest = rest(Service::ContactInformation, QStringLiteral("getContactData"),
                                        fill(R"({"contactNumber":"%C","details":["GENERAL"]})"));
        QCOMPARE(xmlText(viaSoap.body, QStringLiteral("individualLastName")), QStringLiteral("Muster"));
        const QJsonObject individual = viaRest.json().value(QStringLiteral("individualContact")).toObject();
        QCOMPARE(individual.value(QStringLiteral("individualLastName")).toString(), QStringLiteral("Muster"));
        QCOMPARE(viaRest.json().value(QStringLiteral("email")).toString(), m_email);
        QCOMPARE(xmlText(viaSoap.body, QStringLiteral("email")), m_email);
        QCOMPARE(viaRest.json().value(QStringLiteral("contactId")).toInteger(), m_contactId);
    }

    void validationFailureNamesTheFieldAndWritesNothing()
    {
        const HttpResult r = rest(Service::ContactInformation, QStringLiteral("saveIndividualContactData"),
                                  R"({"individualContactData":{"identifier":99001,"individualContact":{"individualLastName":"Zukunft",)"
                                  R"("individualBirthDate":"2999-01-01"}}})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("statusCode")).toString(), QStringLiteral("invalid"));
        QVERIFY2(r.json().value(QStringLiteral("statusDetail")).toString().contains(QStringLiteral("individualBirthDate")), r.body.constData());
        QCOMPARE(contactCount(QStringLiteral("Zukunft")), 0);
    }

    // ---------------------------------------------------------------- Symphony

    void symphonyBindingsAnswer_data()
    {
        QTest::addColumn<QString>("binding");
        QTest::newRow("SOAP 1.1") << QStringLiteral("soap11");
        QTest::newRow("SOAP 1.2") << QStringLiteral("soap12");
        QTest::newRow("HTTP GET") << QStringLiteral("get");
        QTest::newRow("HTTP POST") << QStringLiteral("post");
    }
    void symphonyBindingsAnswer()
    {
        QFETCH(QString, binding);
        const QString op = QStringLiteral("GenerateTokenForContact");
        const auto auth = symphonyAuth(m_sandbox->credentials, op);
        const QByteArray params = "<tokenType>ContactRegistration</tokenType><contactId>" + QByteArray::number(m_contactId) +
                                  "</contactId><isSingleUse>true</isSingleUse>";
        const QList<QPair<QString, QString>> pairs{{QStringLiteral("tokenType"), QStringLiteral("ContactRegistration")},
                                                   {QStringLiteral("contactId"), QString::number(m_contactId)},
                                                   {QStringLiteral("isSingleUse"), QStringLiteral("true")}};
        HttpResult r;
        if (binding == u"soap11") {
            r = m_http.post(symphonyUrl(m_sandbox->base()), xmlType, symphonySoap(false, op, params, auth),
                            {{"SOAPAction", "\"" + symphonyNs().toUtf8() + op.toUtf8() + "\""}});
        } else if (binding == u"soap12") {
            r = m_http.post(symphonyUrl(m_sandbox->base()), soap12Type + "; action=\"" + symphonyNs().toUtf8() + op.toUtf8() + "\"",
                            symphonySoap(true, op, params, auth));
        } else if (binding == u"get") {
            QUrl url = symphonyUrl(m_sandbox->base(), op);
            url.setQuery(QString::fromLatin1(symphonyForm(pairs, auth)), QUrl::StrictMode);
            r = m_http.get(url);
        } else {
            r = m_http.post(symphonyUrl(m_sandbox->base(), op), formType, symphonyForm(pairs, auth));
        }
        QVERIFY2(r.status == 200, r.body.constData());
        const QStringList elements = xmlElements(r.body);
        const QString symNs = u'{' + symphonyNs() + u'}';
        if (binding.startsWith(u"soap")) {
            QCOMPARE(soapBodyChild(r.body), symNs + op + QStringLiteral("Response"));
            QVERIFY(elements.contains(symNs + op + QStringLiteral("Result")));
            QVERIFY(r.header("Content-Type").startsWith(binding == u"soap12" ? "application/soap+xml" : "text/xml"));
        } else {
            QCOMPARE(elements.value(0), symNs + QStringLiteral("ContactTokenResponse"));
        }
        QVERIFY(elements.contains(symNs + QStringLiteral("ContactId")));
        QCOMPARE(xmlText(r.body, QStringLiteral("ContactId")).toLongLong(), m_contactId);
        QCOMPARE(xmlText(r.body, QStringLiteral("ContactEmail")), m_email);
    }

    void outboxListsTheMailsNewestFirst()
    {
        const HttpResult r = m_http.get(endpoint(m_sandbox->base(), "/sandbox/outbox"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonArray mails = QJsonDocument::fromJson(r.body).array();
        QVERIFY(mails.size() >= 4); // one per binding of symphonyBindingsAnswer
        const QJsonObject newest = mails.first().toObject();
        QCOMPARE(newest.value(QStringLiteral("to")).toString(), m_email);
        QCOMPARE(newest.value(QStringLiteral("kind")).toString(), QStringLiteral("symphonyToken"));
        for (qsizetype i = 1; i < mails.size(); ++i) {
            QVERIFY(mails.at(i - 1).toObject().value(QStringLiteral("id")).toInteger() >
                    mails.at(i).toObject().value(QStringLiteral("id")).toInteger());
        }
        const HttpResult limited = m_http.get(endpoint(m_sandbox->base(), "/sandbox/outbox"));
        QVERIFY(QJsonDocument::fromJson(limited.body).isArray());
    }

    void symphonyFaultsInEachBinding_data() { symphonyBindingsAnswer_data(); }
    void symphonyFaultsInEachBinding()
    {
        QFETCH(QString, binding);
        const QString op = QStringLiteral("VerifyTokenForContact");
        const auto auth = symphonyAuth(m_sandbox->credentials, op);
        const QByteArray params = "<tokenType>ContactRegistration</tokenType><token>not-a-token-at-all</token><consume>true</consume>";
        const QList<QPair<QString, QString>> pairs{{QStringLiteral("tokenType"), QStringLiteral("ContactRegistration")},
                                                   {QStringLiteral("token"), QStringLiteral("not-a-token-at-all")},
                                                   {QStringLiteral("consume"), QStringLiteral("true")}};
        HttpResult r;
        if (binding == u"soap11")
            r = m_http.post(symphonyUrl(m_sandbox->base()), xmlType, symphonySoap(false, op, params, auth));
        else if (binding == u"soap12")
            r = m_http.post(symphonyUrl(m_sandbox->base()), soap12Type, symphonySoap(true, op, params, auth));
        else if (binding == u"get")
            r = m_http.get(QUrl(symphonyUrl(m_sandbox->base(), op).toString() + u'?' + QString::fromLatin1(symphonyForm(pairs, auth))));
        else
            r = m_http.post(symphonyUrl(m_sandbox->base(), op), formType, symphonyForm(pairs, auth));
        QCOMPARE(r.status, 500);
        const QString text = QString::fromLatin1(contract::symphonyInvalidToken);
        if (binding == u"soap11") {
            QCOMPARE(xmlText(r.body, QStringLiteral("faultcode")), QStringLiteral("soap:Client"));
            QCOMPARE(xmlText(r.body, QStringLiteral("faultstring")), text);
        } else if (binding == u"soap12") {
            QCOMPARE(xmlText(r.body, QStringLiteral("Value")), QStringLiteral("soap:Sender"));
            QCOMPARE(xmlText(r.body, QStringLiteral("Text")), text);
        } else {
            QVERIFY(r.header("Content-Type").startsWith("text/plain"));
            QCOMPARE(QString::fromUtf8(r.body).trimmed(), text);
        }
    }

    // ---------------------------------------------------------------- protocol errors

    void unknownOperation_data()
    {
        QTest::addColumn<QString>("binding");
        QTest::newRow("S-360 SOAP") << QStringLiteral("soap");
        QTest::newRow("S-360 REST") << QStringLiteral("rest");
        QTest::newRow("Symphony SOAP") << QStringLiteral("symphony");
        QTest::newRow("Symphony GET") << QStringLiteral("get");
    }
    void unknownOperation()
    {
        QFETCH(QString, binding);
        if (binding == u"soap") {
            const HttpResult r = soap(Service::ContactInformation, QStringLiteral("getUnicorns"), "<n>1</n>");
            QCOMPARE(r.status, 500);
            QCOMPARE(xmlText(r.body, QStringLiteral("faultcode")), QStringLiteral("S:Client"));
            QVERIFY(xmlText(r.body, QStringLiteral("faultstring")).contains(QStringLiteral("getUnicorns")));
            // A real operation of another service is unknown here too.
            const HttpResult other = soap(Service::ContactInformation, QStringLiteral("authenticate"), {});
            QCOMPARE(xmlText(other.body, QStringLiteral("faultcode")), QStringLiteral("S:Client"));
        } else if (binding == u"rest") {
            const HttpResult r = rest(Service::ContactInformation, QStringLiteral("getUnicorns"), "{}");
            QCOMPARE(r.status, 404);
            QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("notfound"));
            QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
        } else if (binding == u"symphony") {
            const HttpResult r = m_http.post(symphonyUrl(m_sandbox->base()), xmlType,
                                             symphonySoap(false, QStringLiteral("DeleteEverything"), {},
                                                          symphonyAuth(m_sandbox->credentials, QStringLiteral("DeleteEverything"))));
            QCOMPARE(r.status, 500);
            QCOMPARE(xmlText(r.body, QStringLiteral("faultcode")), QStringLiteral("soap:Client"));
        } else {
            const HttpResult r = m_http.get(symphonyUrl(m_sandbox->base(), QStringLiteral("DeleteEverything")));
            QCOMPARE(r.status, 500);
            QVERIFY(r.body.contains("DeleteEverything"));
        }
    }

    void malformedXml_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("unclosed") << QByteArray("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>");
        QTest::newRow("not xml") << QByteArray("hello, server");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no envelope") << QByteArray("<getContactData/>");
        QTest::newRow("empty body") << QByteArray("<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><e:Body/></e:Envelope>");
    }
    void malformedXml()
    {
        QFETCH(QByteArray, body);
        const HttpResult r = m_http.post(soapUrl(m_sandbox->base(), Service::ContactInformation), xmlType, body);
        QCOMPARE(r.status, 500);
        QCOMPARE(xmlText(r.body, QStringLiteral("faultcode")), QStringLiteral("S:Client"));
        const HttpResult s = m_http.post(symphonyUrl(m_sandbox->base()), soap12Type, body);
        QCOMPARE(s.status, 500);
        QCOMPARE(xmlText(s.body, QStringLiteral("Value")), QStringLiteral("soap:Sender"));
    }

    void valueThatDoesNotParse()
    {
        const HttpResult r = soap(Service::ContactInformation, QStringLiteral("searchContactByCriteria"),
                                  "<searchCriteria><maxResults>many</maxResults></searchCriteria>");
        QCOMPARE(r.status, 500);
        QCOMPARE(xmlText(r.body, QStringLiteral("faultcode")), QStringLiteral("S:Client"));
        QVERIFY(xmlText(r.body, QStringLiteral("faultstring")).contains(QStringLiteral("maxResults")));
    }

    void malformedJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray(R"({"contactNumber":"1)");
        QTest::newRow("array") << QByteArray(R"(["contactNumber"])");
        QTest::newRow("wrong type") << QByteArray(R"({"contactNumber":{"nested":true}})");
        QTest::newRow("not json") << QByteArray("contactNumber=1");
    }
    void malformedJson()
    {
        QFETCH(QByteArray, body);
        const HttpResult r = rest(Service::ContactInformation, QStringLiteral("getContactData"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("badrequest"));
        QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
    }

    void billionLaughsIsRefusedAndWritesNothing()
    {
        QByteArray bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"Laugh\">\n";
        bomb += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n";
        for (int i = 2; i <= 9; ++i) {
            QByteArray previous = "&lol" + QByteArray::number(i - 1) + ';';
            bomb += "<!ENTITY lol" + QByteArray::number(i) + " \"" + previous.repeated(10) + "\">\n";
        }
        bomb += "]>\n<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:svc=\"" +
                ns(Service::ContactInformation).toUtf8() + "\"><soapenv:Header>" + wsse() +
                "</soapenv:Header><soapenv:Body><svc:saveIndividualContactData><individualContactData><identifier>66601</identifier>"
                "<individualContact><individualLastName>Laugh&lol;</individualLastName>"
                "<remark>&lol9;</remark></individualContact></individualContactData></svc:saveIndividualContactData>"
                "</soapenv:Body></soapenv:Envelope>";
        QElapsedTimer timer;
        timer.start();
        const HttpResult r = m_http.post(soapUrl(m_sandbox->base(), Service::ContactInformation), xmlType, bomb);
        QVERIFY(timer.elapsed() < 10'000);
        QCOMPARE(r.status, 500);
        QCOMPARE(xmlText(r.body, QStringLiteral("faultcode")), QStringLiteral("S:Client"));
        QVERIFY2(xmlText(r.body, QStringLiteral("faultstring")).contains(QStringLiteral("DTD"), Qt::CaseInsensitive), r.body.constData());
        QCOMPARE(contactCount(QStringLiteral("Laugh")), 0);

        // Same document shape at the Symphony endpoint.
        const HttpResult s = m_http.post(symphonyUrl(m_sandbox->base()), xmlType, bomb);
        QCOMPARE(s.status, 500);
        QCOMPARE(xmlText(s.body, QStringLiteral("faultcode")), QStringLiteral("soap:Client"));
    }

    void gzipWhenAsked()
    {
        const QByteArray body = s360Soap(Service::ContactInformation, QStringLiteral("getAvailableContactCriteria"), {}, wsse());
        const HttpResult zipped = m_http.post(soapUrl(m_sandbox->base(), Service::ContactInformation), xmlType, body,
                                              {{"Accept-Encoding", "gzip"}});
        QCOMPARE(zipped.status, 200);
        QCOMPARE(zipped.header("Content-Encoding"), QByteArray("gzip"));
        QVERIFY(zipped.body.startsWith("\x1f\x8b"));
        const QByteArray plain = sandbox::server::gzipDecompress(zipped.body);
        QVERIFY(wellFormed(plain));
        QCOMPARE(xmlText(plain, QStringLiteral("statusCode")), QStringLiteral("success"));
        QVERIFY(plain.size() > zipped.body.size());

        const HttpResult identity = m_http.post(soapUrl(m_sandbox->base(), Service::ContactInformation), xmlType, body,
                                                {{"Accept-Encoding", "identity"}});
        QCOMPARE(identity.status, 200);
        QVERIFY(identity.header("Content-Encoding").isEmpty());
        QVERIFY(wellFormed(identity.body));
        QCOMPARE(xmlElements(identity.body), xmlElements(plain));

        const HttpResult restZipped = m_http.post(restUrl(m_sandbox->base(), Service::ContactInformation, QStringLiteral("getStructureTypes")),
                                                  jsonType, "{}", jwt() + Headers{{"Accept-Encoding", "gzip;q=1.0, identity;q=0.5"}});
        QCOMPARE(restZipped.header("Content-Encoding"), QByteArray("gzip"));
        QVERIFY(QJsonDocument::fromJson(sandbox::server::gzipDecompress(restZipped.body)).isObject());
    }

    // ---------------------------------------------------------------- WSDL

    void wsdlListsEveryOperation_data()
    {
        QTest::addColumn<int>("service");
        QTest::addColumn<QString>("query");
        for (Service s : {Service::ContactInformation, Service::ContactAuthentication, Service::ContactSocialLogin, Service::Symphony}) {
            QTest::addRow("%s ?wsdl", qPrintable(serviceName(s))) << int(s) << QStringLiteral("wsdl");
            QTest::addRow("%s ?WSDL", qPrintable(serviceName(s))) << int(s) << QStringLiteral("WSDL");
        }
    }
    void wsdlListsEveryOperation()
    {
        QFETCH(int, service);
        QFETCH(QString, query);
        const Service s = static_cast<Service>(service);
        QUrl url = soapUrl(m_sandbox->base(), s);
        url.setQuery(query);
        const HttpResult r = m_http.get(url);
        QCOMPARE(r.status, 200);
        QVERIFY(wellFormed(r.body));
        QVERIFY(r.body.contains("schemas.xmlsoap.org/wsdl/"));

        // Every operation of the service appears as a wsdl:operation of the portType, and nothing else.
        QStringList expected;
        ops::forEachOperation([&](auto tag) {
            using Op = typename decltype(tag)::type;
            if (Op::info.service == s)
                expected << QString::fromLatin1(Op::info.name);
        });
        QStringList inPortType;
        QStringList addresses;
        QXmlStreamReader x(r.body);
        bool portType = false;
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == u"portType" && !portType) {
                portType = true;
            } else if (x.isEndElement() && x.name() == u"portType") {
                portType = false;
            } else if (x.isStartElement() && portType && x.name() == u"operation") {
                inPortType << x.attributes().value(QLatin1StringView("name")).toString();
            } else if (x.isStartElement() && x.name() == u"address") {
                addresses << x.attributes().value(QLatin1StringView("location")).toString();
            }
        }
        inPortType.removeDuplicates();
        QCOMPARE(inPortType, expected);
        QVERIFY(!addresses.isEmpty());
        for (const QString &address : addresses)
            QCOMPARE(address, soapUrl(m_sandbox->base(), s).toString());
        if (s == Service::Symphony) {
            QCOMPARE(addresses.size(), 4); // SOAP 1.1, SOAP 1.2, HttpGet, HttpPost
            QVERIFY(r.body.contains("http://schemas.xmlsoap.org/wsdl/soap12/"));
            QVERIFY(r.body.contains("verb=\"GET\""));
            QVERIFY(r.body.contains("verb=\"POST\""));
        }
    }

    void wsdlDescribesWhatTheServerAnswers()
    {
        // Each S-360 answer of the tables above, and the Symphony answers, conform to the
        // schema of their service's WSDL.
        for (Service s : {Service::ContactInformation, Service::ContactAuthentication, Service::ContactSocialLogin}) {
            QUrl url = soapUrl(m_sandbox->base(), s);
            url.setQuery(QStringLiteral("wsdl"));
            const WsdlSchemaCheck schema(m_http.get(url).body);
            QVERIFY2(schema.ok(), qPrintable(schema.error()));
            for (const OperationCall &call : s360Calls()) {
                if (call.service != s)
                    continue;
                const HttpResult r = soap(call.service, QString::fromLatin1(call.operation), fill(call.soapParameters));
                QCOMPARE(r.status, 200);
                const QString problem = schema.check(r.body);
                QVERIFY2(problem.isEmpty(), qPrintable(QLatin1StringView(call.operation) + QStringLiteral(": ") + problem));
            }
        }
        // A full contact, every detail level.
        QUrl url = soapUrl(m_sandbox->base(), Service::ContactInformation);
        url.setQuery(QStringLiteral("wsdl"));
        const WsdlSchemaCheck schema(m_http.get(url).body);
        const HttpResult full = soap(Service::ContactInformation, QStringLiteral("getContactData"),
                                     fill("<contactNumber>%C</contactNumber><details>GENERAL</details><details>ADDRESSES</details>"
                                          "<details>COM_MEANS</details><details>AUTHORIZATIONS</details><details>CRITERIA</details>"
                                          "<details>ADVANTAGES</details><details>INDIVIDUAL_PHOTO</details>"));
        QCOMPARE(schema.check(full.body), QString());
        // The check can fail: an element the schema does not declare, a value of the wrong type.
        QVERIFY(!schema.check(QByteArray(full.body).replace("<statusCode>", "<bogus>1</bogus><statusCode>")).isEmpty());
        QVERIFY(!schema.check(QByteArray(full.body).replace("<requestId>", "<requestId>x")).isEmpty());
        const HttpResult search = soap(Service::ContactInformation, QStringLiteral("searchContactByCriteria"),
                                       "<searchCriteria><contactType>ANY</contactType><maxResults>50</maxResults></searchCriteria>");
        QCOMPARE(schema.check(search.body), QString());

        QUrl symphony = symphonyUrl(m_sandbox->base());
        symphony.setQuery(QStringLiteral("WSDL"));
        const WsdlSchemaCheck symphonySchema(m_http.get(symphony).body);
        QVERIFY2(symphonySchema.ok(), qPrintable(symphonySchema.error()));
        const QString op = QStringLiteral("GenerateTokenForContact");
        const QByteArray params = "<tokenType>ContactRegistration</tokenType><contactId>" + QByteArray::number(m_contactId) +
                                  "</contactId><isSingleUse>false</isSingleUse>";
        for (bool soap12 : {false, true}) {
            const HttpResult r = m_http.post(symphonyUrl(m_sandbox->base()), soap12 ? soap12Type : xmlType,
                                             symphonySoap(soap12, op, params, symphonyAuth(m_sandbox->credentials, op)));
            QCOMPARE(r.status, 200);
            QCOMPARE(symphonySchema.check(r.body), QString());
        }
        const QList<QPair<QString, QString>> pairs{{QStringLiteral("tokenType"), QStringLiteral("ContactRegistration")},
                                                   {QStringLiteral("contactId"), QString::number(m_contactId)},
                                                   {QStringLiteral("isSingleUse"), QStringLiteral("false")}};
        const HttpResult plain = m_http.post(symphonyUrl(m_sandbox->base(), op), formType,
                                             symphonyForm(pairs, symphonyAuth(m_sandbox->credentials, op)));
        QCOMPARE(plain.status, 200);
        QCOMPARE(symphonySchema.check(plain.body, true), QString());
    }

    // ---------------------------------------------------------------- the rest

    void healthAndUnknownPaths()
    {
        const HttpResult health = m_http.get(endpoint(m_sandbox->base(), "/sandbox/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(m_http.get(endpoint(m_sandbox->base(), "/nothing/here")).status, 404);
        QCOMPARE(m_http.get(soapUrl(m_sandbox->base(), Service::ContactInformation)).status, 405); // GET without ?wsdl
        QCOMPARE(m_http.post(endpoint(m_sandbox->base(), "/sandbox/health"), jsonType, "{}").status, 405);
    }

    void bodyOverTheCapIsRefused()
    {
        ServerOptions options;
        options.maxRequestBytes = 4096;
        const auto small = startSandbox(options);
        QVERIFY(small);
        const QByteArray big(8192, 'x');
        const HttpResult soapAnswer = m_http.post(soapUrl(small->base(), Service::ContactInformation), xmlType,
                                                  s360Soap(Service::ContactInformation, QStringLiteral("getStructureTypes"),
                                                           "<pad>" + big + "</pad>", {}));
        QCOMPARE(soapAnswer.status, 413);
        QCOMPARE(xmlText(soapAnswer.body, QStringLiteral("faultcode")), QStringLiteral("S:Client"));
        const HttpResult restAnswer = m_http.post(restUrl(small->base(), Service::ContactInformation, QStringLiteral("getStructureTypes")),
                                                  jsonType, "{\"pad\":\"" + big + "\"}");
        QCOMPARE(restAnswer.status, 413);
        QCOMPARE(restAnswer.json().value(QStringLiteral("error")).toString(), QStringLiteral("toolarge"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttpEndpoints)
#include "tst_sandboxhttp_endpoints.moc"
