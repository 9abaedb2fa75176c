// The S-360 wire (SOAP 1.1 and REST) against hand-written fixtures (tests/data/s360/),
// written from CONTRACT.md and never produced by our own writer:
//  - requests: the typed parameters of each operation must serialize to the fixture,
//    compared semantically (XmlCompare / JsonCompare);
//  - responses: each fixture, as a vendor server would answer it (other prefixes, fields
//    out of order, unknown elements and enum values), must read back field by field;
//  - failures: a statusCode other than "success" becomes ApiError{Kind::Status}.

#include "JsonCompare.h"
#include "S360Values.h"
#include "TestData.h"
#include "XmlCompare.h"

#include "wire/Wire.h"

#include <QTest>

#include <functional>

using namespace contactdesk;
using namespace contactdesk::test;
using namespace Qt::StringLiterals;

namespace {

wire::WsseUsernameToken operatorToken()
{
    return {u"MOSA_B2C"_s, u"s3cret-Operator!"_s};
}

ApiError errorOf(const auto &result)
{
    return result.ok() ? ApiError{} : result.error();
}

// One operation, type-erased so that the tests can be data-driven over all of them.
struct OperationCase {
    QString method; // wire name, also the fixture file stem
    std::function<QByteArray()> writeSoapRequest;
    std::function<QByteArray()> writeRestRequest;
    std::function<void(const QByteArray &)> checkSoapResponse; // QVERIFY/QCOMPARE inside
    std::function<void(const QByteArray &)> checkRestResponse;
    std::function<ApiError(int, const QByteArray &)> soapError; // the error a read ends with
    std::function<ApiError(int, const QByteArray &)> restError;
};

template <class Op> OperationCase makeCase()
{
    OperationCase c;
    c.method = QString::fromLatin1(Op::info.name);
    c.writeSoapRequest = [] { return wire::writeS360SoapRequest<Op>(Values<Op>::params(), operatorToken()); };
    c.writeRestRequest = [] { return wire::writeS360RestRequest<Op>(Values<Op>::params()); };
    c.checkSoapResponse = [](const QByteArray &body) {
        const Result<typename Op::Result> r = wire::readS360SoapResponse<Op>(200, body);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        Values<Op>::verify(r.value());
    };
    c.checkRestResponse = [](const QByteArray &body) {
        const Result<typename Op::Result> r = wire::readS360RestResponse<Op>(200, body);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        Values<Op>::verify(r.value());
    };
    c.soapError = [](int status, const QByteArray &body) { return errorOf(wire::readS360SoapResponse<Op>(status, body)); };
    c.restError = [](int status, const QByteArray &body) { return errorOf(wire::readS360RestResponse<Op>(status, body)); };
    return c;
}

const QList<OperationCase> &operationCases()
{
    static const QList<OperationCase> cases{
        makeCase<ops::GetContactData>(),
        makeCase<ops::SearchContactByCriteria>(),
        makeCase<ops::SaveIndividualContactData>(),
        makeCase<ops::SaveStructureContactData>(),
        makeCase<ops::SaveStructureAdministrativeNumbers>(),
        makeCase<ops::SaveStructureMember>(),
        makeCase<ops::DeleteStructureMember>(),
        makeCase<ops::ListStructureMembersByCriteria>(),
        makeCase<ops::GetStructureTypes>(),
        makeCase<ops::GetAvailableContactCriteria>(),
        makeCase<ops::GetAvailableAuthorizations>(),
        makeCase<ops::GetAvailableAdministrativeNumbers>(),
        makeCase<ops::Authenticate>(),
        makeCase<ops::RecoverPassword>(),
        makeCase<ops::ChangePassword>(),
        makeCase<ops::ListAuthorizedPos>(),
        makeCase<ops::AddLink>(),
        makeCase<ops::CreateUser>(),
    };
    return cases;
}

const OperationCase *findCase(const QString &method)
{
    for (const OperationCase &c : operationCases())
        if (c.method == method)
            return &c;
    return nullptr;
}

QByteArray fixture(const QString &name)
{
    return readTestData(u"s360/"_s + name);
}

void addOperationRows()
{
    QTest::addColumn<QString>("method");
    for (const OperationCase &c : operationCases())
        QTest::newRow(qPrintable(c.method)) << c.method;
}

} // namespace

class TestS360Wire : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyOperationHasItsFixtures()
    {
        QCOMPARE(operationCases().size(), 18);
        QStringList seen;
        for (const OperationCase &c : operationCases()) {
            QVERIFY2(!seen.contains(c.method), qPrintable(c.method));
            seen.append(c.method);
            for (const char *suffix : {".soap-request.xml", ".rest-request.json", ".soap-response.xml", ".rest-response.json"}) {
                const QString name = c.method + QLatin1StringView(suffix);
                const QByteArray bytes = fixture(name);
                QVERIFY2(!bytes.isEmpty(), qPrintable(u"missing or empty fixture "_s + name));
            }
        }
    }

    // (a) typed parameters -> request bytes, compared with the hand-written request.
    void soapRequest_data() { addOperationRows(); }
    void soapRequest()
    {
        QFETCH(QString, method);
        const OperationCase *c = findCase(method);
        QVERIFY(c);
        const QByteArray expected = fixture(method + u".soap-request.xml"_s);
        QVERIFY(!expected.isEmpty());
        const QByteArray actual = c->writeSoapRequest();
        // The element order of the contract (the WSDL sequence) counts: exact sibling order.
        const QString diff = xmlDifference(expected, actual);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void restRequest_data() { addOperationRows(); }
    void restRequest()
    {
        QFETCH(QString, method);
        const OperationCase *c = findCase(method);
        QVERIFY(c);
        const QByteArray expected = fixture(method + u".rest-request.json"_s);
        QVERIFY(!expected.isEmpty());
        const QByteArray actual = c->writeRestRequest();
        const QString diff = jsonDifference(expected, actual);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // The comparison is not blind: a leading zero lost, or a value changed, is caught.
    void requestComparisonCatchesAChange()
    {
        dto::GetContactDataParams p = Values<ops::GetContactData>::params();
        p.contactNumber = u"4711"_s;
        const QString soapDiff = xmlDifference(fixture(u"getContactData.soap-request.xml"_s),
                                               wire::writeS360SoapRequest<ops::GetContactData>(p, operatorToken()));
        QVERIFY2(soapDiff.contains(u"contactNumber"_s), qPrintable(soapDiff));
        const QString restDiff = jsonDifference(fixture(u"getContactData.rest-request.json"_s),
                                                wire::writeS360RestRequest<ops::GetContactData>(p));
        QVERIFY2(restDiff.contains(u"$.contactNumber"_s), qPrintable(restDiff));

        const QString wrongPassword = xmlDifference(
            fixture(u"getContactData.soap-request.xml"_s),
            wire::writeS360SoapRequest<ops::GetContactData>(Values<ops::GetContactData>::params(),
                                                           {u"MOSA_B2C"_s, u"another"_s}));
        QVERIFY2(wrongPassword.contains(u"Password"_s), qPrintable(wrongPassword));
    }

    // (b) vendor-shaped responses -> typed values, field by field.
    void soapResponse_data() { addOperationRows(); }
    void soapResponse()
    {
        QFETCH(QString, method);
        const OperationCase *c = findCase(method);
        QVERIFY(c);
        const QByteArray body = fixture(method + u".soap-response.xml"_s);
        QVERIFY(!body.isEmpty());
        c->checkSoapResponse(body);
    }

    void restResponse_data() { addOperationRows(); }
    void restResponse()
    {
        QFETCH(QString, method);
        const OperationCase *c = findCase(method);
        QVERIFY(c);
        const QByteArray body = fixture(method + u".rest-response.json"_s);
        QVERIFY(!body.isEmpty());
        c->checkRestResponse(body);
    }

    // A statusCode other than "success": HTTP 200, but an ApiError of kind Status whose
    // code is the statusCode, whose message is statusDetail, and whose field is the one
    // an "invalid" statusDetail names ("<field>: <text>").
    void failureResponse_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("binding");
        QTest::addColumn<QString>("statusCode");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("field");
        struct Row {
            const char *method;
            const char *status;
            QString message;
            QString field;
        };
        const QList<Row> rows{
            {"saveIndividualContactData", "invalid", u"individualBirthDate: must not be in the future"_s,
             u"individualBirthDate"_s},
            {"getContactData", "notfound", u"No contact with number 0009999."_s, QString()},
            {"changePassword", "invalid", u"newPassword: must have at least 8 characters"_s, u"newPassword"_s},
            {"recoverPassword", "notfound", u"No contact with this e-mail address."_s, QString()},
            {"createUser", "invalid", u"email: not a valid e-mail address"_s, u"email"_s},
            {"addLink", "notfound", u"No contact with number 0009999."_s, QString()},
        };
        for (const Row &row : rows) {
            for (const char *binding : {"soap", "rest"}) {
                QTest::addRow("%s %s %s", row.method, row.status, binding)
                    << QString::fromLatin1(row.method) << QString::fromLatin1(binding)
                    << QString::fromLatin1(row.status) << row.message << row.field;
            }
        }
    }
    void failureResponse()
    {
        QFETCH(QString, method);
        QFETCH(QString, binding);
        QFETCH(QString, statusCode);
        QFETCH(QString, message);
        QFETCH(QString, field);
        const OperationCase *c = findCase(method);
        QVERIFY(c);
        const bool soap = binding == u"soap";
        const QByteArray body = fixture(u"%1.%2.%3"_s.arg(method, statusCode,
                                                          soap ? u"soap-response.xml"_s : u"rest-response.json"_s));
        QVERIFY(!body.isEmpty());
        const ApiError e = soap ? c->soapError(200, body) : c->restError(200, body);
        QVERIFY2(e.isError(), "a failure statusCode must not read as a success");
        QCOMPARE(ApiError::kindName(e.kind), ApiError::kindName(ApiError::Kind::Status));
        QCOMPARE(e.code, statusCode);
        QCOMPARE(e.message, message);
        QCOMPARE(e.field, field);
        QCOMPARE(e.httpStatus, 200);
    }

    // HTTP 509 (the vendor's rate limit) or 429 (announced): whatever the body holds, a
    // readable SOAP fault or REST error included, the status wins and the answer is
    // Kind::RateLimited (the code and message of a readable body kept). Other statuses keep
    // the body's own kind.
    void rateLimitStatusWins_data()
    {
        QTest::addColumn<QString>("binding");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        const QByteArray soapFault = readTestData(u"faults/s360-soap11-server-fault.xml"_s);
        const QByteArray clientFault = readTestData(u"faults/s360-soap11-client-fault.xml"_s);
        const QByteArray restError = readTestData(u"faults/rest-509.json"_s);
        const QByteArray html = readTestData(u"faults/html-503-doctype.html"_s);
        const QByteArray soapSuccess = fixture(u"getContactData.soap-response.xml"_s);
        const QByteArray restSuccess = fixture(u"getContactData.rest-response.json"_s);
        const int rateLimited = int(ApiError::Kind::RateLimited);
        for (const int status : {509, 429}) {
            const QByteArray st = QByteArray::number(status);
            QTest::addRow("soap %s server fault", st.constData())
                << u"soap"_s << status << soapFault << rateLimited << u"Server"_s << u"NullPointerException"_s;
            QTest::addRow("soap %s client fault", st.constData())
                << u"soap"_s << status << clientFault << rateLimited << u"Client"_s << u"rate limit"_s;
            QTest::addRow("soap %s html", st.constData())
                << u"soap"_s << status << html << rateLimited << QString() << QString::number(status);
            QTest::addRow("soap %s success-shaped body", st.constData())
                << u"soap"_s << status << soapSuccess << rateLimited << QString() << QString::number(status);
            QTest::addRow("soap %s empty", st.constData())
                << u"soap"_s << status << QByteArray() << rateLimited << QString() << QString::number(status);
            QTest::addRow("rest %s error body", st.constData())
                << u"rest"_s << status << restError << rateLimited << u"ratelim"_s << u"Over 180 calls"_s;
            QTest::addRow("rest %s html", st.constData())
                << u"rest"_s << status << html << rateLimited << QString() << QString::number(status);
            QTest::addRow("rest %s success-shaped body", st.constData())
                << u"rest"_s << status << restSuccess << rateLimited << QString() << QString::number(status);
            QTest::addRow("rest %s not JSON", st.constData())
                << u"rest"_s << status << QByteArray("{\"error\":") << rateLimited << QString() << u"rate limit"_s;
        }
        // The same bodies under other statuses: the body's own kind.
        QTest::newRow("soap 500 fault") << u"soap"_s << 500 << soapFault << int(ApiError::Kind::SoapFault) << u"Server"_s
                                        << u"NullPointerException"_s;
        QTest::newRow("soap 503 fault") << u"soap"_s << 503 << soapFault << int(ApiError::Kind::SoapFault)
                                        << u"Server"_s << u"NullPointerException"_s;
        QTest::newRow("rest 500 error body") << u"rest"_s << 500 << restError << int(ApiError::Kind::Http) << u"ratelim"_s
                                             << u"Over 180 calls"_s;
    }
    void rateLimitStatusWins()
    {
        QFETCH(QString, binding);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        const OperationCase *c = findCase(u"getContactData"_s);
        QVERIFY(c);
        const ApiError e = binding == u"soap" ? c->soapError(status, body) : c->restError(status, body);
        QCOMPARE(ApiError::kindName(e.kind), ApiError::kindName(ApiError::Kind(kind)));
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.code, code);
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
        if (e.kind == ApiError::Kind::RateLimited)
            QVERIFY2(e.message.contains(u"rate limit"_s), qPrintable(e.message));
    }
};

QTEST_GUILESS_MAIN(TestS360Wire)
#include "tst_s360wire.moc"
