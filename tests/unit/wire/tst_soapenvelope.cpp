// SOAP envelopes, both versions: what the client writes (compared semantically with hand-written
// XML from CONTRACT.md) and what it reads (any prefix, any order, unknown elements skipped).
#include "TestData.h"
#include "XmlCompare.h"
#include "contract/Operations.h"
#include "wire/Wire.h"

#include <QTest>

using namespace contactdesk;

namespace {

const QByteArray s360InfoNs = "http://v2_21.ContactInformationPublicService.service.secutix.com/";

QByteArray s360Fixture(const char *name)
{
    const QByteArray bytes = test::readTestData(QStringLiteral("s360/") + QLatin1StringView(name));
    if (bytes.isNull())
        qFatal("missing test data s360/%s", name);
    return bytes;
}

wire::SymphonyAuthValues sampleAuth()
{
    return {QStringLiteral("2026-11-23T10:15:00Z"), QStringLiteral("GenerateTokenForContact"),
            QStringLiteral("q+7/Zx0=abc"), QStringLiteral("key-MOSA-01")};
}

// A Symphony SOAP request as CONTRACT.md 2 shows it, with prefixes of our own choosing.
QByteArray expectedSymphonyRequest(const QByteArray &envelopeNs)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
           "<s:Envelope xmlns:s=\"" + envelopeNs + "\" xmlns:sym=\"https://developer.sym-online.com/API/1_0/SOAP/\">"
           "<s:Header><sym:AuthenticationHeader><sym:Timestamp>2026-11-23T10:15:00Z</sym:Timestamp>"
           "<sym:Operation>GenerateTokenForContact</sym:Operation><sym:Signature>q+7/Zx0=abc</sym:Signature>"
           "<sym:APIKey>key-MOSA-01</sym:APIKey></sym:AuthenticationHeader></s:Header>"
           "<s:Body><GenerateTokenForContact xmlns=\"https://developer.sym-online.com/API/1_0/SOAP/\">"
           "<tokenType>ContactRegistration</tokenType><contactId>4711</contactId><isSingleUse>true</isSingleUse>"
           "</GenerateTokenForContact></s:Body></s:Envelope>";
}

} // namespace

class TestSoapEnvelope : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // ---- writing ----

    void s360RequestMatchesContractExample()
    {
        dto::GetContactDataParams p;
        p.contactNumber = QStringLiteral("0004711");
        p.details = {QStringLiteral("GENERAL"), QStringLiteral("ADDRESSES"), QStringLiteral("COM_MEANS"),
                     QStringLiteral("AUTHORIZATIONS"), QStringLiteral("CRITERIA"), QStringLiteral("ADVANTAGES"),
                     QStringLiteral("INDIVIDUAL_PHOTO")};
        const QByteArray body = wire::writeS360SoapRequest<ops::GetContactData>(
            p, {QStringLiteral("MOSA_B2C"), QStringLiteral("s3cret-Operator!")});
        CONTACTDESK_COMPARE_XML(body, s360Fixture("getContactData.soap-request.xml"));
        QVERIFY(body.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    }

    void s360RequestOtherService()
    {
        dto::ChangePasswordParams p{QStringLiteral("0004711"), QStringLiteral("old<&>\"pw"), QStringLiteral("new]]>pw")};
        const QByteArray body = wire::writeS360SoapRequest<ops::ChangePassword>(p, {QStringLiteral("u"), QStringLiteral("p")});
        const std::optional<test::XmlNode> tree = test::parseXmlTree(body);
        QVERIFY(tree);
        const test::XmlNode &op = tree->children.at(1).children.at(0);
        QCOMPARE(op.name, QStringLiteral("changePassword"));
        QCOMPARE(op.namespaceUri, QStringLiteral("http://v2_21.ContactAuthenticationPublicService.service.secutix.com/"));
        QCOMPARE(op.children.size(), 3);
        for (const test::XmlNode &param : op.children)
            QVERIFY2(param.namespaceUri.isEmpty(), "S-360 parameters are unqualified");
        QCOMPARE(op.children.at(1).text, QStringLiteral("old<&>\"pw")); // escaped, read back intact
        QCOMPARE(op.children.at(2).text, QStringLiteral("new]]>pw"));
    }

    void wsseHeader()
    {
        const QByteArray body = wire::writeS360SoapRequest<ops::GetStructureTypes>(
            {}, {QStringLiteral("MOSA_B2C"), QStringLiteral("pa<ss>&\"word")});
        const std::optional<test::XmlNode> tree = test::parseXmlTree(body);
        QVERIFY(tree);
        const test::XmlNode &header = tree->children.at(0);
        QCOMPARE(header.qualifiedName(), QStringLiteral("{http://schemas.xmlsoap.org/soap/envelope/}Header"));
        const test::XmlNode &security = header.children.at(0);
        const QString wsse = QLatin1StringView(contract::wsseNamespace);
        QCOMPARE(security.qualifiedName(), u'{' + wsse + u'}' + QStringLiteral("Security"));
        const test::XmlNode &token = security.children.at(0);
        QCOMPARE(token.name, QStringLiteral("UsernameToken"));
        QCOMPARE(token.children.at(0).qualifiedName(), u'{' + wsse + QStringLiteral("}Username"));
        QCOMPARE(token.children.at(0).text, QStringLiteral("MOSA_B2C"));
        const test::XmlNode &password = token.children.at(1);
        QCOMPARE(password.qualifiedName(), u'{' + wsse + QStringLiteral("}Password"));
        QCOMPARE(password.text, QStringLiteral("pa<ss>&\"word"));
        QCOMPARE(password.attributes.value({QString(), QStringLiteral("Type")}),
                 QString(QLatin1StringView(contract::wssePasswordTextType)));
        // No parameters: an empty operation element.
        QCOMPARE(tree->children.at(1).children.at(0).name, QStringLiteral("getStructureTypes"));
        QVERIFY(tree->children.at(1).children.at(0).children.isEmpty());
    }

    void symphonyRequest_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QByteArray>("envelopeNs");
        QTest::newRow("1.1") << int(wire::SoapVersion::V11) << QByteArray(contract::soap11Namespace);
        QTest::newRow("1.2") << int(wire::SoapVersion::V12) << QByteArray(contract::soap12Namespace);
    }

    void symphonyRequest()
    {
        QFETCH(int, version);
        QFETCH(QByteArray, envelopeNs);
        dto::GenerateTokenForContactParams p{QStringLiteral("ContactRegistration"), 4711, true};
        const QByteArray body =
            wire::writeSymphonySoapRequest<ops::GenerateTokenForContact>(wire::SoapVersion(version), p, sampleAuth());
        CONTACTDESK_COMPARE_XML(body, expectedSymphonyRequest(envelopeNs));
        // Parameters ride in the default namespace, as ASMX writes them.
        QVERIFY(body.contains("<GenerateTokenForContact xmlns=\"https://developer.sym-online.com/API/1_0/SOAP/\">"));
        QVERIFY(body.contains("<AuthenticationHeader xmlns=\"https://developer.sym-online.com/API/1_0/SOAP/\">"));
        QCOMPARE(wire::symphonySoapAction<ops::GenerateTokenForContact>(),
                 QStringLiteral("https://developer.sym-online.com/API/1_0/SOAP/GenerateTokenForContact"));
    }

    void writtenRequestsReadBackByTheServer_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("1.1") << int(wire::SoapVersion::V11);
        QTest::newRow("1.2") << int(wire::SoapVersion::V12);
    }

    void writtenRequestsReadBackByTheServer()
    {
        QFETCH(int, version);
        dto::VerifyTokenForContactParams p{QStringLiteral("ContactRegistration"), QStringLiteral("tok_-AZ09"), false};
        const QByteArray body =
            wire::writeSymphonySoapRequest<ops::VerifyTokenForContact>(wire::SoapVersion(version), p, sampleAuth());
        const Result<wire::IncomingSoapRequest> head = wire::readSoapRequestHead(body);
        QVERIFY2(head.ok(), qPrintable(head.error().toString()));
        QCOMPARE(int(head->version), version);
        QCOMPARE(head->operation, QStringLiteral("VerifyTokenForContact"));
        QCOMPARE(head->operationNamespace, QStringLiteral("https://developer.sym-online.com/API/1_0/SOAP/"));
        QVERIFY(!head->wsse);
        QVERIFY(head->symphonyAuth);
        QCOMPARE(head->symphonyAuth->signature, QStringLiteral("q+7/Zx0=abc"));
        QCOMPARE(head->symphonyAuth->apiKey, QStringLiteral("key-MOSA-01"));
        QCOMPARE(head->symphonyAuth->timestamp, QStringLiteral("2026-11-23T10:15:00Z"));
        QCOMPARE(head->symphonyAuth->operation, QStringLiteral("GenerateTokenForContact"));
        const Result<dto::VerifyTokenForContactParams> back = wire::readSoapRequestParams<dto::VerifyTokenForContactParams>(body);
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back->token, p.token);
        QCOMPARE(back->consume, std::optional<bool>(false));
    }

    // ---- reading ----

    void s360ResponseFixture()
    {
        const Result<dto::ContactDataResult> r =
            wire::readS360SoapResponse<ops::GetContactData>(200, s360Fixture("getContactData.soap-response.xml"));
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r->statusCode, QStringLiteral("success"));
        QCOMPARE(r->requestId, std::optional<int>(48213));
        QCOMPARE(r->contactId, std::optional<qint64>(4294967301LL));
        QCOMPARE(r->role, QStringLiteral("PATRON")); // an unknown enum value is kept
        QVERIFY(!r->endValidityDate.isValid());     // xsi:nil
        QCOMPARE(r->addresses.size(), 2);
        QCOMPARE(r->addresses[1].addressTypes, (QStringList{QStringLiteral("SHIPMENT"), QStringLiteral("PICKUP_POINT")}));
        QCOMPARE(r->communicationMeans.size(), 3);
        QVERIFY(r->individualContact);
        QCOMPARE(r->individualContact->individualFirstName, QStringLiteral("Zoé"));
        QCOMPARE(r->createdFrom.size(), 3);
    }

    // The same answer under other prefixes, a default namespace, unknown elements around it,
    // fields in another order: the same values.
    void s360ResponseAnyPrefixAndOrder_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray result = "<ContactDataResult><statusCode>success</statusCode><contactNumber>0333</contactNumber>"
                                  "<requestId>7</requestId></ContactDataResult>";
        const QByteArray reordered = "<ContactDataResult><unknown><x/></unknown><requestId>7</requestId>"
                                     "<contactNumber>0333</contactNumber><statusCode>success</statusCode></ContactDataResult>";
        QTest::newRow("JAX-WS prefixes")
            << "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><ns2:getContactDataResponse "
               "xmlns:ns2=\"" + s360InfoNs + "\">" + result + "</ns2:getContactDataResponse></S:Body></S:Envelope>";
        QTest::newRow("soapenv + default namespace, fields reordered")
            << "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">\n  <soapenv:Body>\n"
               "    <getContactDataResponse xmlns=\"" + s360InfoNs + "\">" + reordered +
                   "</getContactDataResponse>\n  </soapenv:Body>\n</soapenv:Envelope>";
        QTest::newRow("namespaces declared on the envelope")
            << "<?xml version=\"1.0\"?><SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\" "
               "xmlns:x=\"" + s360InfoNs + "\"><SOAP-ENV:Header><a:Trace xmlns:a=\"urn:t\">1</a:Trace></SOAP-ENV:Header>"
               "<SOAP-ENV:Body><x:getContactDataResponse>" + result + "</x:getContactDataResponse></SOAP-ENV:Body>"
               "</SOAP-ENV:Envelope>";
        QTest::newRow("unknown siblings before the answer")
            << "<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><e:Extra/><e:Body><m:Notice "
               "xmlns:m=\"urn:m\"><m:x/></m:Notice><r:getContactDataResponse xmlns:r=\"" + s360InfoNs + "\"><Before/>" +
                   reordered + "<After/></r:getContactDataResponse></e:Body></e:Envelope>";
        QTest::newRow("comments and a processing instruction")
            << "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!-- hi --><?pi x?><e:Envelope "
               "xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><!--c--><e:Body><r:getContactDataResponse "
               "xmlns:r=\"" + s360InfoNs + "\">" + result + "</r:getContactDataResponse></e:Body></e:Envelope>";
    }

    void s360ResponseAnyPrefixAndOrder()
    {
        QFETCH(QByteArray, body);
        const Result<dto::ContactDataResult> r = wire::readS360SoapResponse<ops::GetContactData>(200, body);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r->contactNumber, QStringLiteral("0333"));
        QCOMPARE(r->requestId, std::optional<int>(7));
    }

    void symphonyResponse_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QByteArray>("envelopeNs");
        QTest::newRow("1.1") << int(wire::SoapVersion::V11) << QByteArray(contract::soap11Namespace);
        QTest::newRow("1.2") << int(wire::SoapVersion::V12) << QByteArray(contract::soap12Namespace);
    }

    void symphonyResponse()
    {
        QFETCH(int, version);
        QFETCH(QByteArray, envelopeNs);
        // Hand-written ASMX answer (CONTRACT.md 2).
        const QByteArray body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><soap:Envelope xmlns:soap=\"" + envelopeNs +
                                "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soap:Body>"
                                "<GenerateTokenForContactResponse xmlns=\"https://developer.sym-online.com/API/1_0/SOAP/\">"
                                "<GenerateTokenForContactResult><ContactId>4711</ContactId>"
                                "<ContactEmail>zoe@example.ch</ContactEmail></GenerateTokenForContactResult>"
                                "</GenerateTokenForContactResponse></soap:Body></soap:Envelope>";
        const auto r = wire::readSymphonySoapResponse<ops::GenerateTokenForContact>(wire::SoapVersion(version), 200, body);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r->contactId, std::optional<int>(4711));
        QCOMPARE(r->contactEmail, QStringLiteral("zoe@example.ch"));

        // What the sandbox writes is that same document.
        dto::ContactTokenResult result{4711, QStringLiteral("zoe@example.ch")};
        const QByteArray written =
            wire::writeSymphonySoapResponse<ops::GenerateTokenForContact>(wire::SoapVersion(version), result);
        const QByteArray expected = QByteArray(body).replace(
            " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"", "");
        CONTACTDESK_COMPARE_XML(written, expected);
        const auto back = wire::readSymphonySoapResponse<ops::GenerateTokenForContact>(wire::SoapVersion(version), 200,
                                                                                      written);
        QVERIFY(back.ok());
        QCOMPARE(back->contactEmail, result.contactEmail);
    }

    void symphonyResultOfAnotherOperationIsRefused()
    {
        const QByteArray written = wire::writeSymphonySoapResponse<ops::GenerateTokenForContact>(
            wire::SoapVersion::V12, dto::ContactTokenResult{1, QStringLiteral("a@b.c")});
        const auto r = wire::readSymphonySoapResponse<ops::VerifyTokenForContact>(wire::SoapVersion::V12, 200, written);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Parse);
    }

    void envelopeVersionFromNamespace()
    {
        QCOMPARE(wire::soapVersionOfNamespace(QString(QLatin1StringView(contract::soap11Namespace))), wire::SoapVersion::V11);
        QCOMPARE(wire::soapVersionOfNamespace(QString(QLatin1StringView(contract::soap12Namespace))), wire::SoapVersion::V12);
        QVERIFY(!wire::soapVersionOfNamespace(u"http://schemas.xmlsoap.org/soap/envelope"));
        QCOMPARE(wire::faultCodeName(wire::SoapVersion::V12, wire::FaultSide::Client), QStringLiteral("Sender"));
        QCOMPARE(wire::faultCodeName(wire::SoapVersion::V11, wire::FaultSide::Server), QStringLiteral("Server"));
        QCOMPARE(wire::soapContentType(wire::SoapVersion::V12), QStringLiteral("application/soap+xml; charset=utf-8"));
    }
};

QTEST_GUILESS_MAIN(TestSoapEnvelope)
#include "tst_soapenvelope.moc"
