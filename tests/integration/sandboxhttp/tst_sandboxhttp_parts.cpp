// The HTTP front's pure parts, without a socket: --faults parsing and the injector's choices,
// the sliding-minute rate limiter, gzip, Accept-Encoding, routing.

#include "server/FaultInjector.h"
#include "server/Gzip.h"
#include "server/RateLimiter.h"
#include "server/Route.h"

#include <QtTest>

using namespace contactdesk;
using namespace contactdesk::sandbox::server;

class TestSandboxHttpParts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void faultSpecParses()
    {
        const Result<FaultSpec> spec = FaultSpec::parse(
            QStringLiteral("latency=200ms,error500=0.1,rate509=0.05,truncate=0.05,malformed=0.05,drop=0.05,seed=42"));
        QVERIFY(spec.ok());
        QCOMPARE(spec->latency.count(), 200);
        QCOMPARE(spec->latencyRate, 1.0);
        QCOMPARE(spec->error500, 0.1);
        QCOMPARE(spec->rate509, 0.05);
        QCOMPARE(spec->truncate, 0.05);
        QCOMPARE(spec->malformed, 0.05);
        QCOMPARE(spec->drop, 0.05);
        QCOMPARE(spec->seed, quint64(42));
        QCOMPARE(spec->phase, FaultPhase::Natural);
        QVERIFY(spec->isActive());

        const Result<FaultSpec> again = FaultSpec::parse(spec->toString());
        QVERIFY(again.ok());
        QCOMPARE(again->toString(), spec->toString());

        QCOMPARE(FaultSpec::parse(QStringLiteral("latency=1.5s"))->latency.count(), 1500);
        QCOMPARE(FaultSpec::parse(QStringLiteral("latency=250"))->latency.count(), 250);
        QCOMPARE(FaultSpec::parse(QStringLiteral("phase=after,drop=1"))->phase, FaultPhase::AfterCall);
        QVERIFY(!FaultSpec::parse(QString())->isActive());
    }

    void faultSpecRefuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown key") << QStringLiteral("explode=1") << QStringLiteral("explode");
        QTest::newRow("no value") << QStringLiteral("drop") << QStringLiteral("drop");
        QTest::newRow("fraction > 1") << QStringLiteral("drop=1.5") << QStringLiteral("drop");
        QTest::newRow("negative") << QStringLiteral("error500=-0.1") << QStringLiteral("error500");
        QTest::newRow("bad duration") << QStringLiteral("latency=soon") << QStringLiteral("latency");
        QTest::newRow("bad phase") << QStringLiteral("phase=during") << QStringLiteral("phase");
        QTest::newRow("sum > 1") << QStringLiteral("drop=0.6,error500=0.6") << QStringLiteral("faults");
    }
    void faultSpecRefuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        const Result<FaultSpec> spec = FaultSpec::parse(text);
        QVERIFY(!spec.ok());
        QCOMPARE(spec.error().kind, ApiError::Kind::Validation);
        QCOMPARE(spec.error().field, field);
    }

    void phaseDecidesBeforeOrAfter()
    {
        FaultSpec spec;
        QVERIFY(spec.appliesBeforeCall(FaultKind::Error500));
        QVERIFY(spec.appliesBeforeCall(FaultKind::RateLimit509));
        QVERIFY(!spec.appliesBeforeCall(FaultKind::TruncatedBody));
        QVERIFY(!spec.appliesBeforeCall(FaultKind::DroppedConnection));
        spec.phase = FaultPhase::BeforeCall;
        QVERIFY(spec.appliesBeforeCall(FaultKind::DroppedConnection));
        spec.phase = FaultPhase::AfterCall;
        QVERIFY(!spec.appliesBeforeCall(FaultKind::Error500));
    }

    void injectorFollowsTheFractionsAndTheSeed()
    {
        FaultInjector injector(FaultSpec::parse(QStringLiteral("error500=0.25,drop=0.25,latency=10ms,latencyrate=0.5,seed=3")).value());
        QMap<FaultKind, int> counts;
        int delayed = 0;
        QList<int> sequence;
        for (int i = 0; i < 4000; ++i) {
            const FaultDecision d = injector.decide();
            ++counts[d.kind];
            delayed += d.delay.count() > 0 ? 1 : 0;
            if (i < 50)
                sequence << int(d.kind);
        }
        QVERIFY(qAbs(counts[FaultKind::Error500] - 1000) < 150);
        QVERIFY(qAbs(counts[FaultKind::DroppedConnection] - 1000) < 150);
        QVERIFY(qAbs(counts[FaultKind::None] - 2000) < 200);
        QCOMPARE(counts.value(FaultKind::TruncatedBody), 0);
        QVERIFY(qAbs(delayed - 2000) < 200);

        injector.setSpec(injector.spec()); // the same seed again
        QList<int> replay;
        for (int i = 0; i < 50; ++i)
            replay << int(injector.decide().kind);
        QCOMPARE(replay, sequence);

        FaultInjector quiet;
        QVERIFY(!quiet.decide().any());
    }

    void rateLimiterSlidesOverAMinute()
    {
        RateLimiter limiter(3);
        QVERIFY(limiter.admit(QStringLiteral("MOSA"), 0));
        QVERIFY(limiter.admit(QStringLiteral("MOSA"), 10'000));
        QVERIFY(limiter.admit(QStringLiteral("mosa"), 20'000)); // the same institution
        QVERIFY(!limiter.admit(QStringLiteral("MOSA"), 30'000));
        QVERIFY(limiter.admit(QStringLiteral("OTHER"), 30'000)); // counted apart
        QVERIFY(!limiter.admit(QStringLiteral("MOSA"), 59'999));
        QVERIFY(limiter.admit(QStringLiteral("MOSA"), 60'000)); // the call at 0 left the window
        QVERIFY(!limiter.admit(QStringLiteral("MOSA"), 60'001)); // refused calls were not counted
        limiter.setLimit(0);
        for (int i = 0; i < 1000; ++i)
            QVERIFY(limiter.admit(QStringLiteral("MOSA"), 60'002));
    }

    void gzipRoundTrips()
    {
        QByteArray text;
        for (int i = 0; i < 2000; ++i)
            text += "<contact><lastName>Müller</lastName></contact>";
        const QByteArray zipped = gzipCompress(text);
        QVERIFY(zipped.startsWith("\x1f\x8b"));
        QVERIFY(zipped.size() < text.size() / 10);
        QCOMPARE(gzipDecompress(zipped), text);
        QCOMPARE(gzipDecompress(gzipCompress(QByteArray(""))), QByteArray(""));
        QVERIFY(gzipDecompress("not gzip").isNull());
        QVERIFY(gzipDecompress(zipped.left(zipped.size() / 2)).isNull());
    }

    void acceptEncoding_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("gzip");
        QTest::newRow("gzip") << QByteArray("gzip") << true;
        QTest::newRow("list") << QByteArray("deflate, gzip") << true;
        QTest::newRow("quality") << QByteArray("gzip;q=0.5, identity") << true;
        QTest::newRow("refused") << QByteArray("gzip;q=0, identity") << false;
        QTest::newRow("star") << QByteArray("*") << true;
        QTest::newRow("case") << QByteArray("GZIP") << true;
        QTest::newRow("identity") << QByteArray("identity") << false;
        QTest::newRow("absent") << QByteArray() << false;
        QTest::newRow("lookalike") << QByteArray("gzipper") << false;
    }
    void acceptEncoding()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, gzip);
        QCOMPARE(acceptsGzip(header), gzip);
    }

    void routes_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("binding");
        QTest::addColumn<QString>("operation");
        const QString ci = QString::fromLatin1(serviceInfo(Service::ContactInformation).soapPath);
        const QString rest = QString::fromLatin1(serviceInfo(Service::ContactAuthentication).restPathPrefix);
        const QString sym = QString::fromLatin1(serviceInfo(Service::Symphony).soapPath);
        using K = Route::Kind;
        QTest::newRow("soap") << "POST" << ci << "" << QByteArray("text/xml") << int(K::ServiceCall) << int(Binding::S360Soap) << "";
        QTest::newRow("wsdl") << "GET" << ci << "wsdl" << QByteArray() << int(K::Wsdl) << 0 << "";
        QTest::newRow("WSDL") << "GET" << sym << "WSDL" << QByteArray() << int(K::Wsdl) << 0 << "";
        QTest::newRow("get soap") << "GET" << ci << "" << QByteArray() << int(K::MethodNotAllowed) << 0 << "";
        QTest::newRow("rest") << "POST" << rest + QStringLiteral("/authenticate") << "" << QByteArray("application/json")
                              << int(K::ServiceCall) << int(Binding::S360Rest) << "authenticate";
        QTest::newRow("rest no method") << "POST" << rest << "" << QByteArray() << int(K::NotFound) << 0 << "";
        QTest::newRow("rest nested") << "POST" << rest + QStringLiteral("/a/b") << "" << QByteArray() << int(K::NotFound) << 0 << "";
        QTest::newRow("symphony 1.1") << "POST" << sym << "" << QByteArray("text/xml; charset=utf-8") << int(K::ServiceCall)
                                      << int(Binding::SymphonySoap11) << "";
        QTest::newRow("symphony 1.2") << "POST" << sym << "" << QByteArray("application/soap+xml; action=\"x\"") << int(K::ServiceCall)
                                      << int(Binding::SymphonySoap12) << "";
        QTest::newRow("symphony get") << "GET" << sym + QStringLiteral("/VerifyTokenForContact") << "token=x" << QByteArray()
                                      << int(K::ServiceCall) << int(Binding::SymphonyGet) << "VerifyTokenForContact";
        QTest::newRow("symphony post") << "POST" << sym + QStringLiteral("/GenerateTokenForContact") << "" << QByteArray()
                                       << int(K::ServiceCall) << int(Binding::SymphonyPost) << "GenerateTokenForContact";
        QTest::newRow("health") << "GET" << QStringLiteral("/sandbox/health") << "" << QByteArray() << int(K::Health) << 0 << "";
        QTest::newRow("outbox") << "GET" << QStringLiteral("/sandbox/outbox/") << "" << QByteArray() << int(K::Outbox) << 0 << "";
        QTest::newRow("unknown") << "GET" << QStringLiteral("/") << "" << QByteArray() << int(K::NotFound) << 0 << "";
    }
    void routes()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QByteArray, contentType);
        QFETCH(int, kind);
        QFETCH(int, binding);
        QFETCH(QString, operation);
        HttpRequestData request;
        request.method = method == u"GET" ? HttpRequestData::Method::Get : HttpRequestData::Method::Post;
        request.path = path;
        request.rawQuery = query;
        if (!contentType.isEmpty())
            request.headers.append({QByteArray("content-type"), contentType});
        const Route route = routeFor(request);
        QCOMPARE(int(route.kind), kind);
        if (route.isServiceCall()) {
            QCOMPARE(int(route.binding), binding);
            QCOMPARE(route.operation, operation);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttpParts)
#include "tst_sandboxhttp_parts.moc"
