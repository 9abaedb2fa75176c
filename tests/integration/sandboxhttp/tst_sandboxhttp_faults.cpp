// Fault injection over real loopback HTTP: each fault kind reaches the client as it should, the
// phase decides whether a write is applied, and a seed gives the same faults again.

#include "SandboxHttpHarness.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace contactdesk;
using namespace contactdesk::sandboxhttp;
using sandbox::server::FaultKind;
using sandbox::server::FaultSpec;

namespace {

const QByteArray xmlType = "text/xml; charset=utf-8";
const QByteArray jsonType = "application/json";

FaultSpec spec(const QString &text)
{
    const Result<FaultSpec> parsed = FaultSpec::parse(text);
    if (!parsed)
        qFatal("bad fault spec in the test: %s", qUtf8Printable(parsed.error().message));
    return parsed.value();
}

} // namespace

class TestSandboxHttpFaults : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<RunningSandbox> m_sandbox;
    HttpProbe m_http;

    HttpResult soapCall()
    {
        const DemoCredentials &c = m_sandbox->credentials;
        return m_http.post(soapUrl(m_sandbox->base(), Service::ContactInformation), xmlType,
                           s360Soap(Service::ContactInformation, QStringLiteral("getStructureTypes"), {},
                                    wsseHeader(c.operatorLogin, c.operatorPassword)),
                           {{"Accept-Encoding", "identity"}});
    }
    HttpResult restCall()
    {
        return m_http.post(restUrl(m_sandbox->base(), Service::ContactInformation, QStringLiteral("getStructureTypes")), jsonType,
                           "{}", {{"Authorization", bearer(demoJwt(m_sandbox->credentials))}, {"Accept-Encoding", "identity"}});
    }
    HttpResult restSave(int identifier, const QString &lastName)
    {
        return m_http.post(restUrl(m_sandbox->base(), Service::ContactInformation, QStringLiteral("saveIndividualContactData")), jsonType,
                           "{\"individualContactData\":{\"identifier\":" + QByteArray::number(identifier) +
                               ",\"individualContact\":{\"individualLastName\":\"" + lastName.toUtf8() + "\"}}}",
                           {{"Authorization", bearer(demoJwt(m_sandbox->credentials))}});
    }
    int countInDatabase(const QString &lastName)
    {
        dto::SearchContactByCriteriaParams p;
        p.searchCriteria.lastName = lastName;
        p.searchCriteria.contactType = QStringLiteral("ANY");
        return m_sandbox->service->searchContactByCriteria(p, {}).totalNumber.value_or(-1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = startSandbox();
        QVERIFY(m_sandbox);
    }
    void cleanup() { m_sandbox->server->setFaults({}); }
    void cleanupTestCase() { m_sandbox.reset(); }

    void eachFaultKindReachesTheClient_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<bool>("rest");
        for (bool rest : {false, true}) {
            const char *b = rest ? "REST" : "SOAP";
            QTest::addRow("%s error500", b) << QStringLiteral("error500=1") << rest;
            QTest::addRow("%s rate509", b) << QStringLiteral("rate509=1") << rest;
            QTest::addRow("%s truncate", b) << QStringLiteral("truncate=1") << rest;
            QTest::addRow("%s malformed", b) << QStringLiteral("malformed=1") << rest;
            QTest::addRow("%s drop", b) << QStringLiteral("drop=1") << rest;
            QTest::addRow("%s latency", b) << QStringLiteral("latency=300ms") << rest;
        }
    }
    void eachFaultKindReachesTheClient()
    {
        QFETCH(QString, faults);
        QFETCH(bool, rest);
        const HttpResult clean = rest ? restCall() : soapCall();
        QCOMPARE(clean.status, 200);

        m_sandbox->server->setFaults(spec(faults));
        const auto before = m_sandbox->server->statistics();
        QElapsedTimer timer;
        timer.start();
        const HttpResult r = rest ? restCall() : soapCall();
        const qint64 elapsed = timer.elapsed();
        const auto after = m_sandbox->server->statistics();

        if (faults == u"error500=1") {
            QCOMPARE(r.status, 500);
            if (rest)
                QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("server"));
            else
                QCOMPARE(xmlText(r.body, QStringLiteral("faultcode")), QStringLiteral("S:Server"));
        } else if (faults == u"rate509=1") {
            QCOMPARE(r.status, 509);
            if (rest)
                QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("ratelim"));
            else
                QCOMPARE(xmlText(r.body, QStringLiteral("faultstring")), QStringLiteral("rate limit exceeded"));
        } else if (faults == u"truncate=1") {
            // The body stops before Content-Length: the transfer fails.
            QVERIFY(r.error != QNetworkReply::NoError);
            QVERIFY(r.body.size() < clean.body.size());
        } else if (faults == u"malformed=1") {
            QCOMPARE(r.status, 200);
            QCOMPARE(r.error, QNetworkReply::NoError);
            if (rest)
                QVERIFY(QJsonDocument::fromJson(r.body).isNull());
            else
                QVERIFY(!wellFormed(r.body));
        } else if (faults == u"drop=1") {
            QCOMPARE(r.status, 0);
            QVERIFY(r.error != QNetworkReply::NoError);
            QVERIFY(r.body.isEmpty());
        } else {
            QCOMPARE(r.status, 200);
            QVERIFY2(elapsed >= 280, qPrintable(QString::number(elapsed)));
        }
        if (!faults.startsWith(u"latency")) {
            quint64 injected = 0;
            for (size_t i = 0; i < after.injected.size(); ++i)
                injected += after.injected[i] - before.injected[i];
            QVERIFY(injected >= 1);
        }

        // Faults off: answers are clean again.
        m_sandbox->server->setFaults({});
        QCOMPARE((rest ? restCall() : soapCall()).status, 200);
    }

    void beforePhaseWritesNothing()
    {
        m_sandbox->server->setFaults(spec(QStringLiteral("error500=0.5,drop=0.5,phase=before")));
        for (int i = 0; i < 6; ++i) {
            const HttpResult r = restSave(8100 + i, QStringLiteral("Beforephase"));
            QVERIFY(r.status != 200);
        }
        QCOMPARE(countInDatabase(QStringLiteral("Beforephase")), 0);
    }

    void afterPhaseWritesAndARetryDoesNotWriteTwice()
    {
        m_sandbox->server->setFaults(spec(QStringLiteral("drop=1,phase=after")));
        const HttpResult lost = restSave(8200, QStringLiteral("Afterphase"));
        QCOMPARE(lost.status, 0); // the answer was lost ...
        QCOMPARE(countInDatabase(QStringLiteral("Afterphase")), 1); // ... but the save was applied

        m_sandbox->server->setFaults(spec(QStringLiteral("truncate=1,phase=after")));
        const HttpResult cut = restSave(8200, QStringLiteral("Afterphase"));
        // QNetworkAccessManager reports no transfer error for a cut gzip body (it inflates what
        // came): the client then sees JSON that does not parse.
        QVERIFY2(cut.error != QNetworkReply::NoError || QJsonDocument::fromJson(cut.body).isNull(), qPrintable(QStringLiteral("%1 %2 [%3]").arg(cut.status).arg(int(cut.error)).arg(QString::fromUtf8(cut.body))));

        // The client retries with the same identifier once the faults stop: same contact, no second one.
        m_sandbox->server->setFaults({});
        const HttpResult retried = restSave(8200, QStringLiteral("Afterphase"));
        QCOMPARE(retried.status, 200);
        QCOMPARE(retried.json().value(QStringLiteral("statusCode")).toString(), QStringLiteral("success"));
        QCOMPARE(countInDatabase(QStringLiteral("Afterphase")), 1);
        const HttpResult again = restSave(8200, QStringLiteral("Afterphase"));
        QCOMPARE(again.json().value(QStringLiteral("contactNumber")), retried.json().value(QStringLiteral("contactNumber")));
    }

    void naturalPhaseFailsServerErrorsBeforeAndLosesAnswersAfter()
    {
        m_sandbox->server->setFaults(spec(QStringLiteral("error500=1")));
        QCOMPARE(restSave(8300, QStringLiteral("Naturalbefore")).status, 500);
        QCOMPARE(countInDatabase(QStringLiteral("Naturalbefore")), 0);
        m_sandbox->server->setFaults(spec(QStringLiteral("malformed=1")));
        QCOMPARE(restSave(8301, QStringLiteral("Naturalafter")).status, 200);
        QCOMPARE(countInDatabase(QStringLiteral("Naturalafter")), 1);
    }

    void theSameSeedGivesTheSameFaults()
    {
        auto outcomes = [this](const QString &text) {
            m_sandbox->server->setFaults(spec(text));
            QList<int> statuses;
            for (int i = 0; i < 16; ++i)
                statuses << restCall().status;
            return statuses;
        };
        const QList<int> first = outcomes(QStringLiteral("error500=0.3,rate509=0.3,seed=42"));
        const QList<int> second = outcomes(QStringLiteral("error500=0.3,rate509=0.3,seed=42"));
        QCOMPARE(first, second);
        QVERIFY(first.contains(200));
        QVERIFY(first.contains(500) || first.contains(509));
        const QList<int> other = outcomes(QStringLiteral("error500=0.3,rate509=0.3,seed=7"));
        QVERIFY(other != first);
    }

    void faultsSkipTheSandboxPages()
    {
        m_sandbox->server->setFaults(spec(QStringLiteral("drop=1")));
        QCOMPARE(m_http.get(endpoint(m_sandbox->base(), "/sandbox/health")).status, 200);
        QUrl wsdl = soapUrl(m_sandbox->base(), Service::ContactInformation);
        wsdl.setQuery(QStringLiteral("wsdl"));
        QCOMPARE(m_http.get(wsdl).status, 200);
        QCOMPARE(m_http.get(endpoint(m_sandbox->base(), "/sandbox/outbox")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttpFaults)
#include "tst_sandboxhttp_faults.moc"
