// The sandbox side: requests as CONTRACT.md 1.2 shows them (and the variants a server must
// accept), responses and faults in the contract's shapes, read back by the client readers.
#include "XmlCompare.h"
#include "contract/Operations.h"
#include "wire/Wire.h"

#include <QTest>
#include <QTimeZone>

using namespace contactdesk;

namespace {

// CONTRACT.md 1.2, the request example, with a password in place of the ellipsis.
const QByteArray contractRequest = R"(<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:v2="http://v2_21.ContactInformationPublicService.service.secutix.com/">
  <soapenv:Header>
    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>MOSA_B2C</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">Op&amp;rator-1</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <v2:getContactData>
      <contactNumber>333</contactNumber>
      <details>GENERAL</details>
      <details>ADDRESSES</details>
    </v2:getContactData>
  </soapenv:Body>
</soapenv:Envelope>)";

// The same call as another client may send it: other prefixes, wsu:Id, mustUnderstand, no Type,
// a second header, parameters in another order with an unknown one.
const QByteArray variantRequest = R"(<?xml version="1.0" encoding="UTF-8"?>
<e:Envelope xmlns:e="http://schemas.xmlsoap.org/soap/envelope/">
  <e:Header>
    <t:Trace xmlns:t="urn:trace">abc</t:Trace>
    <sec:Security e:mustUnderstand="1" xmlns:sec="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                  xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">
      <sec:UsernameToken wsu:Id="UsernameToken-42">
        <sec:Password>Op&amp;rator-1</sec:Password>
        <sec:Username>MOSA_B2C</sec:Username>
        <sec:Nonce>bm9uY2U=</sec:Nonce>
      </sec:UsernameToken>
    </sec:Security>
  </e:Header>
  <e:Body>
    <getContactData xmlns="http://v2_21.ContactInformationPublicService.service.secutix.com/">
      <details xmlns="">GENERAL</details>
      <futureParameter xmlns="">1</futureParameter>
      <contactNumber xmlns="">333</contactNumber>
      <details xmlns="">ADDRESSES</details>
    </getContactData>
  </e:Body>
</e:Envelope>)";

// CONTRACT.md 1.2: the JAX-WS fault shape.
QByteArray expectedS360Fault(const char *code, const char *text)
{
    return QByteArray("<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>"
                      "<faultcode>S:") + code + "</faultcode><faultstring>" + text +
           "</faultstring></S:Fault></S:Body></S:Envelope>";
}

// Every S-360 operation, both bindings: what the client writes the server reads, and the other
// way round (also instantiates every template of the API for every operation).
template <class Op> bool s360RoundTrip()
{
    typename Op::Params params{};
    const QByteArray soap = wire::writeS360SoapRequest<Op>(params, {QStringLiteral("u"), QStringLiteral("p")});
    const auto head = wire::readSoapRequestHead(soap);
    if (!head.ok() || head->operation != QLatin1StringView(Op::info.name)
        || head->operationNamespace != QLatin1StringView(serviceInfo(Op::info.service).soapNamespace)) {
        qWarning("%s: request head", Op::info.name);
        return false;
    }
    if (!wire::readSoapRequestParams<typename Op::Params>(soap).ok()
        || !wire::readRestRequestParams<typename Op::Params>(wire::writeS360RestRequest<Op>(params)).ok()) {
        qWarning("%s: request params", Op::info.name);
        return false;
    }
    typename Op::Result result{};
    result.requestId = 77;
    result.statusCode = QStringLiteral("success");
    const auto viaSoap = wire::readS360SoapResponse<Op>(200, wire::writeS360SoapResponse<Op>(result));
    const auto viaRest = wire::readS360RestResponse<Op>(200, wire::writeS360RestResponse<Op>(result));
    if (!viaSoap.ok() || !viaRest.ok() || viaSoap->requestId != 77 || viaRest->requestId != 77) {
        qWarning("%s: response", Op::info.name);
        return false;
    }
    return true;
}

template <class... Op> bool allS360RoundTrip()
{
    return (s360RoundTrip<Op>() && ...);
}

template <class Op> bool symphonyRoundTrip()
{
    typename Op::Params params{};
    params.tokenType = QStringLiteral("ContactRegistration");
    const wire::SymphonyAuthValues auth{QStringLiteral("t"), QLatin1StringView(Op::info.name), QStringLiteral("s"),
                                        QStringLiteral("k")};
    for (wire::SoapVersion v : {wire::SoapVersion::V11, wire::SoapVersion::V12}) {
        const QByteArray soap = wire::writeSymphonySoapRequest<Op>(v, params, auth);
        const auto head = wire::readSoapRequestHead(soap);
        if (!head.ok() || head->version != v || head->operation != QLatin1StringView(Op::info.name)
            || !head->symphonyAuth || head->symphonyAuth->operation != QLatin1StringView(Op::info.name))
            return false;
        const auto read = wire::readSoapRequestParams<typename Op::Params>(soap);
        if (!read.ok() || read->tokenType != params.tokenType)
            return false;
        const auto back = wire::readSymphonySoapResponse<Op>(v, 200, wire::writeSymphonySoapResponse<Op>(v, {5, QStringLiteral("e@x.ch")}));
        if (!back.ok() || back->contactId != 5)
            return false;
    }
    return wire::readSymphonyPlainResponse<Op>(200, wire::writeSymphonyPlainResponse(dto::ContactTokenResult{6, {}})).ok();
}

} // namespace

class TestServerCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyOperationRoundTrips()
    {
        QVERIFY((allS360RoundTrip<ops::GetContactData, ops::SearchContactByCriteria, ops::SaveIndividualContactData,
                                  ops::SaveStructureContactData, ops::SaveStructureAdministrativeNumbers,
                                  ops::SaveStructureMember, ops::DeleteStructureMember, ops::ListStructureMembersByCriteria,
                                  ops::GetStructureTypes, ops::GetAvailableContactCriteria, ops::GetAvailableAuthorizations,
                                  ops::GetAvailableAdministrativeNumbers, ops::Authenticate, ops::RecoverPassword,
                                  ops::ChangePassword, ops::ListAuthorizedPos, ops::AddLink, ops::CreateUser>()));
        QVERIFY(symphonyRoundTrip<ops::GenerateTokenForContact>());
        QVERIFY(symphonyRoundTrip<ops::VerifyTokenForContact>());
    }

    void requestHead_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("CONTRACT.md 1.2 example") << contractRequest;
        QTest::newRow("other prefixes, wsu:Id, mustUnderstand, no Type") << variantRequest;
    }

    void requestHead()
    {
        QFETCH(QByteArray, body);
        const Result<wire::IncomingSoapRequest> head = wire::readSoapRequestHead(body);
        QVERIFY2(head.ok(), qPrintable(head.error().toString()));
        QCOMPARE(head->version, wire::SoapVersion::V11);
        QCOMPARE(head->operation, QStringLiteral("getContactData"));
        QCOMPARE(head->operationNamespace,
                 QStringLiteral("http://v2_21.ContactInformationPublicService.service.secutix.com/"));
        QVERIFY(head->wsse);
        QCOMPARE(head->wsse->username, QStringLiteral("MOSA_B2C"));
        QCOMPARE(head->wsse->password, QStringLiteral("Op&rator-1"));
        QVERIFY(!head->symphonyAuth);
    }

    void requestParams_data() { requestHead_data(); }

    void requestParams()
    {
        QFETCH(QByteArray, body);
        const Result<dto::GetContactDataParams> p = wire::readSoapRequestParams<dto::GetContactDataParams>(body);
        QVERIFY2(p.ok(), qPrintable(p.error().toString()));
        QCOMPARE(p->contactNumber, QStringLiteral("333"));
        QCOMPARE(p->details, (QStringList{QStringLiteral("GENERAL"), QStringLiteral("ADDRESSES")}));
    }

    void requestWithoutSecurityHeader()
    {
        const QByteArray body = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                                "<x:getStructureTypes xmlns:x=\"http://v2_21.ContactInformationPublicService.service.secutix.com/\"/>"
                                "</s:Body></s:Envelope>";
        const Result<wire::IncomingSoapRequest> head = wire::readSoapRequestHead(body);
        QVERIFY(head.ok());
        QVERIFY(!head->wsse); // the sandbox answers S:Client
        QCOMPARE(head->operation, QStringLiteral("getStructureTypes"));
        QVERIFY(wire::readSoapRequestParams<dto::NoParams>(body).ok());
    }

    void requestValueThatDoesNotParse()
    {
        const QByteArray body = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                                "<x:searchContactByCriteria xmlns:x=\"http://v2_21.ContactInformationPublicService.service.secutix.com/\">"
                                "<searchCriteria><lastName>Muller</lastName><maxResults>fifty</maxResults></searchCriteria>"
                                "</x:searchContactByCriteria></s:Body></s:Envelope>";
        const auto p = wire::readSoapRequestParams<dto::SearchContactByCriteriaParams>(body);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().kind, ApiError::Kind::Parse);
        QCOMPARE(p.error().field, QStringLiteral("maxResults"));
        QVERIFY(p.error().message.contains(QStringLiteral("fifty")));
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("not xml") << QByteArray("contactNumber=333") << QStringLiteral("not well-formed");
        QTest::newRow("not an envelope") << QByteArray("<getContactData/>") << QStringLiteral("not a SOAP envelope");
        QTest::newRow("no body")
            << QByteArray("<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Header/></s:Envelope>")
            << QStringLiteral("no Body");
        QTest::newRow("dtd") << QByteArray("<!DOCTYPE s [<!ENTITY a \"aaaa\">]><s:Envelope "
                                           "xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>&a;</s:Body></s:Envelope>")
                             << QStringLiteral("a DTD is not allowed");
        QTest::newRow("truncated") << contractRequest.left(contractRequest.size() - 20)
                                   << QStringLiteral("Premature end of document");
    }

    void badRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        const Result<wire::IncomingSoapRequest> head = wire::readSoapRequestHead(body);
        QVERIFY(!head.ok());
        QCOMPARE(head.error().kind, ApiError::Kind::Parse);
        QVERIFY2(head.error().message.contains(messagePart), qPrintable(head.error().message));
        const auto params = wire::readSoapRequestParams<dto::GetContactDataParams>(body);
        QVERIFY(!params.ok());
        QCOMPARE(params.error().kind, ApiError::Kind::Parse);
    }

    void oversizeRequest()
    {
        wire::WireLimits limits;
        limits.maxBytes = 100;
        const auto head = wire::readSoapRequestHead(contractRequest, limits);
        QVERIFY(!head.ok());
        QCOMPARE(head.error().kind, ApiError::Kind::TooLarge);
    }

    void s360FaultShape_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("client") << int(wire::FaultSide::Client) << QByteArray("Client");
        QTest::newRow("server") << int(wire::FaultSide::Server) << QByteArray("Server");
    }

    void s360FaultShape()
    {
        QFETCH(int, side);
        QFETCH(QByteArray, code);
        const QString text = QStringLiteral("Unknown operation <getContactDatas> & more");
        const QByteArray fault = wire::writeS360SoapFault(wire::FaultSide(side), text);
        CONTACTDESK_COMPARE_XML(fault, expectedS360Fault(code.constData(), "Unknown operation &lt;getContactDatas&gt; &amp; more"));
        // The faultcode's prefix is the one bound to the envelope namespace.
        QVERIFY(fault.contains("xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\""));
        QVERIFY(fault.contains("<faultcode>S:" + code + "</faultcode>"));
        const auto read = wire::readS360SoapResponse<ops::GetContactData>(500, fault);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, ApiError::Kind::SoapFault);
        QCOMPARE(read.error().code, QString::fromLatin1(code));
        QCOMPARE(read.error().message, text);
        QCOMPARE(read.error().httpStatus, 500);
    }

    void asmxFaultShape_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("side");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("code");
        const QByteArray text = "Invalid or expired token.";
        QTest::newRow("1.1 client") << int(wire::SoapVersion::V11) << int(wire::FaultSide::Client)
                                    << "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                                       "<soap:Fault><faultcode>soap:Client</faultcode><faultstring>" + text +
                                           "</faultstring><detail/></soap:Fault></soap:Body></soap:Envelope>"
                                    << QStringLiteral("Client");
        QTest::newRow("1.1 server") << int(wire::SoapVersion::V11) << int(wire::FaultSide::Server)
                                    << "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                                       "<soap:Fault><faultcode>soap:Server</faultcode><faultstring>" + text +
                                           "</faultstring><detail/></soap:Fault></soap:Body></soap:Envelope>"
                                    << QStringLiteral("Server");
        QTest::newRow("1.2 sender")
            << int(wire::SoapVersion::V12) << int(wire::FaultSide::Client)
            << "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body><soap:Fault>"
               "<soap:Code><soap:Value>soap:Sender</soap:Value></soap:Code><soap:Reason><soap:Text xml:lang=\"en\">" +
                   text + "</soap:Text></soap:Reason><soap:Detail/></soap:Fault></soap:Body></soap:Envelope>"
            << QStringLiteral("Sender");
        QTest::newRow("1.2 receiver")
            << int(wire::SoapVersion::V12) << int(wire::FaultSide::Server)
            << "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body><soap:Fault>"
               "<soap:Code><soap:Value>soap:Receiver</soap:Value></soap:Code><soap:Reason><soap:Text xml:lang=\"en\">" +
                   text + "</soap:Text></soap:Reason><soap:Detail/></soap:Fault></soap:Body></soap:Envelope>"
            << QStringLiteral("Receiver");
    }

    void asmxFaultShape()
    {
        QFETCH(int, version);
        QFETCH(int, side);
        QFETCH(QByteArray, expected);
        QFETCH(QString, code);
        const QByteArray fault =
            wire::writeAsmxSoapFault(wire::SoapVersion(version), wire::FaultSide(side), QStringLiteral("Invalid or expired token."));
        CONTACTDESK_COMPARE_XML(fault, expected);
        QVERIFY(fault.contains("xmlns:soap="));
        const auto read = wire::readSymphonySoapResponse<ops::VerifyTokenForContact>(wire::SoapVersion(version), 500, fault);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, ApiError::Kind::SoapFault);
        QCOMPARE(read.error().code, code);
        QCOMPARE(read.error().message, QStringLiteral("Invalid or expired token."));
    }

    void s360ResponseShape()
    {
        dto::ContactSaveResult result;
        result.requestId = 9;
        result.statusCode = QStringLiteral("success");
        result.contactNumber = QStringLiteral("0004711");
        result.contactId = 4294967301LL;
        result.lastModificationDate = QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone(7200));
        const QByteArray written = wire::writeS360SoapResponse<ops::SaveIndividualContactData>(result);
        const QByteArray expected =
            "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>"
            "<ns2:saveIndividualContactDataResponse xmlns:ns2=\"http://v2_21.ContactInformationPublicService.service.secutix.com/\">"
            "<ContactSaveResult><requestId>9</requestId><statusCode>success</statusCode><contactNumber>0004711</contactNumber>"
            "<contactId>4294967301</contactId><lastModificationDate>2024-05-01T10:00:00+02:00</lastModificationDate>"
            "</ContactSaveResult></ns2:saveIndividualContactDataResponse></S:Body></S:Envelope>";
        CONTACTDESK_COMPARE_XML(written, expected);
        QVERIFY(written.contains("<ns2:saveIndividualContactDataResponse xmlns:ns2="));
        const auto back = wire::readS360SoapResponse<ops::SaveIndividualContactData>(200, written);
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back->contactId, result.contactId);
        QCOMPARE(back->lastModificationDate, result.lastModificationDate);
    }

    void s360StatusFailureRoundTrip()
    {
        dto::WebMethodResult result;
        result.statusCode = QLatin1StringView(contract::statusInvalid);
        result.statusDetail = wire::statusDetailNamingField(QStringLiteral("newPassword"),
                                                            QStringLiteral("must have at least 8 characters"));
        QCOMPARE(result.statusDetail, QStringLiteral("newPassword: must have at least 8 characters"));
        const auto back = wire::readS360SoapResponse<ops::ChangePassword>(200, wire::writeS360SoapResponse<ops::ChangePassword>(result));
        QVERIFY(!back.ok());
        QCOMPARE(back.error().kind, ApiError::Kind::Status);
        QCOMPARE(back.error().code, QStringLiteral("invalid"));
        QCOMPARE(back.error().field, QStringLiteral("newPassword"));
        QCOMPARE(back.error().message, result.statusDetail);
    }

    void fieldNamedByStatusDetail_data()
    {
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("email: not an address") << QStringLiteral("email");
        QTest::newRow("path") << QStringLiteral("individualContactData.individualContact.individualBirthDate: in the future")
                              << QStringLiteral("individualContactData.individualContact.individualBirthDate");
        QTest::newRow("list item") << QStringLiteral("structureContactData.addresses[0].zipCode: too long")
                                   << QStringLiteral("structureContactData.addresses[0].zipCode");
        QTest::newRow("sentence") << QStringLiteral("Login failed: wrong password") << QString();
        QTest::newRow("no separator") << QStringLiteral("No contact with number 0009999.") << QString();
        QTest::newRow("colon without space") << QStringLiteral("code:42") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("separator first") << QStringLiteral(": nothing") << QString();
    }

    void fieldNamedByStatusDetail()
    {
        QFETCH(QString, detail);
        QFETCH(QString, field);
        QCOMPARE(wire::fieldNamedByStatusDetail(detail), field);
    }
};

QTEST_GUILESS_MAIN(TestServerCodec)
#include "tst_servercodec.moc"
