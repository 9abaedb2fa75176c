// REST JSON bodies and the ASMX HTTP GET/POST pairs and plain XML answers, both sides.
#include "TestData.h"
#include "XmlCompare.h"
#include "contract/Operations.h"
#include "wire/Wire.h"

#include <QJsonDocument>
#include <QTest>

using namespace contactdesk;

namespace {

QByteArray data(const QString &path)
{
    const QByteArray bytes = test::readTestData(path);
    if (bytes.isNull())
        qFatal("missing test data %s", qPrintable(path));
    return bytes;
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestRestAsmx : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // ---- REST ----

    void restRequestIsTheParameterObject()
    {
        dto::GetContactDataParams p;
        p.contactNumber = QStringLiteral("0004711");
        p.details = {QStringLiteral("GENERAL"), QStringLiteral("ADDRESSES")};
        const QByteArray body = wire::writeS360RestRequest<ops::GetContactData>(p);
        QCOMPARE(object(body), object(R"({"contactNumber":"0004711","details":["GENERAL","ADDRESSES"]})"));
        QVERIFY(!body.contains('\n')); // compact
        const auto back = wire::readRestRequestParams<dto::GetContactDataParams>(body);
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(back->details, p.details);
        QCOMPARE(wire::writeS360RestRequest<ops::GetStructureTypes>({}), QByteArray("{}"));
    }

    void restRequestParams_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty body, no parameters") << QByteArray("") << true << QString();
        QTest::newRow("empty object") << QByteArray("{}") << true << QString();
        QTest::newRow("nulls read as absent") << QByteArray(R"({"email":null,"pointOfSalesId":null})") << true << QString();
        QTest::newRow("wrong type") << QByteArray(R"({"email":"a@b.c","pointOfSalesId":"x12"})") << false
                                    << QStringLiteral("pointOfSalesId");
        QTest::newRow("not json") << QByteArray("email=a@b.c") << false << QString();
        QTest::newRow("array") << QByteArray("[]") << false << QString();
    }

    void restRequestParams()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, field);
        const auto p = wire::readRestRequestParams<dto::RecoverPasswordParams>(body);
        QCOMPARE(p.ok(), ok);
        if (!ok) {
            QCOMPARE(p.error().kind, ApiError::Kind::Parse);
            QCOMPARE(p.error().field, field);
        } else {
            QVERIFY(!p->pointOfSalesId);
        }
    }

    void restResponseFixture()
    {
        const auto r = wire::readS360RestResponse<ops::GetContactData>(200, data(QStringLiteral("s360/getContactData.rest-response.json")));
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r->contactNumber, QStringLiteral("0004711"));
        QCOMPARE(r->contactId, std::optional<qint64>(4294967301LL));
    }

    void restResponseRoundTrip()
    {
        dto::ContactSaveResult result;
        result.statusCode = QStringLiteral("success");
        result.contactNumber = QStringLiteral("0042");
        result.contactId = 42;
        const QByteArray written = wire::writeS360RestResponse<ops::SaveStructureMember>(result);
        QCOMPARE(object(written), object(R"({"statusCode":"success","contactNumber":"0042","contactId":42})"));
        const auto back = wire::readS360RestResponse<ops::SaveStructureMember>(200, written);
        QVERIFY(back.ok());
        QCOMPARE(back->contactNumber, QStringLiteral("0042"));
    }

    void restErrorRoundTrip()
    {
        const QByteArray body = wire::writeRestError(QStringLiteral("unauthorized"), QStringLiteral("JWT expired"));
        QCOMPARE(object(body), object(R"({"error":"unauthorized","message":"JWT expired"})"));
        const auto r = wire::readS360RestResponse<ops::GetContactData>(401, body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Http);
        QCOMPARE(r.error().code, QStringLiteral("unauthorized"));
        QCOMPARE(r.error().message, QStringLiteral("JWT expired"));
        QCOMPARE(r.error().httpStatus, 401);
        const ApiError direct = wire::readRestErrorBody(401, body);
        QCOMPARE(direct.code, r.error().code);
    }

    // ---- ASMX HTTP GET / POST ----

    void queryPairs()
    {
        dto::GenerateTokenForContactParams p{QStringLiteral("ContactRegistration"), 4711, true};
        wire::SymphonyAuthValues auth{QStringLiteral("2026-11-23T10:15:00Z"), QStringLiteral("GenerateTokenForContact"),
                                      QStringLiteral("a+b/c=d e&f%"), QStringLiteral("key 1")};
        const QUrlQuery q = wire::symphonyQuery<ops::GenerateTokenForContact>(p, auth);
        const QString encoded = q.query(QUrl::FullyEncoded);
        QCOMPARE(encoded, QStringLiteral("tokenType=ContactRegistration&contactId=4711&isSingleUse=true"
                                         "&Timestamp=2026-11-23T10%3A15%3A00Z&Operation=GenerateTokenForContact"
                                         "&Signature=a%2Bb%2Fc%3Dd%20e%26f%25&APIKey=key%201"));
        // What a server receives: the serialized query, parsed again.
        const QUrlQuery received(encoded);
        const auto params = wire::readSymphonyQueryParams<dto::GenerateTokenForContactParams>(received);
        QVERIFY2(params.ok(), qPrintable(params.error().toString()));
        QCOMPARE(params->tokenType, p.tokenType);
        QCOMPARE(params->contactId, p.contactId);
        QCOMPARE(params->isSingleUse, p.isSingleUse);
        const wire::SymphonyAuthValues back = wire::symphonyAuthFromQuery(received);
        QCOMPARE(back.signature, auth.signature);
        QCOMPARE(back.apiKey, auth.apiKey);
        QCOMPARE(back.timestamp, auth.timestamp);
        QCOMPARE(back.operation, auth.operation);
        // As a decoded value, too (a caller that asks the QUrlQuery itself).
        QCOMPARE(q.queryItemValue(QStringLiteral("Signature"), QUrl::FullyDecoded), auth.signature);
    }

    void formDecodingOfOtherClients()
    {
        // A browser-style form: '+' is a space, %2B a plus.
        const QUrlQuery form(QStringLiteral("tokenType=Contact+Registration&token=ab%2Bcd&consume=false&Signature=x%2By+z"));
        const auto p = wire::readSymphonyQueryParams<dto::VerifyTokenForContactParams>(form);
        QVERIFY(p.ok());
        QCOMPARE(p->tokenType, QStringLiteral("Contact Registration"));
        QCOMPARE(p->token, QStringLiteral("ab+cd"));
        QCOMPARE(p->consume, std::optional<bool>(false));
        QCOMPARE(wire::symphonyAuthFromQuery(form).signature, QStringLiteral("x+y z"));
        QVERIFY(wire::symphonyAuthFromQuery(form).apiKey.isEmpty());
    }

    void queryParamErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("missing contactId") << QStringLiteral("tokenType=ContactRegistration&isSingleUse=true")
                                           << QStringLiteral("contactId") << QStringLiteral("Missing parameter: contactId.");
        QTest::newRow("missing tokenType") << QStringLiteral("contactId=1&isSingleUse=true") << QStringLiteral("tokenType")
                                           << QStringLiteral("Missing parameter: tokenType.");
        QTest::newRow("contactId not an int") << QStringLiteral("tokenType=ContactRegistration&contactId=12a&isSingleUse=1")
                                              << QStringLiteral("contactId") << QStringLiteral("is not an integer");
        QTest::newRow("contactId over int") << QStringLiteral("tokenType=ContactRegistration&contactId=4294967301&isSingleUse=1")
                                            << QStringLiteral("contactId") << QStringLiteral("is not an integer");
        QTest::newRow("isSingleUse not a bool") << QStringLiteral("tokenType=ContactRegistration&contactId=1&isSingleUse=yes")
                                                << QStringLiteral("isSingleUse") << QStringLiteral("is not a boolean");
    }

    void queryParamErrors()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        const auto p = wire::readSymphonyQueryParams<dto::GenerateTokenForContactParams>(QUrlQuery(query));
        QVERIFY(!p.ok());
        QCOMPARE(p.error().kind, ApiError::Kind::Parse);
        QCOMPARE(p.error().field, field);
        QVERIFY2(p.error().message.contains(messagePart), qPrintable(p.error().message));
    }

    void plainResponse()
    {
        const QByteArray fixture = data(QStringLiteral("faults/symphony-token-response.xml"));
        const auto r = wire::readSymphonyPlainResponse<ops::GenerateTokenForContact>(200, fixture);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r->contactId, std::optional<int>(4711));
        QCOMPARE(r->contactEmail, QStringLiteral("zoe.lefevre@bluewin.ch"));

        const QByteArray written = wire::writeSymphonyPlainResponse(r.value());
        CONTACTDESK_COMPARE_XML_OPTS(written, fixture, test::XmlCompareOptions{test::SiblingOrder::Ignore});
        QVERIFY(written.contains("<ContactTokenResponse xmlns=\"https://developer.sym-online.com/API/1_0/SOAP/\">"));
        const auto back = wire::readSymphonyPlainResponse<ops::VerifyTokenForContact>(200, written);
        QVERIFY(back.ok());
        QCOMPARE(back->contactEmail, r->contactEmail);
    }

    void plainError()
    {
        const QByteArray body = wire::writeAsmxPlainError(QStringLiteral("Invalid or expired token."));
        const auto r = wire::readSymphonyPlainResponse<ops::VerifyTokenForContact>(500, body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::SoapFault);
        QCOMPARE(r.error().message, QStringLiteral("Invalid or expired token."));
        QCOMPARE(r.error().httpStatus, 500);
        // A very long text is cut.
        const auto longText = wire::readSymphonyPlainResponse<ops::VerifyTokenForContact>(500, QByteArray(5000, 'x'));
        QVERIFY(!longText.ok());
        QVERIFY(longText.error().message.size() <= contract::asmxPlainErrorMaxChars + 3);
    }
};

QTEST_GUILESS_MAIN(TestRestAsmx)
#include "tst_restasmx.moc"
