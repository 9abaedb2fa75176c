// EmbeddedSandbox, as the app's "Demo sandbox" profile uses it: starts on a worker thread,
// reports its URL and credentials, answers calls, stops, keeps its database, reports failures.

#include "SandboxHttpHarness.h"

#include "server/EmbeddedSandbox.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace contactdesk;
using namespace contactdesk::sandboxhttp;
using sandbox::server::EmbeddedSandbox;
using sandbox::server::EmbeddedSandboxOptions;

class TestSandboxHttpEmbedded : public QObject {
    Q_OBJECT

private:
    HttpProbe m_http;

private Q_SLOTS:
    void startsAnswersAndStops()
    {
        EmbeddedSandbox sandbox;
        QSignalSpy started(&sandbox, &EmbeddedSandbox::started);
        QSignalSpy stopped(&sandbox, &EmbeddedSandbox::stopped);
        QSignalSpy failed(&sandbox, &EmbeddedSandbox::failed);
        EmbeddedSandboxOptions options;
        options.inMemory = true;
        options.seedContacts = 0;
        sandbox.start(options);
        QCOMPARE(sandbox.state(), EmbeddedSandbox::State::Starting);
        QVERIFY(started.wait(60'000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(sandbox.state(), EmbeddedSandbox::State::Running);
        const QUrl url = started.first().first().toUrl();
        QCOMPARE(url, sandbox.baseUrl());
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));

        const DemoCredentials c = sandbox.credentials();
        QVERIFY(!c.operatorLogin.isEmpty());
        QVERIFY(!c.operatorPassword.isEmpty());
        QVERIFY(!c.jwtSecret.isEmpty());
        QVERIFY(!c.symphonySecret.isEmpty());

        // The server answers while this (UI) thread only runs its event loop.
        const HttpResult r = m_http.post(soapUrl(url, Service::ContactInformation), "text/xml",
                                         s360Soap(Service::ContactInformation, QStringLiteral("getStructureTypes"), {},
                                                  wsseHeader(c.operatorLogin, c.operatorPassword)));
        QCOMPARE(r.status, 200);
        QCOMPARE(xmlText(r.body, QStringLiteral("statusCode")), QStringLiteral("success"));

        sandbox.stop();
        QVERIFY(stopped.wait(30'000));
        QCOMPARE(sandbox.state(), EmbeddedSandbox::State::Stopped);
        QVERIFY(sandbox.baseUrl().isEmpty());
        QVERIFY(sandbox.credentials().operatorPassword.isEmpty());
        QCOMPARE(m_http.get(endpoint(url, "/sandbox/health")).status, 0);
    }

    void keepsItsDatabaseAcrossStarts()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        EmbeddedSandboxOptions options;
        options.databasePath = dir.filePath(QStringLiteral("deep/folder/sandbox.sqlite"));
        options.seedContacts = 5;
        QString number;
        {
            EmbeddedSandbox sandbox;
            QSignalSpy started(&sandbox, &EmbeddedSandbox::started);
            sandbox.start(options);
            QVERIFY(started.wait(60'000));
            const HttpResult saved = m_http.post(restUrl(sandbox.baseUrl(), Service::ContactInformation,
                                                         QStringLiteral("saveIndividualContactData")),
                                                 "application/json",
                                                 R"({"individualContactData":{"identifier":31337,"individualContact":{"individualLastName":"Embedded"}}})",
                                                 {{"Authorization", bearer(demoJwt(sandbox.credentials()))}});
            QCOMPARE(saved.json().value(QStringLiteral("statusCode")).toString(), QStringLiteral("success"));
            number = saved.json().value(QStringLiteral("contactNumber")).toString();
        } // destroyed while running: stops synchronously
        QVERIFY(QFile::exists(options.databasePath));

        EmbeddedSandbox again;
        QSignalSpy started(&again, &EmbeddedSandbox::started);
        again.start(options);
        QVERIFY(started.wait(60'000));
        const HttpResult got = m_http.post(restUrl(again.baseUrl(), Service::ContactInformation, QStringLiteral("getContactData")),
                                           "application/json", "{\"contactNumber\":\"" + number.toUtf8() + "\"}",
                                           {{"Authorization", bearer(demoJwt(again.credentials()))}});
        QCOMPARE(got.json().value(QStringLiteral("statusCode")).toString(), QStringLiteral("success"));
    }

    void reportsAFailure()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        EmbeddedSandbox sandbox;
        QSignalSpy started(&sandbox, &EmbeddedSandbox::started);
        QSignalSpy failed(&sandbox, &EmbeddedSandbox::failed);
        EmbeddedSandboxOptions options;
        options.databasePath = dir.filePath(QStringLiteral("not-a-folder/sandbox.sqlite")); // a file stands where the folder should
        sandbox.start(options);
        QVERIFY(failed.wait(30'000));
        QCOMPARE(started.count(), 0);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(sandbox.state(), EmbeddedSandbox::State::Stopped);
    }

    void defaultPathIsInTheUsersDataFolder()
    {
        QVERIFY(EmbeddedSandbox::defaultDatabasePath().endsWith(QStringLiteral("/sandbox.sqlite")));
        QVERIFY(QDir::isAbsolutePath(EmbeddedSandbox::defaultDatabasePath()));
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttpEmbedded)
#include "tst_sandboxhttp_embedded.moc"
