// Crash safety (issue 6): the REAL contactdesk executable (QProcess), on a keychain-backed SOAP
// profile that points at a sandbox served by this test on loopback (a file database), edits a
// contact (an existing one, or a new individual with its client identifier) and is killed with
// SIGKILL: once with unsaved edits only, once after its save request went out and the server
// applied it (its answer held back by an injected latency). Started again, the app offers the
// draft; restoring and saving it leaves exactly one copy of the change on the server: one
// contact for a create (same identifier, same contact) and no second write of an edit the
// server already holds (its lastModificationDate does not move).
//
// The app is driven through its test-build hook --automation-script (app/AutomationScript.h).
// Run inside tools/with-test-session.sh (private D-Bus session with an unlocked keyring).

#include "credentials/SecretKey.h"
#include "credentials/SecretStore.h"
#include "domain/SandboxService.h"
#include "profiles/ProfileStore.h"
#include "server/SandboxServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifndef CONTACTDESK_APP
#error "CONTACTDESK_APP (the path of the built contactdesk) must be defined"
#endif

using namespace contactdesk;
using sandbox::server::FaultSpec;
using sandbox::server::SandboxServer;
using sandbox::server::ServerOptions;

namespace {

// One run of the app with its stdout collected line by line.
class AppRun {
public:
    AppRun(const QProcessEnvironment &environment, const QString &scriptPath)
    {
        m_process.setProcessEnvironment(environment);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { m_err += m_process.readAllStandardError(); });
        m_process.start(QStringLiteral(CONTACTDESK_APP), {QStringLiteral("--automation-script"), scriptPath});
    }
    ~AppRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QStringList lines() const { return QString::fromUtf8(m_out).split(u'\n', Qt::SkipEmptyParts); }
    // The first line starting with prefix, or a null string.
    QString line(const QString &prefix) const
    {
        for (const QString &l : lines()) {
            if (l.startsWith(prefix))
                return l;
        }
        return {};
    }
    bool has(const QString &prefix) const { return !line(prefix).isNull(); }
    QString output() const { return QString::fromUtf8(m_out) + QStringLiteral("\n--- stderr:\n") + QString::fromUtf8(m_err); }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

// Waits (event loop running, the sandbox answering) for a line starting with prefix.
#define WAIT_FOR_LINE(run, prefix)                                                                          \
    do {                                                                                                    \
        QTRY_VERIFY2_WITH_TIMEOUT((run).has(prefix) || (run).has(QStringLiteral("automation-failed")) ||   \
                                      (run).process().state() == QProcess::NotRunning,                      \
                                  qPrintable((run).output()), 60000);                                       \
        QVERIFY2((run).has(prefix), qPrintable((run).output()));                                            \
    } while (false)

} // namespace

class CrashSafetyTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void killedAndRestarted_data();
    void killedAndRestarted();

private:
    QString writeScript(const QString &name, const QStringList &commands);
    int draftFilesOnDisk() const;
    dto::ContactDataResult stored(const QString &contactNumber);
    QList<dto::ContactDataResult> withLastName(const QString &lastName);
    QString createIndividual(const QString &lastName);

    QTemporaryDir m_databaseDir;
    std::unique_ptr<sandbox::SandboxService> m_service;
    sandbox::DemoCredentials m_credentials;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home; // one per test: settings, drafts, cache of the app
    QProcessEnvironment m_environment;
};

void CrashSafetyTest::initTestCase()
{
    QVERIFY(m_databaseDir.isValid());
    sandbox::SandboxOptions options;
    options.databasePath = m_databaseDir.filePath(QStringLiteral("sandbox.sqlite"));
    options.seedContacts = 20;
    Result<sandbox::OpenedSandbox> opened = sandbox::openSandbox(options);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    m_service = std::move(opened.value().service);
    m_credentials = opened.value().credentials;
    ServerOptions serverOptions;
    serverOptions.institution = m_credentials.institution;
    serverOptions.rateLimitPerMinute = 0;
    m_server = std::make_unique<SandboxServer>(*m_service, serverOptions);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void CrashSafetyTest::init()
{
    // A fresh HOME for the app: its settings with a profile "Loopback" (made current) for this
    // server, its password in the keychain, and no drafts yet.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_environment = QProcessEnvironment::systemEnvironment();
    const QString root = m_home->path();
    for (const auto &[variable, folder] : {std::pair{"HOME", "home"}, std::pair{"XDG_CONFIG_HOME", "config"},
                                          std::pair{"XDG_DATA_HOME", "data"}, std::pair{"XDG_CACHE_HOME", "cache"}}) {
        QVERIFY(QDir().mkpath(root + u'/' + QLatin1StringView(folder)));
        m_environment.insert(QLatin1StringView(variable), root + u'/' + QLatin1StringView(folder));
    }
    m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));

    // The app's QSettings on Linux: $XDG_CONFIG_HOME/<organization>/<application>.conf, INI.
    QSettings settings(root + QStringLiteral("/config/ContactDesk/ContactDesk.conf"), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    SecretStore secrets;
    profiles.setSecretStore(&secrets);
    profiles.load();
    ConnectionProfile profile;
    profile.name = QStringLiteral("Loopback");
    profile.s360BaseUrl = m_server->baseUrl();
    profile.institutionCode = m_credentials.institution;
    profile.operatorLogin = m_credentials.operatorLogin;
    profile.partnerName = m_credentials.partnerName;
    profile.binding = S360Binding::Soap;
    profile.rateLimitPerMinute = 180;
    const Result<ConnectionProfile> saved = profiles.save(profile);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QVERIFY(profiles.setCurrentProfileId(saved->id));
    QFuture<Result<bool>> written =
        secrets.write(secretKey(saved->id, SecretKind::OperatorPassword), m_credentials.operatorPassword);
    QTRY_VERIFY_WITH_TIMEOUT(written.isFinished(), 15000);
    QVERIFY2(written.result().ok() && secrets.isPersistent(),
             "the keychain is not reachable: run inside tools/with-test-session.sh");
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
}

void CrashSafetyTest::cleanup()
{
    m_server->setFaults(FaultSpec{});
    m_home.reset();
}

void CrashSafetyTest::cleanupTestCase()
{
    m_server.reset();
    m_service.reset();
}

QString CrashSafetyTest::writeScript(const QString &name, const QStringList &commands)
{
    const QString path = m_home->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(commands.join(u'\n').toUtf8().append('\n'));
    return path;
}

int CrashSafetyTest::draftFilesOnDisk() const
{
    int count = 0;
    QDirIterator it(m_home->filePath(QStringLiteral("data")), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (it.next().contains(QStringLiteral("/drafts/")))
            ++count;
    }
    return count;
}

dto::ContactDataResult CrashSafetyTest::stored(const QString &contactNumber)
{
    dto::GetContactDataParams params;
    params.contactNumber = contactNumber;
    params.details = {QStringLiteral("GENERAL")};
    return m_service->getContactData(params, {m_credentials.institution, m_credentials.operatorLogin,
                                              QDateTime::currentDateTimeUtc()});
}

QList<dto::ContactDataResult> CrashSafetyTest::withLastName(const QString &lastName)
{
    dto::SearchContactByCriteriaParams params;
    params.searchCriteria.lastName = lastName;
    params.searchCriteria.contactType = QStringLiteral("ANY");
    params.searchCriteria.maxResults = 100;
    const dto::ContactSearchResult found = m_service->searchContactByCriteria(
        params, {m_credentials.institution, m_credentials.operatorLogin, QDateTime::currentDateTimeUtc()});
    QList<dto::ContactDataResult> exact;
    for (const dto::ContactDataResult &c : found.contacts) {
        if (c.individualContact && c.individualContact->individualLastName == lastName)
            exact << c;
    }
    return exact;
}

QString CrashSafetyTest::createIndividual(const QString &lastName)
{
    dto::SaveIndividualContactDataParams params;
    params.individualContactData.individualContact = dto::IndividualData{};
    params.individualContactData.individualContact->individualFirstName = QStringLiteral("Clara");
    params.individualContactData.individualContact->individualLastName = lastName;
    const dto::ContactSaveResult saved = m_service->saveIndividualContactData(
        params, {m_credentials.institution, m_credentials.operatorLogin, QDateTime::currentDateTimeUtc()});
    return saved.contactNumber;
}

void CrashSafetyTest::killedAndRestarted_data()
{
    QTest::addColumn<bool>("newIndividual");
    QTest::addColumn<bool>("saveSent");
    QTest::newRow("edit, unsaved") << false << false;
    QTest::newRow("edit, save sent and applied") << false << true;
    QTest::newRow("new individual, unsaved") << true << false;
    QTest::newRow("new individual, save sent and applied") << true << true;
}

void CrashSafetyTest::killedAndRestarted()
{
    QFETCH(bool, newIndividual);
    QFETCH(bool, saveSent);
    const QString suffix = QString::number(QRandomGenerator::global()->bounded(1000000, 9999999));
    const QString newName = QStringLiteral("Crashsafe") + suffix;
    QString contactNumber;
    QDateTime before;
    if (!newIndividual) {
        contactNumber = createIndividual(QStringLiteral("Before") + suffix);
        QVERIFY(!contactNumber.isEmpty());
        before = stored(contactNumber).lastModificationDate;
        QVERIFY(before.isValid());
    }
    const QString go = m_home->filePath(QStringLiteral("go"));
    const QString never = m_home->filePath(QStringLiteral("never"));

    // First run: edit, maybe save (its answer held back), then SIGKILL.
    QStringList first;
    if (newIndividual)
        first << QStringLiteral("new-individual") << QStringLiteral("set individualContact.individualFirstName Nora");
    else
        first << QStringLiteral("open ") + contactNumber;
    first << QStringLiteral("set individualContact.individualLastName ") + newName;
    if (saveSent)
        first << QStringLiteral("wait-file ") + go << QStringLiteral("save");
    first << QStringLiteral("wait-file ") + never;
    QDateTime appliedAt;
    {
        AppRun run(m_environment, writeScript(QStringLiteral("first.script"), first));
        WAIT_FOR_LINE(run, QStringLiteral("ready"));
        QVERIFY2(!run.has(QStringLiteral("draft-offered")), qPrintable(run.output()));
        QTRY_VERIFY2_WITH_TIMEOUT(run.lines().filter(QStringLiteral("draft-written")).size() == (newIndividual ? 2 : 1),
                                  qPrintable(run.output()), 60000);
        QVERIFY2(draftFilesOnDisk() == 1, qPrintable(run.output()));
        if (saveSent) {
            // The server applies the save at once but answers a minute later: the app dies
            // with the request applied and no answer.
            FaultSpec slow;
            slow.latency = std::chrono::milliseconds(60000);
            m_server->setFaults(slow);
            QFile goFile(go);
            QVERIFY(goFile.open(QIODevice::WriteOnly));
            goFile.close();
            WAIT_FOR_LINE(run, QStringLiteral("save-sent"));
            QTRY_COMPARE_WITH_TIMEOUT(withLastName(newName).size(), qsizetype(1), 30000);
            if (!newIndividual)
                appliedAt = stored(contactNumber).lastModificationDate;
        }
        run.process().kill(); // SIGKILL on Unix
        QTRY_VERIFY_WITH_TIMEOUT(run.process().state() == QProcess::NotRunning, 10000);
        QCOMPARE(run.process().exitStatus(), QProcess::CrashExit);
        QVERIFY2(!run.has(QStringLiteral("saved ")), qPrintable(run.output()));
        m_server->setFaults(FaultSpec{});
    }
    QCOMPARE(draftFilesOnDisk(), 1); // the draft survived the kill
    if (!saveSent) {
        QCOMPARE(withLastName(newName).size(), qsizetype(0));
        if (!newIndividual)
            QCOMPARE(stored(contactNumber).lastModificationDate, before);
    }
    QString createdNumber;
    if (newIndividual && saveSent)
        createdNumber = withLastName(newName).value(0).contactNumber;

    // Second run: the draft is offered; restore it and save what needs saving.
    {
        AppRun run(m_environment, writeScript(QStringLiteral("second.script"),
                                              {QStringLiteral("restore-drafts"), QStringLiteral("save"),
                                               QStringLiteral("quit")}));
        WAIT_FOR_LINE(run, QStringLiteral("ready"));
        QCOMPARE(run.line(QStringLiteral("draft-offered")), QStringLiteral("draft-offered 1"));
        WAIT_FOR_LINE(run, QStringLiteral("restored"));
        // Never waitForFinished(): the sandbox answers from this thread's event loop.
        QTRY_VERIFY2_WITH_TIMEOUT(run.process().state() == QProcess::NotRunning, qPrintable(run.output()), 60000);
        QVERIFY2(!run.has(QStringLiteral("automation-failed")), qPrintable(run.output()));
        QVERIFY2(run.process().exitStatus() == QProcess::NormalExit && run.process().exitCode() == 0,
                 qPrintable(run.output()));
        if (!newIndividual && saveSent) {
            // The server held the edit already: nothing is saved a second time.
            QVERIFY2(run.line(QStringLiteral("restored")).startsWith(QStringLiteral("restored clean")), qPrintable(run.output()));
            QVERIFY2(run.has(QStringLiteral("nothing-to-save")), qPrintable(run.output()));
        } else {
            QVERIFY2(run.line(QStringLiteral("restored")).startsWith(QStringLiteral("restored dirty")), qPrintable(run.output()));
            QVERIFY2(run.has(QStringLiteral("save-sent")), qPrintable(run.output()));
            QVERIFY2(run.has(QStringLiteral("saved ")), qPrintable(run.output()));
        }
        const QString savedLine = run.line(QStringLiteral("saved "));
        if (newIndividual && saveSent)
            QCOMPARE(savedLine, QStringLiteral("saved ") + createdNumber); // same identifier, same contact
        if (!newIndividual && !saveSent)
            QCOMPARE(savedLine, QStringLiteral("saved ") + contactNumber);
    }

    // Exactly one copy of the change on the server, and no draft left.
    const QList<dto::ContactDataResult> copies = withLastName(newName);
    QCOMPARE(copies.size(), qsizetype(1));
    if (newIndividual) {
        QCOMPARE(copies.first().individualContact->individualFirstName, QStringLiteral("Nora"));
        if (saveSent)
            QCOMPARE(copies.first().contactNumber, createdNumber);
    } else {
        QCOMPARE(copies.first().contactNumber, contactNumber);
        const QDateTime after = stored(contactNumber).lastModificationDate;
        QVERIFY(after > before);
        if (saveSent)
            QCOMPARE(after, appliedAt); // applied once, not twice
    }
    QCOMPARE(draftFilesOnDisk(), 0);
}

QTEST_GUILESS_MAIN(CrashSafetyTest)
#include "tst_crashsafety.moc"
