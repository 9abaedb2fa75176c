// The wire limits of issue 6, on every reader: a body over the size cap, XML nested 100,000
// deep, 1 MB values and invalid UTF-8 are refused with a clear error (or, for a 1 MB value
// under the cap, read whole), never a crash, within a time bound. (The slow-loris server is a
// transport matter: tests/unit/transport, slowLorisHitsTheDeadline.)
#include "contract/Operations.h"
#include "wire/Wire.h"

#include <QElapsedTimer>
#include <QTest>

using namespace contactdesk;
using Kind = ApiError::Kind;

namespace {

// Generous enough for a Debug build under ASan; a reader that walks a refused body is far slower.
constexpr qint64 timeBoundMs = 5000;
// A refusal says what is wrong; it never echoes the body back.
constexpr qsizetype clearMessageMaxChars = 1024;
constexpr qsizetype oneMegabyte = 1024 * 1024;
constexpr int deepLevels = 100000;

enum class Reader {
    S360Soap,          // readS360SoapResponse<GetContactData>
    S360Rest,          // readS360RestResponse<GetContactData>
    RestErrorBody,     // readRestErrorBody
    SymphonySoap,      // readSymphonySoapResponse<GenerateTokenForContact>, SOAP 1.2
    SymphonyPlain,     // readSymphonyPlainResponse<GenerateTokenForContact>
    SoapRequestHead,   // readSoapRequestHead
    SoapRequestParams, // readSoapRequestParams<GetContactDataParams>
    RestRequestParams, // readRestRequestParams<GetContactDataParams>
};

QByteArray ns(Service service)
{
    return serviceInfo(service).soapNamespace;
}

// <ContactDataResult> of getContactData, in a SOAP 1.1 answer.
QByteArray s360Answer(const QByteArray &fields)
{
    return "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>"
           "<ns2:getContactDataResponse xmlns:ns2=\"" + ns(Service::ContactInformation) + "\"><ContactDataResult>"
        + fields + "</ContactDataResult></ns2:getContactDataResponse></S:Body></S:Envelope>";
}

QByteArray s360Fields(const QByteArray &firstName, const QByteArray &contactId = "42")
{
    return "<requestId>1</requestId><statusCode>success</statusCode><contactId>" + contactId
        + "</contactId><contactNumber>333</contactNumber><individualContact><individualFirstName>" + firstName
        + "</individualFirstName></individualContact>";
}

QByteArray symphonyAnswer(const QByteArray &fields)
{
    return "<soap:Envelope xmlns:soap=\"http://www.w3.org/2003/05/soap-envelope\"><soap:Body>"
           "<GenerateTokenForContactResponse xmlns=\"" + ns(Service::Symphony) + "\"><GenerateTokenForContactResult>"
        + fields + "</GenerateTokenForContactResult></GenerateTokenForContactResponse></soap:Body></soap:Envelope>";
}

QByteArray plainAnswer(const QByteArray &fields)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><ContactTokenResponse xmlns=\"" + ns(Service::Symphony) + "\">"
        + fields + "</ContactTokenResponse>";
}

QByteArray soapFault(const QByteArray &text)
{
    return "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>"
           "<faultcode>S:Server</faultcode><faultstring>" + text + "</faultstring></S:Fault></S:Body></S:Envelope>";
}

QByteArray s360Request(const QByteArray &params)
{
    return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:v2=\""
        + ns(Service::ContactInformation) + "\"><soapenv:Body><v2:getContactData>" + params
        + "</v2:getContactData></soapenv:Body></soapenv:Envelope>";
}

QByteArray jsonAnswer(const QByteArray &firstName, const QByteArray &contactId = "42")
{
    return "{\"requestId\":1,\"statusCode\":\"success\",\"contactId\":" + contactId
        + ",\"contactNumber\":\"333\",\"individualContact\":{\"individualFirstName\":\"" + firstName + "\"}}";
}

QByteArray nested(int levels, const QByteArray &open, const QByteArray &close)
{
    return open.repeated(levels) + close.repeated(levels);
}

// A sound body padded with trailing whitespace (allowed after the root) to one byte over the cap.
QByteArray overTheCap(const QByteArray &sound)
{
    const qsizetype cap = wire::WireLimits{}.maxBytes;
    return sound + QByteArray(cap + 1 - sound.size(), ' ');
}

template <class T> ApiError errorOf(const Result<T> &r)
{
    return r.ok() ? ApiError{} : r.error();
}

ApiError readWith(Reader reader, int status, const QByteArray &body)
{
    switch (reader) {
    case Reader::S360Soap: return errorOf(wire::readS360SoapResponse<ops::GetContactData>(status, body));
    case Reader::S360Rest: return errorOf(wire::readS360RestResponse<ops::GetContactData>(status, body));
    case Reader::RestErrorBody: return wire::readRestErrorBody(status, body);
    case Reader::SymphonySoap:
        return errorOf(wire::readSymphonySoapResponse<ops::GenerateTokenForContact>(wire::SoapVersion::V12, status, body));
    case Reader::SymphonyPlain: return errorOf(wire::readSymphonyPlainResponse<ops::GenerateTokenForContact>(status, body));
    case Reader::SoapRequestHead: return errorOf(wire::readSoapRequestHead(body));
    case Reader::SoapRequestParams: return errorOf(wire::readSoapRequestParams<dto::GetContactDataParams>(body));
    case Reader::RestRequestParams: return errorOf(wire::readRestRequestParams<dto::GetContactDataParams>(body));
    }
    return {};
}

} // namespace

class TestLimits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Every row is refused: the kind, a part of the message, no echo of the body, in time.
    void refusedWithClearError_data()
    {
        QTest::addColumn<int>("reader");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QString>("field");
        const auto row = [](const char *name, Reader reader, int status, const QByteArray &body, Kind kind,
                            const char *part, const char *field = "") {
            QTest::newRow(name) << int(reader) << status << body << int(kind) << QString::fromUtf8(part)
                                << QString::fromLatin1(field);
        };

        // Over the size cap (the default, 64 MiB): refused unread, whatever the body holds.
        const QByteArray bigXml = overTheCap(s360Answer(s360Fields("Zoe")));
        const QByteArray bigJson = overTheCap(jsonAnswer("Zoe"));
        row("cap: S-360 SOAP", Reader::S360Soap, 200, bigXml, Kind::TooLarge, "over the limit");
        row("cap: S-360 SOAP, HTTP 500", Reader::S360Soap, 500, bigXml, Kind::TooLarge, "over the limit");
        row("cap: Symphony SOAP", Reader::SymphonySoap, 200, bigXml, Kind::TooLarge, "over the limit");
        row("cap: ASMX plain", Reader::SymphonyPlain, 200, bigXml, Kind::TooLarge, "over the limit");
        row("cap: ASMX plain error", Reader::SymphonyPlain, 500, bigXml, Kind::TooLarge, "over the limit");
        row("cap: SOAP request head", Reader::SoapRequestHead, 0, bigXml, Kind::TooLarge, "over the limit");
        row("cap: SOAP request params", Reader::SoapRequestParams, 0, bigXml, Kind::TooLarge, "over the limit");
        row("cap: REST", Reader::S360Rest, 200, bigJson, Kind::TooLarge, "over the limit");
        row("cap: REST error body", Reader::RestErrorBody, 500, bigJson, Kind::TooLarge, "over the limit");
        row("cap: REST request params", Reader::RestRequestParams, 0, bigJson, Kind::TooLarge, "over the limit");

        // 100,000 levels of nesting: refused at the depth limit, long before the end.
        const QByteArray deep = nested(deepLevels, "<a>", "</a>");
        const QByteArray deepInField = s360Fields(nested(deepLevels, "<b>", "</b>"));
        row("deep: S-360 SOAP", Reader::S360Soap, 200, s360Answer(deep), Kind::Parse, "nested deeper than");
        row("deep: S-360 SOAP inside a field", Reader::S360Soap, 200, s360Answer(deepInField), Kind::Parse,
            "nested deeper than");
        row("deep: S-360 SOAP, HTTP 500", Reader::S360Soap, 500, s360Answer(deep), Kind::Parse, "nested deeper than");
        row("deep: Symphony SOAP", Reader::SymphonySoap, 200, symphonyAnswer(deep), Kind::Parse, "nested deeper than");
        row("deep: ASMX plain", Reader::SymphonyPlain, 200, plainAnswer(deep), Kind::Parse, "nested deeper than");
        row("deep: fault", Reader::S360Soap, 500, soapFault(deep), Kind::Parse, "nested deeper than");
        row("deep: SOAP request head", Reader::SoapRequestHead, 0, s360Request(deep), Kind::Parse, "nested deeper than");
        row("deep: SOAP request params", Reader::SoapRequestParams, 0, s360Request(deep), Kind::Parse,
            "nested deeper than");
        row("deep: bare elements", Reader::S360Soap, 200, deep, Kind::Parse, "nested deeper than");
        const QByteArray deepJson = jsonAnswer("Zoe", nested(deepLevels, "[", "]"));
        row("deep: REST", Reader::S360Rest, 200, deepJson, Kind::Parse, "JSON is not valid");
        row("deep: REST objects", Reader::S360Rest, 200, nested(deepLevels, "{\"a\":", "}"), Kind::Parse,
            "JSON is not valid");
        row("deep: REST error body", Reader::RestErrorBody, 500, deepJson, Kind::Http, "not a JSON error");
        row("deep: REST request params", Reader::RestRequestParams, 0, deepJson, Kind::Parse, "JSON is not valid");

        // A 1 MB value where a number is expected: the field is named, the value not echoed whole.
        const QByteArray megaDigits(oneMegabyte, '7');
        row("1 MB integer: S-360 SOAP", Reader::S360Soap, 200, s360Answer(s360Fields("Zoe", megaDigits)), Kind::Parse,
            "is not an integer", "contactId");
        row("1 MB number: S-360 REST", Reader::S360Rest, 200, jsonAnswer("Zoe", megaDigits), Kind::Parse,
            "illegal number");
        row("1 MB integer as a string: S-360 REST", Reader::S360Rest, 200, jsonAnswer("Zoe", '"' + megaDigits + '"'),
            Kind::Parse, "is not an integer", "contactId");
        row("1 MB integer: Symphony SOAP", Reader::SymphonySoap, 200,
            symphonyAnswer("<ContactId>" + megaDigits + "</ContactId>"), Kind::Parse, "is not an integer", "ContactId");
        row("1 MB integer: ASMX plain", Reader::SymphonyPlain, 200,
            plainAnswer("<ContactId>" + megaDigits + "</ContactId>"), Kind::Parse, "is not an integer", "ContactId");
        // A 1 MB element name (Qt reads names up to 4096 characters): not well-formed.
        const QByteArray megaName(oneMegabyte, 'n');
        row("1 MB element name: S-360 SOAP", Reader::S360Soap, 200,
            s360Answer(s360Fields("Zoe") + "<" + megaName + ">1</" + megaName + ">"), Kind::Parse, "not well-formed");
        row("1 MB element name: SOAP request params", Reader::SoapRequestParams, 0,
            s360Request("<" + megaName + "/>"), Kind::Parse, "not well-formed");
        // A 1 MB one-line ASMX error: its text is cut to the first characters.
        row("1 MB ASMX plain error", Reader::SymphonyPlain, 500, QByteArray(oneMegabyte, 'e'), Kind::SoapFault, "eee...");

        // Invalid UTF-8 in XML: not well-formed, wherever it is.
        const QList<std::pair<const char *, QByteArray>> badUtf8 = {
            {"bad continuation", "\xC3\x28"},      {"overlong '/'", "\xC0\xAF"},
            {"UTF-16 surrogate", "\xED\xA0\x80"},  {"over U+10FFFF", "\xF4\x90\x80\x80"},
            {"byte 0xFF", "\xFF"},                 {"cut sequence", "\xE2\x82"},
        };
        for (const auto &[what, bytes] : badUtf8) {
            const auto name = [what = what](const char *where) { return QByteArray(where) + ", " + what; };
            row(name("UTF-8: S-360 SOAP field").constData(), Reader::S360Soap, 200, s360Answer(s360Fields("Zo" + bytes)),
                Kind::Parse, "");
            row(name("UTF-8: S-360 SOAP element name").constData(), Reader::S360Soap, 200,
                s360Answer(s360Fields("Zoe") + "<x" + bytes + ">1</x" + bytes + ">"), Kind::Parse, "");
            row(name("UTF-8: S-360 SOAP, after the result").constData(), Reader::S360Soap, 200,
                s360Answer(s360Fields("Zoe")) + "<!-- " + bytes + " -->", Kind::Parse, "");
            row(name("UTF-8: fault text").constData(), Reader::S360Soap, 500, soapFault("boom " + bytes), Kind::Http,
                "not XML");
            row(name("UTF-8: Symphony SOAP").constData(), Reader::SymphonySoap, 200,
                symphonyAnswer("<ContactEmail>a" + bytes + "@example.org</ContactEmail>"), Kind::Parse, "");
            row(name("UTF-8: ASMX plain").constData(), Reader::SymphonyPlain, 200,
                plainAnswer("<ContactEmail>a" + bytes + "@example.org</ContactEmail>"), Kind::Parse, "");
            row(name("UTF-8: SOAP request head").constData(), Reader::SoapRequestHead, 0,
                s360Request("<contactNumber>3" + bytes + "</contactNumber>"), Kind::Parse, "");
            row(name("UTF-8: SOAP request params").constData(), Reader::SoapRequestParams, 0,
                s360Request("<contactNumber>3" + bytes + "</contactNumber>"), Kind::Parse, "");
            row(name("UTF-8: REST").constData(), Reader::S360Rest, 200, jsonAnswer("Zo" + bytes), Kind::Parse,
                "JSON is not valid");
            row(name("UTF-8: REST request params").constData(), Reader::RestRequestParams, 0,
                "{\"contactNumber\":\"3" + bytes + "\"}", Kind::Parse, "JSON is not valid");
            row(name("UTF-8: REST error body").constData(), Reader::RestErrorBody, 500,
                "{\"error\":\"x" + bytes + "\",\"message\":\"m\"}", Kind::Http, "not a JSON error");
        }
    }

    void refusedWithClearError()
    {
        QFETCH(int, reader);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        QFETCH(QString, field);
        QElapsedTimer clock;
        clock.start();
        const ApiError e = readWith(Reader(reader), status, body);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(e.kind == Kind(kind), qPrintable(e.toString().left(300)));
        QVERIFY2(!e.message.trimmed().isEmpty(), qPrintable(e.toString()));
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.message.left(300)));
        QVERIFY2(e.message.size() <= clearMessageMaxChars, qPrintable(QString::number(e.message.size())));
        QCOMPARE(e.field, field);
        QCOMPARE(e.httpStatus, status);
        QVERIFY2(elapsed < timeBoundMs, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    }

    // A 1 MB text value under the cap is a value like any other: read whole, in time.
    void oneMegabyteStringsAreReadWhole()
    {
        const QString mega(oneMegabyte, u'\u00e9'); // 2 MB of UTF-8
        const QByteArray utf8 = mega.toUtf8();
        QElapsedTimer clock;
        clock.start();

        const auto soap = wire::readS360SoapResponse<ops::GetContactData>(200, s360Answer(s360Fields(utf8)));
        QVERIFY2(soap.ok(), qPrintable(soap.error().toString().left(300)));
        QVERIFY(soap->individualContact.has_value());
        QCOMPARE(soap->individualContact->individualFirstName, mega);

        const auto rest = wire::readS360RestResponse<ops::GetContactData>(200, jsonAnswer(utf8));
        QVERIFY2(rest.ok(), qPrintable(rest.error().toString().left(300)));
        QCOMPARE(rest->individualContact->individualFirstName, mega);

        const auto request =
            wire::readSoapRequestParams<dto::GetContactDataParams>(s360Request("<contactNumber>" + utf8 + "</contactNumber>"));
        QVERIFY2(request.ok(), qPrintable(request.error().toString().left(300)));
        QCOMPARE(request->contactNumber, mega);

        const auto restRequest = wire::readRestRequestParams<dto::GetContactDataParams>("{\"contactNumber\":\"" + utf8 + "\"}");
        QVERIFY2(restRequest.ok(), qPrintable(restRequest.error().toString().left(300)));
        QCOMPARE(restRequest->contactNumber, mega);

        // A 1 MB statusDetail and a 1 MB faultstring are the server's text: kept whole.
        const QByteArray failed = s360Answer("<statusCode>failed</statusCode><statusDetail>" + utf8 + "</statusDetail>");
        const ApiError status = readWith(Reader::S360Soap, 200, failed);
        QCOMPARE(status.kind, Kind::Status);
        QCOMPARE(status.message, mega);
        const ApiError fault = readWith(Reader::S360Soap, 500, soapFault(utf8));
        QCOMPARE(fault.kind, Kind::SoapFault);
        QCOMPARE(fault.message, mega);

        QVERIFY2(clock.elapsed() < timeBoundMs, qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
    }

    // A 1 MB attribute value on an unknown element is skipped with it.
    void oneMegabyteAttributeIsSkipped()
    {
        const QByteArray mega(oneMegabyte, 'n');
        const QByteArray body = s360Answer("<unknown note=\"" + mega + "\"/>" + s360Fields("Zoe"));
        QElapsedTimer clock;
        clock.start();
        const auto r = wire::readS360SoapResponse<ops::GetContactData>(200, body);
        QVERIFY2(r.ok(), qPrintable(r.error().toString().left(300)));
        QCOMPARE(r->contactNumber, QStringLiteral("333"));
        QVERIFY2(clock.elapsed() < timeBoundMs, qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
    }

    // Just under the cap is read (the limit is the cap, not less).
    void atTheCapIsRead()
    {
        const QByteArray sound = s360Answer(s360Fields("Zoe"));
        QByteArray atCap = overTheCap(sound);
        atCap.chop(1);
        QCOMPARE(atCap.size(), wire::WireLimits{}.maxBytes);
        const auto r = wire::readS360SoapResponse<ops::GetContactData>(200, atCap);
        QVERIFY2(r.ok(), qPrintable(r.error().toString().left(300)));
        QCOMPARE(r->individualContact->individualFirstName, QStringLiteral("Zoe"));
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
