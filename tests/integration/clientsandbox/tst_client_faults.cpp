// Our client against a sandbox that injects faults (SandboxServer::setFaults): latency, HTTP
// 500, 509, truncated body, malformed body, dropped connection. Reads succeed through the
// client's retries or end with a clear typed error after the attempts the policy allows (the
// server's request counter tells how many were sent); a save
// whose answer is lost and that the client sends again is applied once; GenerateTokenForContact
// is sent exactly once (one mail per call) whatever happens.

#include "ClientSandboxHarness.h"

#include <QElapsedTimer>

using namespace clientsandbox;

Q_DECLARE_METATYPE(contactdesk::S360Binding)
Q_DECLARE_METATYPE(contactdesk::SymphonyBinding)
Q_DECLARE_METATYPE(contactdesk::ApiError::Kind)

namespace {

FaultSpec spec(const QString &text)
{
    Result<FaultSpec> parsed = FaultSpec::parse(text);
    if (!parsed)
        qFatal("bad fault spec %s: %s", qPrintable(text), qPrintable(parsed.error().toString()));
    return parsed.value();
}

} // namespace

class TestClientFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        ServerOptions options;
        options.rateLimitPerMinute = 0;
        m_sandbox = startSandbox(200, options);
        QVERIFY(m_sandbox);
        m_sample = text(m_sandbox->database(), QStringLiteral("SELECT contact_number FROM contacts ORDER BY contact_id LIMIT 1"));
    }
    void cleanup() { m_sandbox->server->setFaults(FaultSpec{}); }
    void cleanupTestCase() { m_sandbox.reset(); }

    // Every call of a kind hit: the typed error the client ends with, after how many attempts.
    void everyAttemptFails_data()
    {
        QTest::addColumn<S360Binding>("binding");
        QTest::addColumn<QString>("faults");
        QTest::addColumn<ApiError::Kind>("kind"); // None: any error kind
        QTest::addColumn<int>("httpStatus");      // 0: no HTTP answer
        QTest::addColumn<int>("attempts");
        const auto Soap = S360Binding::Soap;
        const auto Rest = S360Binding::Rest;
        // SOAP answers every fault with 500: the client does not resend a SOAP 500 (a Client
        // fault would fail again); REST's 500 is worth a retry.
        QTest::newRow("soap-500") << Soap << QStringLiteral("error500=1") << ApiError::Kind::SoapFault << 500 << 1;
        QTest::newRow("rest-500") << Rest << QStringLiteral("error500=1") << ApiError::Kind::Http << 500 << 4;
        // 509 is retried; the final error is Kind::RateLimited with the status, although the 509
        // body is a readable SOAP fault or REST error: the status wins.
        QTest::newRow("soap-509") << Soap << QStringLiteral("rate509=1") << ApiError::Kind::RateLimited << 509 << 4;
        QTest::newRow("rest-509") << Rest << QStringLiteral("rate509=1") << ApiError::Kind::RateLimited << 509 << 4;
        QTest::newRow("soap-drop") << Soap << QStringLiteral("drop=1") << ApiError::Kind::Transport << 0 << 4;
        QTest::newRow("rest-drop") << Rest << QStringLiteral("drop=1") << ApiError::Kind::Transport << 0 << 4;
        // A gzip body cut short of its Content-Length: a transfer error, retried like a drop.
        QTest::newRow("soap-truncate") << Soap << QStringLiteral("truncate=1") << ApiError::Kind::Transport << 200 << 4;
        QTest::newRow("rest-truncate") << Rest << QStringLiteral("truncate=1") << ApiError::Kind::Transport << 200 << 4;
        QTest::newRow("soap-malformed") << Soap << QStringLiteral("malformed=1") << ApiError::Kind::Parse << 200 << 1;
        QTest::newRow("rest-malformed") << Rest << QStringLiteral("malformed=1") << ApiError::Kind::Parse << 200 << 1;
    }
    void everyAttemptFails()
    {
        QFETCH(S360Binding, binding);
        QFETCH(QString, faults);
        QFETCH(ApiError::Kind, kind);
        QFETCH(int, httpStatus);
        QFETCH(int, attempts);
        ClientStack client(*m_sandbox, binding);
        m_sandbox->server->setFaults(spec(faults));
        const quint64 callsBefore = m_sandbox->server->statistics().serviceCalls;
        const auto read = await(client.s360.getContactData(m_sample, allDetails()));
        QVERIFY(!read.ok());
        QVERIFY2(kind == ApiError::Kind::None || read.error().kind == kind, qPrintable(describe(read.error())));
        QVERIFY(read.error().isError());
        QCOMPARE(read.error().httpStatus, httpStatus);
        QVERIFY(!read.error().message.isEmpty());
        QCOMPARE(int(m_sandbox->server->statistics().serviceCalls - callsBefore), attempts);
        // Once the server is healthy again, the same client reads.
        m_sandbox->server->setFaults(FaultSpec{});
        const auto again = await(client.s360.getContactData(m_sample, allDetails()));
        QVERIFY2(again.ok(), qPrintable(describe(again.error())));
        QCOMPARE(again->contactNumber, m_sample);
    }

    // A fraction of calls hit: every read gets through thanks to the retries.
    void readsSucceedThroughRetries_data()
    {
        QTest::addColumn<S360Binding>("binding");
        QTest::addColumn<QString>("faults");
        QTest::newRow("soap-mixed") << S360Binding::Soap << QStringLiteral("rate509=0.1,truncate=0.1,drop=0.1,seed=11");
        QTest::newRow("rest-mixed") << S360Binding::Rest << QStringLiteral("error500=0.1,rate509=0.1,truncate=0.05,drop=0.1,seed=12");
        QTest::newRow("soap-latency") << S360Binding::Soap << QStringLiteral("latency=150ms,drop=0.2,seed=13");
        QTest::newRow("rest-latency") << S360Binding::Rest << QStringLiteral("latency=150ms,error500=0.2,seed=14");
    }
    void readsSucceedThroughRetries()
    {
        QFETCH(S360Binding, binding);
        QFETCH(QString, faults);
        ClientStack client(*m_sandbox, binding);
        m_sandbox->server->setFaults(spec(faults));
        const auto before = m_sandbox->server->statistics();
        constexpr int reads = 15;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < reads; ++i) {
            const auto read = await(client.s360.getContactData(m_sample, allDetails()));
            QVERIFY2(read.ok(), qPrintable(QStringLiteral("read %1: %2").arg(i).arg(describe(read.error()))));
            QCOMPARE(read->contactNumber, m_sample);
        }
        const auto after = m_sandbox->server->statistics();
        quint64 injected = 0;
        for (size_t k = 1; k < after.injected.size(); ++k)
            injected += after.injected[k] - before.injected[k];
        QVERIFY2(injected > 0, "no fault was injected: the test proves nothing");
        QVERIFY(after.serviceCalls - before.serviceCalls > quint64(reads)); // some calls were sent again
        if (faults.startsWith(u"latency"))
            QVERIFY(timer.elapsed() >= reads * 150);
    }

    // The answer of every attempt is lost AFTER the save was applied; the client sends it again:
    // the identifier makes the create idempotent, so there is exactly one contact.
    void lostAnswersDoNotApplyASaveTwice_data()
    {
        QTest::addColumn<S360Binding>("binding");
        QTest::addColumn<QString>("faults");
        QTest::addColumn<qint64>("identifier");
        QTest::addColumn<int>("minAttempts");
        QTest::newRow("soap-drop") << S360Binding::Soap << QStringLiteral("drop=1,phase=after") << qint64(8'000'001) << 4;
        // A cut body is a transfer error (see everyAttemptFails): sent again, applied once.
        QTest::newRow("soap-truncate") << S360Binding::Soap << QStringLiteral("truncate=1,phase=after") << qint64(8'000'002) << 4;
        QTest::newRow("rest-drop") << S360Binding::Rest << QStringLiteral("drop=1,phase=after") << qint64(8'000'003) << 4;
        QTest::newRow("rest-500-after") << S360Binding::Rest << QStringLiteral("error500=1,phase=after") << qint64(8'000'004) << 4;
        QTest::newRow("rest-half-drop") << S360Binding::Rest << QStringLiteral("drop=0.5,phase=after,seed=5") << qint64(8'000'005) << 2;
    }
    void lostAnswersDoNotApplyASaveTwice()
    {
        QFETCH(S360Binding, binding);
        QFETCH(QString, faults);
        QFETCH(qint64, identifier);
        QFETCH(int, minAttempts);
        ClientStack client(*m_sandbox, binding);
        store::Database &db = m_sandbox->database();
        const qint64 contactsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM contacts"));
        dto::IndividualContactData d = person(QStringLiteral("Rita"), QStringLiteral("Retry%1").arg(identifier));
        d.identifier = identifier;

        m_sandbox->server->setFaults(spec(faults));
        const quint64 callsBefore = m_sandbox->server->statistics().serviceCalls;
        const auto lost = await(client.s360.saveIndividualContactData(d));
        const quint64 attempts = m_sandbox->server->statistics().serviceCalls - callsBefore;
        m_sandbox->server->setFaults(FaultSpec{});
        QVERIFY2(attempts >= quint64(minAttempts), qPrintable(QStringLiteral("%1 attempts").arg(attempts)));
        const QString byIdentifier = QStringLiteral("SELECT count(*) FROM contacts WHERE identifier = %1").arg(identifier);
        QCOMPARE(scalar(db, byIdentifier), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts")), contactsBefore + 1);
        const QString stored =
            text(db, QStringLiteral("SELECT contact_number FROM contacts WHERE identifier = %1").arg(identifier));
        if (lost.ok())
            QCOMPARE(lost->contactNumber, stored);

        // The user saves again once the network is back: still the same one contact.
        const auto again = await(client.s360.saveIndividualContactData(d));
        QVERIFY2(again.ok(), qPrintable(describe(again.error())));
        QCOMPARE(again->contactNumber, stored);
        QCOMPARE(scalar(db, byIdentifier), 1);
    }

    // A create WITHOUT an identifier whose first answer is lost: S360Client gave it a random
    // identifier before the first attempt, so the retry returns the contact the first attempt
    // made: exactly one row.
    void createWithoutIdentifierIsAppliedOnce_data()
    {
        QTest::addColumn<S360Binding>("binding");
        QTest::addColumn<bool>("structure");
        QTest::newRow("soap individual") << S360Binding::Soap << false;
        QTest::newRow("rest individual") << S360Binding::Rest << false;
        QTest::newRow("soap structure") << S360Binding::Soap << true;
        QTest::newRow("rest structure") << S360Binding::Rest << true;
    }
    void createWithoutIdentifierIsAppliedOnce()
    {
        QFETCH(S360Binding, binding);
        QFETCH(bool, structure);
        ClientStack client(*m_sandbox, binding);
        store::Database &db = m_sandbox->database();
        const QString tag = QStringLiteral("NoIdentifier%1%2").arg(int(binding)).arg(structure ? 1 : 0);
        const qint64 contactsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM contacts"));

        // The answer of the first attempt only is lost, after the save was applied.
        m_sandbox->server->setFaults(spec(QStringLiteral("drop=1,phase=after")));
        int answered = 0;
        const QMetaObject::Connection once = connect(m_sandbox->server.get(), &SandboxServer::requestAnswered, this,
                                                     [this, &answered](const QString &) {
                                                         if (answered++ == 0)
                                                             m_sandbox->server->setFaults(FaultSpec{});
                                                     });
        const quint64 callsBefore = m_sandbox->server->statistics().serviceCalls;
        QString number;
        QString countSql;
        if (structure) {
            dto::StructureContactData company;
            company.structureContact = dto::StructureData{};
            company.structureContact->structureName = tag;
            company.structureContact->structureTypeCode = QStringLiteral("COMPANY");
            company.structureContact->relayContactNumber = text(
                db, QStringLiteral("SELECT contact_number FROM contacts WHERE contact_type = 'INDIVIDUAL' ORDER BY contact_id LIMIT 1"));
            QVERIFY(!company.identifier);
            const auto saved = await(client.s360.saveStructureContactData(company));
            QVERIFY2(saved.ok(), qPrintable(describe(saved.error())));
            number = saved->contactNumber;
            countSql = QStringLiteral("SELECT count(*) FROM structures WHERE name = '%1'").arg(tag);
        } else {
            dto::IndividualContactData d = person(QStringLiteral("Ida"), tag);
            QVERIFY(!d.identifier);
            const auto saved = await(client.s360.saveIndividualContactData(d));
            QVERIFY2(saved.ok(), qPrintable(describe(saved.error())));
            number = saved->contactNumber;
            countSql = QStringLiteral("SELECT count(*) FROM individuals WHERE last_name = '%1'").arg(tag);
        }
        disconnect(once);
        m_sandbox->server->setFaults(FaultSpec{});
        QCOMPARE(int(m_sandbox->server->statistics().serviceCalls - callsBefore), 2); // the create went twice
        QCOMPARE(scalar(db, countSql), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contacts")), contactsBefore + 1);
        const qint64 identifier =
            scalar(db, QStringLiteral("SELECT identifier FROM contacts WHERE contact_number = '%1'").arg(number));
        QVERIFY(identifier > 0);
        QVERIFY(identifier < (qint64(1) << 53));
    }

    // GenerateTokenForContact mails a token: never sent twice, so one mail per call even when
    // the answer is lost or the server fails.
    void generateTokenIsNeverRetried_data()
    {
        QTest::addColumn<SymphonyBinding>("binding");
        QTest::addColumn<QString>("faults");
        QTest::addColumn<int>("mails");
        QTest::newRow("soap11-drop-after") << SymphonyBinding::Soap11 << QStringLiteral("drop=1,phase=after") << 1;
        QTest::newRow("soap12-truncate-after") << SymphonyBinding::Soap12 << QStringLiteral("truncate=1,phase=after") << 1;
        QTest::newRow("get-500-after") << SymphonyBinding::HttpGet << QStringLiteral("error500=1,phase=after") << 1;
        QTest::newRow("post-509") << SymphonyBinding::HttpPost << QStringLiteral("rate509=1") << 0;
        QTest::newRow("soap11-500-before") << SymphonyBinding::Soap11 << QStringLiteral("error500=1,phase=before") << 0;
        QTest::newRow("post-drop-before") << SymphonyBinding::HttpPost << QStringLiteral("drop=1,phase=before") << 0;
    }
    void generateTokenIsNeverRetried()
    {
        QFETCH(SymphonyBinding, binding);
        QFETCH(QString, faults);
        QFETCH(int, mails);
        ClientStack client(*m_sandbox, S360Binding::Soap, binding);
        store::Database &db = m_sandbox->database();
        const qint64 contactId = scalar(db, QStringLiteral("SELECT contact_id FROM contacts WHERE contact_type = 'INDIVIDUAL' "
                                                           "AND email IS NOT NULL AND email <> '' ORDER BY contact_id LIMIT 1"));
        QVERIFY(contactId > 0);
        const QString outboxCount = QStringLiteral("SELECT count(*) FROM outbox");
        const qint64 mailsBefore = scalar(db, outboxCount);

        m_sandbox->server->setFaults(spec(faults));
        const quint64 callsBefore = m_sandbox->server->statistics().serviceCalls;
        const auto generated = await(client.symphony.generateTokenForContact(int(contactId), true));
        const quint64 attempts = m_sandbox->server->statistics().serviceCalls - callsBefore;
        m_sandbox->server->setFaults(FaultSpec{});
        QVERIFY(!generated.ok());
        QVERIFY(generated.error().kind != ApiError::Kind::None);
        QCOMPARE(attempts, quint64(1));
        QCOMPARE(scalar(db, outboxCount), mailsBefore + mails);

        // Healthy again: one more call, one more mail.
        const auto ok = await(client.symphony.generateTokenForContact(int(contactId), true));
        QVERIFY2(ok.ok(), qPrintable(describe(ok.error())));
        QCOMPARE(scalar(db, outboxCount), mailsBefore + mails + 1);
    }

private:
    std::unique_ptr<RunningSandbox> m_sandbox;
    QString m_sample;
};

QTEST_GUILESS_MAIN(TestClientFaults)
#include "tst_client_faults.moc"
