// The Symphony ASMX wire (CONTRACT.md 2) against the hand-written fixtures of tests/data/symphony:
// our writers compared semantically with the request fixtures, our readers on the response and
// fault fixtures, and the sandbox side (request readers, response and fault writers) both ways.
// The authentication values come from auth::SymphonySigner at the fixtures' fixed time, so the
// openssl-computed signatures in the fixtures check the signer as well.
#include "XmlCompare.h"
#include "auth/SymphonySignature.h"
#include "auth/SymphonySignatureVerifier.h"
#include "wire/Wire.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace contactdesk;
using wire::SoapVersion;

Q_DECLARE_METATYPE(wire::SoapVersion)
Q_DECLARE_METATYPE(wire::FaultSide)

namespace {

const QString apiKey = QStringLiteral("CD-SANDBOX-KEY-0002");
const QByteArray apiSecret = "symphony-api-secret-for-tests";
const QDateTime fixtureTime(QDate(2026, 11, 23), QTime(10, 15), Qt::UTC);
const QString generateName = QStringLiteral("GenerateTokenForContact");
const QString verifyName = QStringLiteral("VerifyTokenForContact");

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CONTACTDESK_TEST_DATA_DIR "/symphony/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QString versionTag(SoapVersion version)
{
    return version == SoapVersion::V11 ? QStringLiteral("soap11") : QStringLiteral("soap12");
}

wire::SymphonyAuthValues signedAt(const QString &operation)
{
    return auth::SymphonySigner(apiKey, apiSecret, auth::fixedClock(fixtureTime)).sign(operation);
}

dto::GenerateTokenForContactParams generateParams()
{
    dto::GenerateTokenForContactParams p;
    p.tokenType = QStringLiteral("ContactRegistration");
    p.contactId = 4711;
    p.isSingleUse = true;
    return p;
}

dto::VerifyTokenForContactParams verifyParams()
{
    dto::VerifyTokenForContactParams p;
    p.tokenType = QStringLiteral("ContactRegistration");
    p.token = QStringLiteral("kq3V-xY_8tL0pQ2wRn5sZg");
    p.consume = true;
    return p;
}

dto::ContactTokenResult expectedResult(const QString &operation)
{
    dto::ContactTokenResult r;
    if (operation == generateName) {
        r.contactId = 4711;
        r.contactEmail = QStringLiteral("anna.muster@example.ch");
    } else {
        r.contactId = 4712;
        r.contactEmail = QStringLiteral("zoë.müller@example.ch");
    }
    return r;
}

// Form decoding, as an ASMX server reads a query or an urlencoded body: split on '&' and the
// first '=', '+' is a space, then percent-decoding. Sorted: the order of pairs carries no meaning.
QList<QPair<QString, QString>> formDecode(QByteArray text)
{
    text = text.trimmed();
    QList<QPair<QString, QString>> pairs;
    for (const QByteArray &pair : text.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        auto decode = [](QByteArray part) { return QString::fromUtf8(QByteArray::fromPercentEncoding(part.replace('+', ' '))); };
        pairs.append({decode(pair.left(eq)), decode(eq < 0 ? QByteArray() : pair.mid(eq + 1))});
    }
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

QByteArray writeSoapRequest(const QString &operation, SoapVersion version)
{
    if (operation == generateName)
        return wire::writeSymphonySoapRequest<ops::GenerateTokenForContact>(version, generateParams(), signedAt(operation));
    return wire::writeSymphonySoapRequest<ops::VerifyTokenForContact>(version, verifyParams(), signedAt(operation));
}

QUrlQuery writeQuery(const QString &operation)
{
    if (operation == generateName)
        return wire::symphonyQuery<ops::GenerateTokenForContact>(generateParams(), signedAt(operation));
    return wire::symphonyQuery<ops::VerifyTokenForContact>(verifyParams(), signedAt(operation));
}

Result<dto::ContactTokenResult> readSoap(const QString &operation, SoapVersion version, int status, const QByteArray &body)
{
    if (operation == generateName)
        return wire::readSymphonySoapResponse<ops::GenerateTokenForContact>(version, status, body);
    return wire::readSymphonySoapResponse<ops::VerifyTokenForContact>(version, status, body);
}

Result<dto::ContactTokenResult> readPlain(const QString &operation, int status, const QByteArray &body)
{
    if (operation == generateName)
        return wire::readSymphonyPlainResponse<ops::GenerateTokenForContact>(status, body);
    return wire::readSymphonyPlainResponse<ops::VerifyTokenForContact>(status, body);
}

QByteArray writeSoapResponse(const QString &operation, SoapVersion version)
{
    if (operation == generateName)
        return wire::writeSymphonySoapResponse<ops::GenerateTokenForContact>(version, expectedResult(operation));
    return wire::writeSymphonySoapResponse<ops::VerifyTokenForContact>(version, expectedResult(operation));
}

void addOperationVersionRows()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<SoapVersion>("version");
    for (const QString &op : {generateName, verifyName})
        for (SoapVersion v : {SoapVersion::V11, SoapVersion::V12})
            QTest::addRow("%s %s", qPrintable(op), qPrintable(versionTag(v))) << op << v;
}

void addOperationBindingRows()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("binding");
    for (const QString &op : {generateName, verifyName})
        for (const QString &binding : {QStringLiteral("get"), QStringLiteral("post")})
            QTest::addRow("%s %s", qPrintable(op), qPrintable(binding)) << op << binding;
}

} // namespace

class TestSymphonyWire : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // ---- client side: requests ----

    void soapRequestMatchesFixture_data() { addOperationVersionRows(); }
    void soapRequestMatchesFixture()
    {
        QFETCH(QString, operation);
        QFETCH(SoapVersion, version);
        const QByteArray actual = writeSoapRequest(operation, version);
        const QByteArray expected = fixture(operation + u'.' + versionTag(version) + QStringLiteral("-request.xml"));
        CONTACTDESK_COMPARE_XML(actual, expected);
    }

    void queryMatchesFixture_data() { addOperationBindingRows(); }
    void queryMatchesFixture()
    {
        QFETCH(QString, operation);
        QFETCH(QString, binding);
        // A GET sends this as its query, a POST as its urlencoded body: the same bytes.
        const QByteArray actual = writeQuery(operation).toString(QUrl::FullyEncoded).toUtf8();
        const QByteArray expected = fixture(operation + u'.' + binding + QStringLiteral("-request.txt"));
        QCOMPARE(formDecode(actual), formDecode(expected));
        // The signatures hold '+': it must travel encoded, or a server reads a space.
        QVERIFY(!actual.contains('+'));
        QVERIFY(actual.contains("%2B"));
    }

    // ---- client side: responses and faults ----

    void readsSoapResponse_data() { addOperationVersionRows(); }
    void readsSoapResponse()
    {
        QFETCH(QString, operation);
        QFETCH(SoapVersion, version);
        const auto result = readSoap(operation, version, 200,
                                     fixture(operation + u'.' + versionTag(version) + QStringLiteral("-response.xml")));
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        const dto::ContactTokenResult expected = expectedResult(operation);
        QCOMPARE(result->contactId, expected.contactId);
        QCOMPARE(result->contactEmail, expected.contactEmail);
    }

    void readsSoapResponseOfOtherOperationAsError()
    {
        // A GenerateTokenForContact answer read as VerifyTokenForContact: wrong wrapper, no value.
        const auto result = readSoap(verifyName, SoapVersion::V11, 200,
                                     fixture(QStringLiteral("GenerateTokenForContact.soap11-response.xml")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::Parse);
    }

    void readsPlainResponse_data() { addOperationBindingRows(); }
    void readsPlainResponse()
    {
        QFETCH(QString, operation);
        QFETCH(QString, binding);
        const auto result = readPlain(operation, 200, fixture(operation + u'.' + binding + QStringLiteral("-response.xml")));
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        const dto::ContactTokenResult expected = expectedResult(operation);
        QCOMPARE(result->contactId, expected.contactId);
        QCOMPARE(result->contactEmail, expected.contactEmail);
    }

    void readsSoapFault_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<SoapVersion>("version");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QString invalid = QStringLiteral("Invalid or expired token.");
        const QString unknown = QStringLiteral("Unknown contact.");
        const QString server = QStringLiteral("Server was unable to process request.");
        QTest::newRow("invalid token 1.1") << QStringLiteral("fault-invalid-token.soap11-response.xml") << verifyName
                                           << SoapVersion::V11 << QStringLiteral("Client") << invalid;
        QTest::newRow("invalid token 1.2") << QStringLiteral("fault-invalid-token.soap12-response.xml") << verifyName
                                           << SoapVersion::V12 << QStringLiteral("Sender") << invalid;
        QTest::newRow("unknown contact 1.1") << QStringLiteral("fault-unknown-contact.soap11-response.xml")
                                             << generateName << SoapVersion::V11 << QStringLiteral("Client") << unknown;
        QTest::newRow("unknown contact 1.2") << QStringLiteral("fault-unknown-contact.soap12-response.xml")
                                             << generateName << SoapVersion::V12 << QStringLiteral("Sender") << unknown;
        QTest::newRow("server 1.1") << QStringLiteral("fault-server.soap11-response.xml") << generateName
                                    << SoapVersion::V11 << QStringLiteral("Server") << server;
        QTest::newRow("server 1.2") << QStringLiteral("fault-server.soap12-response.xml") << verifyName
                                    << SoapVersion::V12 << QStringLiteral("Receiver") << server;
    }
    void readsSoapFault()
    {
        QFETCH(QString, file);
        QFETCH(QString, operation);
        QFETCH(SoapVersion, version);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const auto result = readSoap(operation, version, 500, fixture(file));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::SoapFault);
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().message, message);
        QCOMPARE(result.error().httpStatus, 500);
    }

    void readsPlainError_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid token") << QStringLiteral("fault-invalid-token.plain-response.txt") << verifyName
                                       << QStringLiteral("Invalid or expired token.");
        QTest::newRow("unknown contact") << QStringLiteral("fault-unknown-contact.plain-response.txt") << generateName
                                         << QStringLiteral("Unknown contact.");
    }
    void readsPlainError()
    {
        QFETCH(QString, file);
        QFETCH(QString, operation);
        QFETCH(QString, message);
        const auto result = readPlain(operation, 500, fixture(file));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::SoapFault);
        QCOMPARE(result.error().message, message);
        QCOMPARE(result.error().httpStatus, 500);
    }

    // HTTP 509 or 429 is Kind::RateLimited even when the body is a readable SOAP fault or an
    // ASMX plain-text error: the status wins (the fault code and text are kept).
    void rateLimitStatusWins_data()
    {
        QTest::addColumn<QString>("binding"); // soap11, soap12, plain
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        const int rateLimited = int(ApiError::Kind::RateLimited);
        for (const int status : {509, 429}) {
            const QByteArray st = QByteArray::number(status);
            QTest::addRow("soap11 %s fault", st.constData()) << QStringLiteral("soap11") << status
                << QStringLiteral("fault-server.soap11-response.xml") << rateLimited << QStringLiteral("Server");
            QTest::addRow("soap12 %s fault", st.constData()) << QStringLiteral("soap12") << status
                << QStringLiteral("fault-server.soap12-response.xml") << rateLimited << QStringLiteral("Receiver");
            QTest::addRow("plain %s text error", st.constData()) << QStringLiteral("plain") << status
                << QStringLiteral("fault-unknown-contact.plain-response.txt") << rateLimited << QString();
            QTest::addRow("plain %s soap fault", st.constData()) << QStringLiteral("plain") << status
                << QStringLiteral("fault-server.soap11-response.xml") << rateLimited << QStringLiteral("Server");
        }
        QTest::newRow("soap11 500 fault") << QStringLiteral("soap11") << 500 << QStringLiteral("fault-server.soap11-response.xml")
                                          << int(ApiError::Kind::SoapFault) << QStringLiteral("Server");
        QTest::newRow("plain 500 text error") << QStringLiteral("plain") << 500
                                              << QStringLiteral("fault-unknown-contact.plain-response.txt")
                                              << int(ApiError::Kind::SoapFault) << QString();
    }
    void rateLimitStatusWins()
    {
        QFETCH(QString, binding);
        QFETCH(int, status);
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(QString, code);
        const QByteArray body = fixture(file);
        const auto result = binding == QStringLiteral("plain") ? readPlain(generateName, status, body)
                                                    : readSoap(generateName, binding == QStringLiteral("soap11") ? SoapVersion::V11 : SoapVersion::V12,
                                                               status, body);
        QVERIFY(!result.ok());
        QCOMPARE(ApiError::kindName(result.error().kind), ApiError::kindName(ApiError::Kind(kind)));
        QCOMPARE(result.error().httpStatus, status);
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.isEmpty());
    }

    // ---- server side (the sandbox) ----

    void serverReadsSoapRequest_data() { addOperationVersionRows(); }
    void serverReadsSoapRequest()
    {
        QFETCH(QString, operation);
        QFETCH(SoapVersion, version);
        const QByteArray body = fixture(operation + u'.' + versionTag(version) + QStringLiteral("-request.xml"));
        const auto head = wire::readSoapRequestHead(body);
        QVERIFY2(head.ok(), qPrintable(head.error().toString()));
        QCOMPARE(head->version, version);
        QCOMPARE(head->operation, operation);
        QCOMPARE(head->operationNamespace, QStringLiteral("https://developer.sym-online.com/API/1_0/SOAP/"));
        QVERIFY(!head->wsse);
        QVERIFY(head->symphonyAuth);
        expectFixtureAuth(*head->symphonyAuth, operation);

        if (operation == generateName) {
            const auto params = wire::readSoapRequestParams<dto::GenerateTokenForContactParams>(body);
            QVERIFY2(params.ok(), qPrintable(params.error().toString()));
            QCOMPARE(params->tokenType, generateParams().tokenType);
            QCOMPARE(params->contactId, generateParams().contactId);
            QCOMPARE(params->isSingleUse, generateParams().isSingleUse);
        } else {
            const auto params = wire::readSoapRequestParams<dto::VerifyTokenForContactParams>(body);
            QVERIFY2(params.ok(), qPrintable(params.error().toString()));
            QCOMPARE(params->tokenType, verifyParams().tokenType);
            QCOMPARE(params->token, verifyParams().token);
            QCOMPARE(params->consume, verifyParams().consume);
        }
    }

    void serverReadsQuery_data() { addOperationBindingRows(); }
    void serverReadsQuery()
    {
        QFETCH(QString, operation);
        QFETCH(QString, binding);
        const QUrlQuery pairs(QString::fromUtf8(fixture(operation + u'.' + binding + QStringLiteral("-request.txt")).trimmed()));
        expectFixtureAuth(wire::symphonyAuthFromQuery(pairs), operation);
        if (operation == generateName) {
            const auto params = wire::readSymphonyQueryParams<dto::GenerateTokenForContactParams>(pairs);
            QVERIFY2(params.ok(), qPrintable(params.error().toString()));
            QCOMPARE(params->tokenType, generateParams().tokenType);
            QCOMPARE(params->contactId, generateParams().contactId);
            QCOMPARE(params->isSingleUse, generateParams().isSingleUse);
        } else {
            const auto params = wire::readSymphonyQueryParams<dto::VerifyTokenForContactParams>(pairs);
            QVERIFY2(params.ok(), qPrintable(params.error().toString()));
            QCOMPARE(params->tokenType, verifyParams().tokenType);
            QCOMPARE(params->token, verifyParams().token);
            QCOMPARE(params->consume, verifyParams().consume);
        }
    }

    void serverWritesSoapResponse_data() { addOperationVersionRows(); }
    void serverWritesSoapResponse()
    {
        QFETCH(QString, operation);
        QFETCH(SoapVersion, version);
        const QByteArray expected = fixture(operation + u'.' + versionTag(version) + QStringLiteral("-response.xml"));
        CONTACTDESK_COMPARE_XML(writeSoapResponse(operation, version), expected);
    }

    void serverWritesPlainResponse_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("generate") << generateName;
        QTest::newRow("verify") << verifyName;
    }
    void serverWritesPlainResponse()
    {
        QFETCH(QString, operation);
        CONTACTDESK_COMPARE_XML(wire::writeSymphonyPlainResponse(expectedResult(operation)),
                                fixture(operation + QStringLiteral(".get-response.xml")));
    }

    void serverWritesFault_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<SoapVersion>("version");
        QTest::addColumn<wire::FaultSide>("side");
        QTest::addColumn<QString>("text");
        const QString invalid = QStringLiteral("Invalid or expired token.");
        const QString unknown = QStringLiteral("Unknown contact.");
        const QString server = QStringLiteral("Server was unable to process request.");
        const auto client = wire::FaultSide::Client;
        QTest::newRow("invalid token 1.1") << QStringLiteral("fault-invalid-token.soap11-response.xml")
                                           << SoapVersion::V11 << client << invalid;
        QTest::newRow("invalid token 1.2") << QStringLiteral("fault-invalid-token.soap12-response.xml")
                                           << SoapVersion::V12 << client << invalid;
        QTest::newRow("unknown contact 1.1") << QStringLiteral("fault-unknown-contact.soap11-response.xml")
                                             << SoapVersion::V11 << client << unknown;
        QTest::newRow("unknown contact 1.2") << QStringLiteral("fault-unknown-contact.soap12-response.xml")
                                             << SoapVersion::V12 << client << unknown;
        QTest::newRow("server 1.1") << QStringLiteral("fault-server.soap11-response.xml") << SoapVersion::V11
                                    << wire::FaultSide::Server << server;
        QTest::newRow("server 1.2") << QStringLiteral("fault-server.soap12-response.xml") << SoapVersion::V12
                                    << wire::FaultSide::Server << server;
    }
    void serverWritesFault()
    {
        QFETCH(QString, file);
        QFETCH(SoapVersion, version);
        QFETCH(wire::FaultSide, side);
        QFETCH(QString, text);
        CONTACTDESK_COMPARE_XML(wire::writeAsmxSoapFault(version, side, text), fixture(file));
    }

    void serverWritesPlainError()
    {
        QCOMPARE(wire::writeAsmxPlainError(QStringLiteral("Unknown contact.")).trimmed(),
                 fixture(QStringLiteral("fault-unknown-contact.plain-response.txt")).trimmed());
    }

private:
    // The header values read back equal what the signer produced, and pass the sandbox's check.
    static void expectFixtureAuth(const wire::SymphonyAuthValues &got, const QString &operation)
    {
        const wire::SymphonyAuthValues want = signedAt(operation);
        QCOMPARE(got.apiKey, want.apiKey);
        QCOMPARE(got.timestamp, want.timestamp);
        QCOMPARE(got.operation, want.operation);
        QCOMPARE(got.signature, want.signature);
        const auth::SymphonySignatureVerifier verifier(
            [](const QString &key) { return key == apiKey ? std::optional(apiSecret) : std::nullopt; },
            auth::fixedClock(fixtureTime.addSecs(120)));
        QCOMPARE(verifier.verify(got, operation), auth::SymphonyRejection::None);
    }
};

QTEST_GUILESS_MAIN(TestSymphonyWire)
#include "tst_symphonywire.moc"
