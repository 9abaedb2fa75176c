// The contactdesk-sandbox executable: starts on a free port and prints its URL, keeps secrets
// to itself unless asked, refuses bad options, shuts down on SIGTERM; a database survives a
// restart and a SIGKILL in the middle of a write loop loses no acknowledged call.

#include "SandboxHttpHarness.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace contactdesk;
using namespace contactdesk::sandboxhttp;

namespace {

const QByteArray jsonType = "application/json";

// A running contactdesk-sandbox and what it printed.
class SandboxProcess {
public:
    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10'000);
        }
    }

    // Starts it and waits for the "listening on" line; false when it does not come.
    bool start(const QStringList &arguments)
    {
        m_output.clear();
        m_process.setProgram(QStringLiteral(CONTACTDESK_SANDBOX_EXE));
        m_process.setArguments(arguments);
        m_process.start();
        if (!m_process.waitForStarted(10'000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 120'000) {
            if (!m_process.waitForReadyRead(1000) && m_process.state() == QProcess::NotRunning)
                return false;
            m_output += m_process.readAllStandardOutput();
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral("listening on (http://\\S+)")).match(QString::fromUtf8(m_output));
            if (m.hasMatch() && m_output.contains("Rate limit:")) {
                m_url = QUrl(m.captured(1));
                return true;
            }
        }
        return false;
    }

    QString printed(const QString &label) const
    {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^%1: (.*)$").arg(QRegularExpression::escape(label)), QRegularExpression::MultilineOption)
                .match(QString::fromUtf8(m_output));
        return m.hasMatch() ? m.captured(1).trimmed() : QString();
    }
    static QByteArray secret(const QString &text)
    {
        return text.startsWith(u"base64:") ? QByteArray::fromBase64(text.mid(7).toLatin1()) : text.toUtf8();
    }
    // The demo credentials, from a --print-secrets run.
    DemoCredentials credentials() const
    {
        DemoCredentials c;
        c.institution = printed(QStringLiteral("Institution"));
        c.operatorLogin = printed(QStringLiteral("Operator login"));
        c.operatorPassword = printed(QStringLiteral("Operator password"));
        c.jwtSecret = secret(printed(QStringLiteral("Operator API secret (REST JWT HS256 key)")));
        c.partnerName = printed(QStringLiteral("Partner name (JWT iss)"));
        c.symphonyApiKey = printed(QStringLiteral("Symphony API key"));
        c.symphonySecret = secret(printed(QStringLiteral("Symphony API secret")));
        return c;
    }

    bool terminate()
    {
        m_process.terminate(); // SIGTERM
        const bool finished = m_process.waitForFinished(30'000);
        m_output += m_process.readAllStandardOutput();
        return finished && m_process.exitStatus() == QProcess::NormalExit;
    }
    void killHard()
    {
        m_process.kill(); // SIGKILL
        m_process.waitForFinished(10'000);
    }

    QProcess &process() { return m_process; }
    QUrl url() const { return m_url; }
    QByteArray output() const { return m_output; }

private:
    QProcess m_process;
    QByteArray m_output;
    QUrl m_url;
};

} // namespace

class TestSandboxHttpProcess : public QObject {
    Q_OBJECT

private:
    HttpProbe m_http;

    HttpResult save(const QUrl &base, const DemoCredentials &c, int identifier, const QString &lastName)
    {
        return m_http.post(restUrl(base, Service::ContactInformation, QStringLiteral("saveIndividualContactData")), jsonType,
                           "{\"individualContactData\":{\"identifier\":" + QByteArray::number(identifier) +
                               ",\"individualContact\":{\"individualLastName\":\"" + lastName.toUtf8() + "\"}}}",
                           {{"Authorization", bearer(demoJwt(c))}});
    }

private Q_SLOTS:
    void startsOnAFreePortAndPrintsItsUrl()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--memory"),
                                QStringLiteral("--seed-contacts"), QStringLiteral("0")}),
                 sandbox.output().constData());
        QCOMPARE(sandbox.url().scheme(), QStringLiteral("http"));
        QCOMPARE(sandbox.url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(sandbox.url().port() > 0);
        QVERIFY(!sandbox.printed(QStringLiteral("Operator login")).isEmpty());
        QVERIFY(sandbox.printed(QStringLiteral("Operator password")).isEmpty());
        QVERIFY(!sandbox.output().contains("secret:"));

        const HttpResult health = m_http.get(endpoint(sandbox.url(), "/sandbox/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

        QVERIFY(sandbox.terminate());
        QCOMPARE(sandbox.process().exitCode(), 0);
        QVERIFY(sandbox.output().contains("stopped"));
        QVERIFY(m_http.get(endpoint(sandbox.url(), "/sandbox/health")).status == 0);
    }

    void printedSecretsWork()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--memory"), QStringLiteral("--seed-contacts"), QStringLiteral("0"),
                               QStringLiteral("--print-secrets")}));
        const DemoCredentials c = sandbox.credentials();
        QVERIFY(!c.operatorPassword.isEmpty());
        QVERIFY(!c.jwtSecret.isEmpty());
        const HttpResult soap = m_http.post(soapUrl(sandbox.url(), Service::ContactInformation), "text/xml",
                                            s360Soap(Service::ContactInformation, QStringLiteral("getStructureTypes"), {},
                                                     wsseHeader(c.operatorLogin, c.operatorPassword)));
        QCOMPARE(soap.status, 200);
        const HttpResult rest = m_http.post(restUrl(sandbox.url(), Service::ContactInformation, QStringLiteral("getStructureTypes")),
                                            jsonType, "{}", {{"Authorization", bearer(demoJwt(c))}});
        QCOMPARE(rest.status, 200);
        QVERIFY(sandbox.terminate());
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("faults") << QStringList{QStringLiteral("--faults"), QStringLiteral("explode=1")} << QStringLiteral("explode");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << QStringLiteral("--port");
        QTest::newRow("bind") << QStringList{QStringLiteral("--bind"), QStringLiteral("not-an-address")} << QStringLiteral("--bind");
        QTest::newRow("rate") << QStringList{QStringLiteral("--rate-limit"), QStringLiteral("-3")} << QStringLiteral("--rate-limit");
    }
    void badOptionsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, complaint);
        QProcess process;
        process.start(QStringLiteral(CONTACTDESK_SANDBOX_EXE), arguments + QStringList{QStringLiteral("--memory")});
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(complaint));
    }

    void restartOnTheSameFileKeepsEverythingCommitted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList arguments{QStringLiteral("--db"), dir.filePath(QStringLiteral("sandbox.sqlite")), QStringLiteral("--seed-contacts"),
                                    QStringLiteral("10"), QStringLiteral("--print-secrets"), QStringLiteral("--rate-limit"), QStringLiteral("0")};
        QStringList numbers;
        {
            SandboxProcess first;
            QVERIFY(first.start(arguments));
            QVERIFY(first.output().contains("seeded"));
            const DemoCredentials c = first.credentials();
            for (int i = 0; i < 10; ++i) {
                const HttpResult r = save(first.url(), c, 9100 + i, QStringLiteral("Restart%1").arg(i));
                QCOMPARE(r.json().value(QStringLiteral("statusCode")).toString(), QStringLiteral("success"));
                numbers << r.json().value(QStringLiteral("contactNumber")).toString();
            }
            QVERIFY(first.terminate());
        }
        SandboxProcess second;
        QVERIFY(second.start(arguments));
        QVERIFY(!second.output().contains("seeded")); // the existing database was opened as it is
        const DemoCredentials c = second.credentials();
        for (int i = 0; i < numbers.size(); ++i) {
            const HttpResult r = m_http.post(restUrl(second.url(), Service::ContactInformation, QStringLiteral("getContactData")), jsonType,
                                             "{\"contactNumber\":\"" + numbers[i].toUtf8() + "\"}", {{"Authorization", bearer(demoJwt(c))}});
            QCOMPARE(r.json().value(QStringLiteral("statusCode")).toString(), QStringLiteral("success"));
            QCOMPARE(r.json().value(QStringLiteral("individualContact")).toObject().value(QStringLiteral("individualLastName")).toString(),
                     QStringLiteral("Restart%1").arg(i));
        }
        // A retried create after the restart still finds its contact.
        QCOMPARE(save(second.url(), c, 9100, QStringLiteral("Restart0")).json().value(QStringLiteral("contactNumber")).toString(),
                 numbers.first());
        QVERIFY(second.terminate());
    }

    void sigkillDuringAWriteLoopLosesNoCommittedCall()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("killed.sqlite"));
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({QStringLiteral("--db"), path, QStringLiteral("--seed-contacts"), QStringLiteral("0"),
                               QStringLiteral("--print-secrets"), QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        const DemoCredentials c = sandbox.credentials();

        // Six chains of saves, each starting the next when its answer arrives; SIGKILL after a while.
        struct Ack {
            int identifier;
            QString contactNumber;
        };
        QList<Ack> acknowledged;
        int nextIdentifier = 20'000;
        int inFlight = 0;
        bool killed = false;
        QNetworkAccessManager nam;
        std::function<void()> sendNext = [&] {
            if (killed)
                return;
            const int identifier = nextIdentifier++;
            QNetworkRequest request(restUrl(sandbox.url(), Service::ContactInformation, QStringLiteral("saveIndividualContactData")));
            request.setRawHeader("Content-Type", jsonType);
            request.setRawHeader("Authorization", bearer(demoJwt(c)));
            QNetworkReply *reply = nam.post(request, "{\"individualContactData\":{\"identifier\":" + QByteArray::number(identifier) +
                                                         ",\"individualContact\":{\"individualLastName\":\"Killed" +
                                                         QByteArray::number(identifier) + "\"}}}");
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, identifier] {
                --inFlight;
                const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
                if (reply->error() == QNetworkReply::NoError &&
                    answer.value(QStringLiteral("statusCode")).toString() == u"success")
                    acknowledged.append({identifier, answer.value(QStringLiteral("contactNumber")).toString()});
                reply->deleteLater();
                sendNext();
            });
        };
        for (int chain = 0; chain < 6; ++chain)
            sendNext();
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= 40, 60'000);
        sandbox.killHard();
        killed = true;
        QCOMPARE(sandbox.process().exitStatus(), QProcess::CrashExit);
        QTRY_COMPARE_WITH_TIMEOUT(inFlight, 0, 30'000);
        // Usually some calls were cut off; answers already on their way when the process died
        // may still arrive, so only the bound is certain.
        QVERIFY(nextIdentifier - 20'000 >= acknowledged.size());

        // The file opens, and every acknowledged save is in it.
        SandboxOptions options;
        options.databasePath = path;
        options.seedContacts = 0;
        Result<OpenedSandbox> reopened = openSandbox(options);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
        SandboxService &service = *reopened.value().service;
        for (const Ack &ack : std::as_const(acknowledged)) {
            dto::GetContactDataParams p;
            p.contactNumber = ack.contactNumber;
            const auto contact = service.getContactData(p, {});
            QCOMPARE(contact.statusCode, QStringLiteral("success"));
            QCOMPARE(contact.individualContact.value_or(dto::IndividualData{}).individualLastName,
                     QStringLiteral("Killed%1").arg(ack.identifier));
        }
        dto::SearchContactByCriteriaParams all;
        all.searchCriteria.lastName = QStringLiteral("Killed");
        all.searchCriteria.contactType = QStringLiteral("ANY");
        const int stored = service.searchContactByCriteria(all, {}).totalNumber.value_or(-1);
        QVERIFY(stored >= acknowledged.size());
        QVERIFY(stored <= nextIdentifier - 20'000);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttpProcess)
#include "tst_sandboxhttp_process.moc"
