// Every way an answer can fail, on each binding: the ApiError kind, code, message and field,
// and never a crash (hand-written fixtures in tests/data/faults, generated hostile bodies).
#include "TestData.h"
#include "contract/Operations.h"
#include "wire/Wire.h"

#include <QRandomGenerator>
#include <QTest>

using namespace contactdesk;
using Kind = ApiError::Kind;

namespace {

enum class Binding { S360Soap, S360Rest, SymphonySoap11, SymphonySoap12, SymphonyPlain };

template <class T> ApiError errorOf(const Result<T> &r)
{
    return r.ok() ? ApiError{} : r.error();
}

ApiError readWith(Binding binding, int status, const QByteArray &body, const wire::WireLimits &limits)
{
    switch (binding) {
    case Binding::S360Soap: return errorOf(wire::readS360SoapResponse<ops::GetContactData>(status, body, limits));
    case Binding::S360Rest: return errorOf(wire::readS360RestResponse<ops::GetContactData>(status, body, limits));
    case Binding::SymphonySoap11:
        return errorOf(wire::readSymphonySoapResponse<ops::GenerateTokenForContact>(wire::SoapVersion::V11, status, body,
                                                                                    limits));
    case Binding::SymphonySoap12:
        return errorOf(wire::readSymphonySoapResponse<ops::VerifyTokenForContact>(wire::SoapVersion::V12, status, body,
                                                                                  limits));
    case Binding::SymphonyPlain:
        return errorOf(wire::readSymphonyPlainResponse<ops::GenerateTokenForContact>(status, body, limits));
    }
    return {};
}

QByteArray fixture(const char *name)
{
    const QByteArray bytes = test::readTestData(QStringLiteral("faults/") + QLatin1StringView(name));
    if (bytes.isNull())
        qFatal("missing test data faults/%s", name);
    return bytes;
}

QByteArray s360Fixture(const char *name)
{
    const QByteArray bytes = test::readTestData(QStringLiteral("s360/") + QLatin1StringView(name));
    if (bytes.isNull())
        qFatal("missing test data s360/%s", name);
    return bytes;
}

QByteArray deepSoap(int depth)
{
    QByteArray b = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>";
    for (int i = 0; i < depth; ++i)
        b += "<a>";
    for (int i = 0; i < depth; ++i)
        b += "</a>";
    return b + "</S:Body></S:Envelope>";
}

QByteArray deepJson(int depth)
{
    return "{\"statusCode\":\"success\",\"x\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
}

constexpr qsizetype smallCap = 4096;

} // namespace

class TestFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<int>("binding");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qsizetype>("maxBytes");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QString>("field");

        const qsizetype cap = wire::WireLimits{}.maxBytes;
        const auto row = [cap](const char *name, Binding b, int status, const QByteArray &body, Kind kind,
                               const QString &code, const QString &part, const QString &field = {}, qsizetype max = 0) {
            QTest::newRow(name) << int(b) << status << body << (max ? max : cap) << int(kind) << code << part << field;
        };
        const QString none;

        // SOAP faults, both versions, any prefix, children in any order, with HTTP 500 or 200.
        row("s360 1.1 Client fault", Binding::S360Soap, 500, fixture("s360-soap11-client-fault.xml"), Kind::SoapFault,
            QStringLiteral("Client"), QStringLiteral("Missing or invalid WS-Security UsernameToken."));
        row("s360 1.1 Server fault, header+detail", Binding::S360Soap, 500, fixture("s360-soap11-server-fault.xml"),
            Kind::SoapFault, QStringLiteral("Server"), QStringLiteral("java.lang.NullPointerException at"));
        row("s360 fault with HTTP 200", Binding::S360Soap, 200, fixture("s360-soap11-client-fault.xml"), Kind::SoapFault,
            QStringLiteral("Client"), QStringLiteral("UsernameToken"));
        row("asmx 1.1 fault", Binding::SymphonySoap11, 500, fixture("asmx-soap11-fault.xml"), Kind::SoapFault,
            QStringLiteral("Client"), QStringLiteral("Invalid or expired token."));
        row("asmx 1.2 Sender fault, English reason", Binding::SymphonySoap12, 500, fixture("asmx-soap12-fault.xml"),
            Kind::SoapFault, QStringLiteral("Sender"), QStringLiteral("The signature does not match."));
        row("asmx 1.2 Receiver fault, Reason first", Binding::SymphonySoap12, 500,
            fixture("asmx-soap12-receiver-fault.xml"), Kind::SoapFault, QStringLiteral("Receiver"),
            QStringLiteral("Erreur interne du serveur."));
        row("asmx 1.1 fault to a 1.2 call", Binding::SymphonySoap12, 500, fixture("asmx-soap11-fault.xml"),
            Kind::SoapFault, QStringLiteral("Client"), QStringLiteral("Invalid or expired token."));
        row("asmx fault on GET", Binding::SymphonyPlain, 500, fixture("asmx-soap11-fault.xml"), Kind::SoapFault,
            QStringLiteral("Client"), QStringLiteral("Invalid or expired token."));

        // REST error bodies.
        row("rest 400", Binding::S360Rest, 400, fixture("rest-400.json"), Kind::Http, QStringLiteral("bad_request"),
            QStringLiteral("not valid JSON"));
        row("rest 401", Binding::S360Rest, 401, fixture("rest-401.json"), Kind::Http, QStringLiteral("unauthorized"),
            QStringLiteral("The JWT expired"));
        row("rest 404", Binding::S360Rest, 404, fixture("rest-404.json"), Kind::Http, QStringLiteral("not_found"),
            QStringLiteral("No method getContactDatas"));
        row("rest 500", Binding::S360Rest, 500, fixture("rest-500.json"), Kind::Http, QStringLiteral("server_error"),
            QStringLiteral("incident 7f3a"));
        row("rest 509 with error body", Binding::S360Rest, 509, fixture("rest-509.json"), Kind::RateLimited,
            QStringLiteral("ratelim"), QStringLiteral("Over 180 calls a minute"));
        row("rest 500 not JSON", Binding::S360Rest, 500, QByteArray("Internal Server Error"), Kind::Http, none,
            QStringLiteral("HTTP 500 Internal Server Error"));
        row("rest 500 JSON without error key", Binding::S360Rest, 500, QByteArray("{\"status\":500}"), Kind::Http, none,
            QStringLiteral("not a JSON error"));

        // Rate limiting without a body to read.
        row("soap 509 empty", Binding::S360Soap, 509, QByteArray(), Kind::RateLimited, none, QStringLiteral("509"));
        row("soap 429 empty", Binding::S360Soap, 429, QByteArray(), Kind::RateLimited, none, QStringLiteral("429"));
        row("rest 509 empty", Binding::S360Rest, 509, QByteArray(), Kind::RateLimited, none, QStringLiteral("rate limit"));
        row("rest 429 empty", Binding::S360Rest, 429, QByteArray(" \r\n"), Kind::RateLimited, none,
            QStringLiteral("429"));
        row("asmx 1.2 509 empty", Binding::SymphonySoap12, 509, QByteArray(), Kind::RateLimited, none,
            QStringLiteral("509"));
        row("get 429 empty", Binding::SymphonyPlain, 429, QByteArray(), Kind::RateLimited, none, QStringLiteral("429"));
        row("soap 509 html", Binding::S360Soap, 509, fixture("html-502.html"), Kind::RateLimited, none,
            QStringLiteral("509"));

        // Business failures: statusCode other than success.
        row("soap invalid names field", Binding::S360Soap, 200, fixture("s360-status-invalid.xml"), Kind::Status,
            QStringLiteral("invalid"), QStringLiteral("contactNumber: must hold digits only"),
            QStringLiteral("contactNumber"));
        row("soap failed names no field", Binding::S360Soap, 200, fixture("s360-status-failed.xml"), Kind::Status,
            QStringLiteral("failed"), QStringLiteral("The contact could not be read: try again later."));
        row("soap notfound (s360 fixture)", Binding::S360Soap, 200, s360Fixture("getContactData.notfound.soap-response.xml"),
            Kind::Status, QStringLiteral("notfound"), QStringLiteral("No contact with number 0009999."));
        row("soap statusCode missing", Binding::S360Soap, 200, fixture("s360-status-missing.xml"), Kind::Parse, none,
            QStringLiteral("no statusCode"));
        row("rest invalid names list item field", Binding::S360Rest, 200, fixture("rest-status-invalid.json"),
            Kind::Status, QStringLiteral("invalid"), QStringLiteral("UK is not an ISO 3166-1 code"),
            QStringLiteral("individualContactData.addresses[1].countryCode"));
        row("rest locked", Binding::S360Rest, 200, fixture("rest-status-locked.json"), Kind::Status,
            QStringLiteral("locked"), QStringLiteral("locked for 15 minutes"));
        row("rest value of wrong type", Binding::S360Rest, 200, fixture("rest-bad-value.json"), Kind::Parse, none,
            QStringLiteral("contactId"), QStringLiteral("contactId"));
        row("soap value that does not parse", Binding::S360Soap, 200,
            QByteArray(fixture("s360-status-failed.xml")).replace("<requestId>51002", "<requestId>5x1002"), Kind::Parse,
            none, QStringLiteral("requestId"), QStringLiteral("requestId"));

        // Bodies that are not what they should be.
        row("element where a value was expected", Binding::S360Soap, 200,
            QByteArray(fixture("s360-status-failed.xml")).replace("<requestId>51002</requestId>",
                                                                  "<requestId><value>51002</value></requestId>"),
            Kind::Parse, none, QStringLiteral("Expected character data"));
        row("malformed xml", Binding::S360Soap, 200, fixture("malformed.xml"), Kind::Parse, none,
            QStringLiteral("not well-formed"));
        row("truncated xml", Binding::S360Soap, 200, fixture("truncated.xml"), Kind::Parse, none,
            QStringLiteral("Premature end of document"));
        row("truncated symphony", Binding::SymphonySoap11, 200, fixture("truncated.xml"), Kind::Parse, none,
            QStringLiteral("not well-formed"));
        row("tail missing after the result", Binding::S360Soap, 200,
            QByteArray(fixture("s360-status-failed.xml")).replace("</S:Body></S:Envelope>", ""), Kind::Parse, none,
            QStringLiteral("Premature end of document"));
        row("garbage after the envelope", Binding::S360Soap, 200,
            QByteArray(fixture("s360-status-failed.xml")).trimmed() + "<more/>", Kind::Parse, none,
            QStringLiteral("not well-formed"));
        row("fault with a truncated tail, 500", Binding::S360Soap, 500,
            QByteArray(fixture("s360-soap11-client-fault.xml")).replace("</S:Body></S:Envelope>", "</S:Body>"),
            Kind::Http, none, QStringLiteral("not XML"));
        row("GET answer with a truncated tail", Binding::SymphonyPlain, 200,
            QByteArray(fixture("symphony-token-response.xml")).replace("</ContactTokenResponse>", ""), Kind::Parse, none,
            QStringLiteral("Premature end of document"));
        row("not a SOAP envelope", Binding::S360Soap, 200, fixture("not-soap.xml"), Kind::Parse, none,
            QStringLiteral("not a SOAP envelope"));
        row("response of another operation", Binding::S360Soap, 200,
            QByteArray(fixture("s360-status-failed.xml")).replace("getContactDataResponse", "addLinkResponse"),
            Kind::Parse, none, QStringLiteral("holds no <getContactDataResponse>"));
        row("wrapper in the wrong namespace", Binding::S360Soap, 200,
            QByteArray(fixture("s360-status-failed.xml")).replace("v2_21.ContactInformation", "v2_20.ContactInformation"),
            Kind::Parse, none, QStringLiteral("holds no <getContactDataResponse>"));
        row("empty SOAP Body", Binding::S360Soap, 200,
            QByteArray("<e:Envelope xmlns:e=\"http://schemas.xmlsoap.org/soap/envelope/\"><e:Body/></e:Envelope>"),
            Kind::Parse, none, QStringLiteral("Body is empty"));
        row("billion laughs, 200", Binding::S360Soap, 200, fixture("billion-laughs.xml"), Kind::Parse, none,
            QStringLiteral("a DTD is not allowed"));
        row("billion laughs, 500", Binding::S360Soap, 500, fixture("billion-laughs.xml"), Kind::Parse, none,
            QStringLiteral("a DTD is not allowed"));
        row("billion laughs, GET", Binding::SymphonyPlain, 200, fixture("billion-laughs.xml"), Kind::Parse, none,
            QStringLiteral("a DTD is not allowed"));
        row("billion laughs, asmx 1.2", Binding::SymphonySoap12, 200, fixture("billion-laughs.xml"), Kind::Parse, none,
            QStringLiteral("a DTD is not allowed"));
        row("external entity in a fault", Binding::S360Soap, 500, fixture("external-entity.xml"), Kind::Parse, none,
            QStringLiteral("a DTD is not allowed"));
        row("DTD after the root", Binding::S360Soap, 200,
            QByteArray("<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><!DOCTYPE x []><S:Body/></S:Envelope>"),
            Kind::Parse, none, QStringLiteral("a DTD is not allowed"));
        row("undeclared entity", Binding::S360Soap, 200,
            QByteArray(fixture("s360-status-failed.xml")).replace("try again later.", "&xxe;"), Kind::Parse, none,
            QStringLiteral("not declared"));
        row("deep nesting", Binding::S360Soap, 200, deepSoap(300), Kind::Parse, none, QStringLiteral("deeper than 256"));
        row("deep nesting, 500", Binding::S360Soap, 500, deepSoap(5000), Kind::Parse, none, QStringLiteral("deeper"));
        row("deep nesting json", Binding::S360Rest, 200, deepJson(5000), Kind::Parse, none,
            QStringLiteral("not valid"));
        row("oversize, default 64 MiB cap", Binding::S360Soap, 200, QByteArray(cap + 1, ' '), Kind::TooLarge, none,
            QStringLiteral("over the limit of 67108864 bytes"));
        row("oversize soap", Binding::SymphonySoap11, 200, QByteArray(smallCap + 1, 'x'), Kind::TooLarge, none,
            QStringLiteral("over the limit"), none, smallCap);
        row("oversize rest", Binding::S360Rest, 200, QByteArray(smallCap + 1, ' '), Kind::TooLarge, none,
            QStringLiteral("over the limit"), none, smallCap);
        row("oversize rest error", Binding::S360Rest, 500, QByteArray(smallCap + 1, ' '), Kind::TooLarge, none,
            QStringLiteral("over the limit"), none, smallCap);
        row("oversize GET error", Binding::SymphonyPlain, 500, QByteArray(smallCap + 1, 'e'), Kind::TooLarge, none,
            QStringLiteral("over the limit"), none, smallCap);
        row("invalid utf-8", Binding::S360Soap, 200, fixture("invalid-utf8.xml"), Kind::Parse, none,
            QStringLiteral("incorrectly encoded"));
        row("invalid utf-8 json", Binding::S360Rest, 200, QByteArray("{\"statusCode\":\"succ\xff\xfe\"}"), Kind::Parse,
            none, QStringLiteral("not valid"));
        row("empty body 200 soap", Binding::S360Soap, 200, QByteArray(), Kind::Parse, none, QStringLiteral("empty"));
        row("empty body 200 rest", Binding::S360Rest, 200, QByteArray("\n"), Kind::Parse, none, QStringLiteral("empty"));
        row("empty body 200 GET", Binding::SymphonyPlain, 200, QByteArray(), Kind::Parse, none, QStringLiteral("empty"));
        row("empty body 500 soap", Binding::S360Soap, 500, QByteArray(), Kind::Http, none, QStringLiteral("empty body"));
        row("rest 200 json array", Binding::S360Rest, 200, QByteArray("[1,2]"), Kind::Parse, none,
            QStringLiteral("not an object"));
        row("html 502 page, soap", Binding::S360Soap, 502, fixture("html-502.html"), Kind::Http, none,
            QStringLiteral("HTTP 502 Bad Gateway (an HTML page)"));
        row("html 502 page, rest", Binding::S360Rest, 502, fixture("html-502.html"), Kind::Http, none,
            QStringLiteral("HTTP 502 Bad Gateway (an HTML page)"));
        row("html 502 page, asmx", Binding::SymphonySoap11, 502, fixture("html-502.html"), Kind::Http, none,
            QStringLiteral("502"));
        row("html 502 page, GET", Binding::SymphonyPlain, 502, fixture("html-502.html"), Kind::Http, none,
            QStringLiteral("502"));
        row("html 503 with DOCTYPE", Binding::S360Soap, 503, fixture("html-503-doctype.html"), Kind::Http, none,
            QStringLiteral("HTTP 503 Service Unavailable (an HTML page)"));
        row("html page with 200", Binding::S360Soap, 200, fixture("html-503-doctype.html"), Kind::Parse, none,
            QStringLiteral("HTML page"));
        row("soap response with 500, no fault", Binding::S360Soap, 500, fixture("s360-status-failed.xml"), Kind::Http,
            none, QStringLiteral("without a fault"));
        row("asmx plain-text error", Binding::SymphonyPlain, 500, fixture("asmx-plain-error.txt"), Kind::SoapFault, none,
            QStringLiteral("System.InvalidOperationException: Missing parameter: contactId."));
        row("GET answer of the wrong shape", Binding::SymphonyPlain, 200, fixture("s360-status-failed.xml"), Kind::Parse,
            none, QStringLiteral("expected <ContactTokenResponse>"));
        row("GET answer with a bad ContactId", Binding::SymphonyPlain, 200,
            QByteArray(fixture("symphony-token-response.xml")).replace("4711", "forty"), Kind::Parse, none,
            QStringLiteral("ContactId"), QStringLiteral("ContactId"));
    }

    void classify()
    {
        QFETCH(int, binding);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(qsizetype, maxBytes);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        QFETCH(QString, field);

        wire::WireLimits limits;
        limits.maxBytes = maxBytes;
        const ApiError e = readWith(Binding(binding), status, body, limits);
        QVERIFY2(e.isError(), "the read succeeded");
        QCOMPARE(ApiError::kindName(e.kind), ApiError::kindName(Kind(kind)));
        QCOMPARE(e.code, code);
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
        QCOMPARE(e.field, field);
        QCOMPARE(e.httpStatus, status);
        QVERIFY(!e.toString().isEmpty());
    }

    // The entity of a refused DTD is never expanded: the refusal comes at once, with no "lol".
    void dtdRefusedBeforeExpansion()
    {
        wire::SafeXmlReader xml(fixture("billion-laughs.xml"));
        QVERIFY(!xml.ok());
        QCOMPARE(xml.problem(), wire::SafeXmlReader::Problem::Dtd);
        QVERIFY(xml.refusedForSafety());
        QVERIFY(!xml.error().message.contains(QStringLiteral("lol")));
        QVERIFY(xml.error().message.contains(QStringLiteral("DTD is not allowed")));
    }

    // The byte scan is not fooled by markup-like text in comments, CDATA, PIs and attribute values.
    void safetyScanReadsMarkup_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("DOCTYPE in a comment") << QByteArray("<!-- <!DOCTYPE x> --><a>1</a>") << true;
        QTest::newRow("ENTITY in CDATA") << QByteArray("<a><![CDATA[<!ENTITY x \"y\"> <b> <c>]]></a>") << true;
        QTest::newRow("'>' and '/>' in attributes") << QByteArray("<a x='>' y=\"/>\"><b z=\"a>b\"/></a>") << true;
        QTest::newRow("processing instruction") << QByteArray("<?xml version=\"1.0\"?><?pi <!DOCTYPE?><a/>") << true;
        QTest::newRow("DOCTYPE after a comment") << QByteArray("<!-- c --><!DOCTYPE a><a/>") << false;
        QTest::newRow("ENTITY alone") << QByteArray("<a><!ENTITY x \"y\"></a>") << false;
        QTest::newRow("lower-case doctype") << QByteArray("<!doctype html><html></html>") << false;
    }

    void safetyScanReadsMarkup()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        wire::SafeXmlReader xml(body);
        QCOMPARE(xml.problem() == wire::SafeXmlReader::Problem::Dtd, !ok);
        if (ok) {
            QVERIFY2(xml.finish(), qPrintable(xml.error().message));
            QCOMPARE(xml.error().kind, Kind::None);
        }
    }

    // UTF-16 cannot go through the byte scan: the full reader pre-pass checks it instead.
    void utf16Bodies()
    {
        const auto utf16 = [](const QString &text) {
            QByteArray b("\xFF\xFE");
            b.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
            return b;
        };
        const QString envelope = QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?><S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            "<S:Body><S:Fault><faultcode>S:Server</faultcode><faultstring>Zürich €</faultstring></S:Fault></S:Body></S:Envelope>");
        const auto fault = wire::readS360SoapResponse<ops::GetContactData>(500, utf16(envelope));
        QCOMPARE(fault.error().kind, Kind::SoapFault);
        QCOMPARE(fault.error().message, QStringLiteral("Zürich €"));

        QString withDtd = envelope;
        withDtd.replace(QStringLiteral("?><S:"), QStringLiteral("?><!DOCTYPE S [<!ENTITY e \"x\">]><S:"));
        wire::SafeXmlReader dtd(utf16(withDtd));
        QCOMPARE(dtd.problem(), wire::SafeXmlReader::Problem::Dtd);

        wire::WireLimits limits;
        limits.maxXmlDepth = 3;
        wire::SafeXmlReader deep(utf16(envelope), limits);
        QCOMPARE(deep.problem(), wire::SafeXmlReader::Problem::TooDeep);
    }

    void depthLimitIsAParameter()
    {
        wire::WireLimits limits;
        limits.maxXmlDepth = 10;
        QVERIFY(wire::SafeXmlReader(deepSoap(8), limits).ok()); // 8 + Envelope + Body = 10
        wire::SafeXmlReader deeper(deepSoap(9), limits);
        QCOMPARE(deeper.problem(), wire::SafeXmlReader::Problem::TooDeep);
        QCOMPARE(deeper.error().kind, Kind::Parse);
    }

    // Every prefix of every fixture, and bodies with flipped bytes: an error or a result,
    // never a crash, never an error without a kind or a text.
    void noCrashOnDamagedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        const char *faults[] = {"s360-soap11-client-fault.xml", "s360-soap11-server-fault.xml", "asmx-soap11-fault.xml",
                                "asmx-soap12-fault.xml",        "s360-status-invalid.xml",      "rest-status-invalid.json",
                                "symphony-token-response.xml",  "rest-404.json"};
        for (const char *name : faults)
            QTest::newRow(name) << fixture(name);
        QTest::newRow("getContactData.soap-response.xml") << s360Fixture("getContactData.soap-response.xml");
        QTest::newRow("getContactData.rest-response.json") << s360Fixture("getContactData.rest-response.json");
    }

    void noCrashOnDamagedBodies()
    {
        QFETCH(QByteArray, body);
        const Binding bindings[] = {Binding::S360Soap, Binding::S360Rest, Binding::SymphonySoap11,
                                    Binding::SymphonySoap12, Binding::SymphonyPlain};
        const int statuses[] = {200, 500};
        int reads = 0;
        const auto readAll = [&](const QByteArray &b) {
            for (Binding binding : bindings) {
                for (int status : statuses) {
                    const ApiError e = readWith(binding, status, b, {});
                    ++reads;
                    if (e.isError())
                        QVERIFY2(!e.message.isEmpty(), qPrintable(ApiError::kindName(e.kind)));
                }
            }
        };
        const qsizetype step = std::max<qsizetype>(1, body.size() / 97);
        for (qsizetype n = 0; n < body.size(); n += step)
            readAll(body.left(n));
        QRandomGenerator random(20261123);
        for (int round = 0; round < 60; ++round) {
            QByteArray damaged = body;
            for (int flips = 0; flips < 3; ++flips)
                damaged[random.bounded(int(damaged.size()))] = char(random.bounded(256));
            readAll(damaged);
        }
        QVERIFY(reads > 100);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
