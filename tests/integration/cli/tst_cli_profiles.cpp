// contactdesk-cli profiles and sessions: profile list / add / remove with the secrets in the
// keychain (read back by SecretStore, as the app does), a REST profile, reference-data from the
// shared cache (and stale data when the server is down), secrets on stdin, the demo profile
// with the sandbox embedded in the CLI, and the `sandbox` command in the foreground.

#include "CliFixture.h"

#include "credentials/SecretKey.h"
#include "credentials/SecretStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace contactdesk;
using namespace contactdesk::clitest;

namespace {

QJsonObject profileNamed(const QJsonArray &profiles, const QString &name)
{
    for (const QJsonValue &v : profiles) {
        if (v.toObject().value(u"name").toString() == name)
            return v.toObject();
    }
    return {};
}

// Reads a keychain entry from this process (the same service name as the CLI and the app).
Result<QString> readSecret(const QString &key)
{
    SecretStore store;
    QFuture<Result<QString>> future = store.read(key);
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 20'000))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("keychain read timed out"));
    return future.result();
}

} // namespace

class TestCliProfiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_f.start(30)); }

    void listShowsTheKeychainProfile()
    {
        const CliRun r = m_f.run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray profiles = QJsonDocument::fromJson(r.out).array();
        const QJsonObject loopback = profileNamed(profiles, QStringLiteral("Loopback"));
        QCOMPARE(loopback.value(u"current").toBool(), true);
        QCOMPARE(loopback.value(u"s360BaseUrl").toString(), m_f.base());
        QCOMPARE(loopback.value(u"secrets").toArray(),
                 QJsonArray({QStringLiteral("operator-password"), QStringLiteral("symphony-secret")}));
        QVERIFY(profileNamed(profiles, QStringLiteral("Demo sandbox")).value(u"isDemo").toBool()); // first run's demo

        const Result<QString> stored = readSecret(secretKey(loopback.value(u"id").toString(), SecretKind::OperatorPassword));
        QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
        QCOMPARE(stored.value(), m_f.credentials.operatorPassword);

        const CliRun text = m_f.run({QStringLiteral("profile"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.outText().contains(QStringLiteral("*\tLoopback\tsoap\t") + m_f.base()));
    }

    void addUseAndRemoveARestProfile()
    {
        const QStringList add{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("Rest loopback"), QStringLiteral("--url"), m_f.base(),
                              QStringLiteral("--institution"), m_f.credentials.institution, QStringLiteral("--login"),
                              m_f.credentials.operatorLogin, QStringLiteral("--partner"), m_f.credentials.partnerName,
                              QStringLiteral("--binding"), QStringLiteral("rest")};
        const QByteArray jwtLine = "jwt-secret=" + secretAsText(m_f.credentials.jwtSecret).toUtf8() + '\n';

        const CliRun missing = m_f.run(add, "operator-password=x\n");
        CLI_VERIFY_ONE_LINE_FAILURE(missing, 2);
        QVERIFY(missing.errText().contains(QStringLiteral("jwt-secret")));
        const CliRun malformed = m_f.run(add, "a line that is no KIND=VALUE pair\n");
        CLI_VERIFY_ONE_LINE_FAILURE(malformed, 2);
        QVERIFY(!malformed.errText().contains(QStringLiteral("no KIND"))); // the line itself is never echoed

        const CliRun added = m_f.run(add, jwtLine);
        QCOMPARE(added.exitCode, 0);
        const CliRun duplicate = m_f.run(add, jwtLine);
        CLI_VERIFY_ONE_LINE_FAILURE(duplicate, 2);
        QVERIFY(duplicate.errText().contains(QStringLiteral("already exists")));

        const CliRun listed = m_f.run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject rest = profileNamed(QJsonDocument::fromJson(listed.out).array(), QStringLiteral("Rest loopback"));
        QCOMPARE(rest.value(u"binding").toString(), QStringLiteral("rest"));
        QCOMPARE(rest.value(u"current").toBool(), false);
        QCOMPARE(rest.value(u"secrets").toArray(), QJsonArray({QStringLiteral("jwt-secret")}));
        const QString id = rest.value(u"id").toString();

        // The REST binding, with the JWT key from the keychain.
        const CliRun searched = m_f.run({QStringLiteral("--profile"), QStringLiteral("rest LOOPBACK"),
                                         QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(searched.exitCode, 0);
        QCOMPARE(searched.outLines().size(), 4);

        const CliRun removed = m_f.run({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Rest loopback")});
        QCOMPARE(removed.exitCode, 0);
        const Result<QString> gone = readSecret(secretKey(id, SecretKind::JwtSecret));
        QVERIFY(!gone.ok());
        QVERIFY2(SecretStore::isNotFound(gone.error()), qPrintable(gone.error().toString()));
        const CliRun after = m_f.run({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(profileNamed(QJsonDocument::fromJson(after.out).array(), QStringLiteral("Rest loopback")).isEmpty());
        const CliRun useRemoved = m_f.run({QStringLiteral("--profile"), QStringLiteral("Rest loopback"),
                                           QStringLiteral("get"), QStringLiteral("1")});
        CLI_VERIFY_ONE_LINE_FAILURE(useRemoved, 2);
    }

    void referenceData()
    {
        const CliRun fetched = m_f.run({QStringLiteral("reference-data"), QStringLiteral("--json")});
        QCOMPARE(fetched.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(fetched.out).object();
        const dto::StructureTypeListResult types = m_f.service->getStructureTypes({}, {});
        QCOMPARE(o.value(u"structureTypes").toArray().size(), types.structureTypes.size());
        QVERIFY(!o.value(u"contactCriteria").toArray().isEmpty());
        QVERIFY(!o.value(u"authorizations").toArray().isEmpty());
        QVERIFY(o.contains(u"administrativeNumbers"));
        QCOMPARE(o.value(u"stale").toBool(), false);
        QVERIFY(o.value(u"ageSeconds").toInteger() < 60);

        // From the cache now: no server needed.
        const CliRun cached = m_f.run({QStringLiteral("--base-url"), m_f.deadBase(), QStringLiteral("reference-data")});
        QCOMPARE(cached.exitCode, 0);
        QVERIFY(cached.out.startsWith("Fetched: "));
        QVERIFY(cached.outText().contains(QStringLiteral("Structure types (%1):").arg(types.structureTypes.size())));
        QVERIFY(!cached.outText().contains(QStringLiteral("out of date")));

        // --refresh with the server down: the old data, said to be stale.
        const CliRun stale = m_f.run({QStringLiteral("--base-url"), m_f.deadBase(), QStringLiteral("reference-data"),
                                      QStringLiteral("--refresh"), QStringLiteral("--json")});
        QCOMPARE(stale.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(stale.out).object();
        QCOMPARE(s.value(u"stale").toBool(), true);
        QVERIFY(s.value(u"staleReason").toString().contains(QStringLiteral("refused"), Qt::CaseInsensitive));

        const CliRun refreshed = m_f.run({QStringLiteral("reference-data"), QStringLiteral("--refresh")});
        QCOMPARE(refreshed.exitCode, 0);
        QVERIFY(refreshed.outText().contains(QStringLiteral("(age 0 s)")));
    }

    void secretsFromStdin()
    {
        // The demo profile pointed at a server of our own, with the secrets on stdin (no keychain).
        const CliRun r = m_f.run({QStringLiteral("--profile"), QStringLiteral("Demo sandbox"), QStringLiteral("--base-url"),
                                  m_f.base(), QStringLiteral("--secrets-stdin"), QStringLiteral("search"),
                                  QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--json")},
                                 m_f.secretLines());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outLines().size(), 2);
        const CliRun wrong = m_f.run({QStringLiteral("--profile"), QStringLiteral("Demo sandbox"),
                                      QStringLiteral("--base-url"), m_f.base(), QStringLiteral("--secrets-stdin"),
                                      QStringLiteral("get"), QStringLiteral("1")},
                                     "operator-password=not-the-password\n");
        CLI_VERIFY_ONE_LINE_FAILURE(wrong, 1);
        const CliRun none = m_f.run({QStringLiteral("--profile"), QStringLiteral("Demo sandbox"),
                                     QStringLiteral("--base-url"), m_f.base(), QStringLiteral("get"), QStringLiteral("1")});
        CLI_VERIFY_ONE_LINE_FAILURE(none, 1);
        QVERIFY(none.errText().contains(QStringLiteral("operator-password")));
    }

    void demoProfileStartsTheEmbeddedSandbox()
    {
        const CliRun r = m_f.run({QStringLiteral("--profile"), QStringLiteral("Demo sandbox"), QStringLiteral("search"),
                                  QStringLiteral("--type"), QStringLiteral("individual"), QStringLiteral("--limit"),
                                  QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.outLines().size(), 4);
        QVERIFY(QFile::exists(m_f.cli->root() + QStringLiteral("/data/ContactDesk/ContactDesk/sandbox.sqlite")));
        const CliRun token = m_f.run({QStringLiteral("--profile"), QStringLiteral("Demo sandbox"), QStringLiteral("token"),
                                      QStringLiteral("send"), QStringLiteral("--contact-id"),
                                      r.outLines().at(1).section(u'\t', 1, 1)});
        QVERIFY2(token.exitCode == 0, token.err.constData());
    }

    void sandboxCommand()
    {
        QProcess process;
        process.setProcessEnvironment(m_f.cli->environment());
        process.start(m_f.cli->program(), {QStringLiteral("sandbox"), QStringLiteral("--memory"), QStringLiteral("--port"),
                                           QStringLiteral("0"), QStringLiteral("--seed-contacts"), QStringLiteral("5"),
                                           QStringLiteral("--print-secrets")});
        QByteArray out;
        QVERIFY2(waitForOutput(process, out, "Rate limit:"), out.constData());
        QString url, password;
        for (const QString &line : QString::fromUtf8(out).split(u'\n')) {
            if (line.startsWith(QStringLiteral("ContactDesk sandbox listening on ")))
                url = line.section(u' ', -1);
            if (line.startsWith(QStringLiteral("Operator password: ")))
                password = line.section(u' ', -1);
        }
        QVERIFY(url.startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(!password.isEmpty());

        const CliRun r = m_f.cli->run({QStringLiteral("--profile"), QStringLiteral("Demo sandbox"), QStringLiteral("--base-url"),
                                       url, QStringLiteral("--secrets-stdin"), QStringLiteral("search")},
                                      "operator-password=" + password.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outLines().size() >= 1 + 5); // the five individuals seeded, and their structure

        process.terminate(); // SIGTERM: a clean stop
        QVERIFY(QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 30'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains("ContactDesk sandbox stopped."));
    }

private:
    CliFixture m_f;
};

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
