// Secret-leak check: a full scripted session, then a search of everything it left behind.
//
// The sandbox (served from this process on loopback, its database outside the scanned folder)
// gets distinctive demo secrets. HOME and XDG_* of this process and of every contactdesk-cli
// run point at ONE fresh folder. In that folder the session:
// - saves a connection profile through ProfileStore with its three secrets written to the
//   keychain through SecretStore (the connection dialog's path), and adds two more profiles with
//   `contactdesk-cli profile add` (secrets on stdin);
// - calls in every binding: S-360 over SOAP and REST, Symphony over SOAP 1.1 and SOAP 1.2 (the
//   in-process session), HTTP GET and HTTP POST (the CLI), a contact saved with a ticket-shop
//   password, GenerateTokenForContact / VerifyTokenForContact;
// - tests a ticket-shop login with "remember me" in TicketShopDialog and copies the cookie,
//   fails a login (wrong password), changes the contact's password (the new one is a secret);
// - fails calls: a wrong operator password (CLI), a server fault (HTTP 500, in-process and CLI);
// - copies the activity log (the activity dock's Copy) and keeps it in a file, as a user pasting
//   it into a bug report would; caches the reference data; writes a contact draft holding a
//   password; exports CSV and vCard (the app's ContactExporter and `contactdesk-cli export`).
// Then every file under the folder, every byte the CLI printed, every Qt message of this process
// (debug included), the activity text and the texts the dialogs showed are searched for each
// secret (plain, base64/base64url, percent-encoded, XML-escaped) and for each JWT, Symphony
// signature, remember-me token and registration token the session produced (the JWTs and
// signatures are recomputed for every second of the session): zero hits. A self-check first
// proves the scanner finds a planted secret.

#include "SecretScanner.h"
#include "SpinUntil.h"

#include "../cli/CliHarness.h"

#include "activity/ActivityDock.h"
#include "activity/ActivityModel.h"
#include "api/ApiSession.h"
#include "auth/JwtForger.h"
#include "auth/RememberMeCookie.h"
#include "auth/SymphonySignature.h"
#include "cache/ReferenceDataCache.h"
#include "credentials/SecretKey.h"
#include "credentials/SecretStore.h"
#include "credentials/SecretText.h"
#include "domain/SandboxService.h"
#include "drafts/DraftStore.h"
#include "exporting/ContactExporter.h"
#include "profiles/ProfileStore.h"
#include "server/SandboxServer.h"
#include "session/SessionManager.h"
#include "store/Crypto.h"
#include "store/Database.h"
#include "store/ReferenceStore.h"
#include "ticketshop/TicketShopDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#ifndef CONTACTDESK_CLI
#error "CONTACTDESK_CLI (the path of the built contactdesk-cli) must be defined"
#endif

using namespace contactdesk;
using namespace contactdesk::leaktest;
using contactdesk::clitest::CliHarness;
using contactdesk::clitest::CliRun;

namespace {

// The distinctive secrets of this session (each with characters that encodings change).
const QString kOperatorPassword = QStringLiteral("Op&Pw+Leak/7Q9zK2vXr");
const QByteArray kJwtSecret = QByteArrayLiteral("JwtKey+Leak/3f8a1c9e27d4b6051a2b");
const QByteArray kSymphonySecret = QByteArrayLiteral("SymKey+Leak?9d2e7b41c05a8f36e1");
const QString kWrongOperatorPassword = QStringLiteral("Wrong+Op/Leak-Pw9x");
const QString kContactPassword = QStringLiteral("Contact&Leak+Pw-42x");
const QString kDraftPassword = QStringLiteral("Draft<Leak>Pw-77q");
const QString kTicketPassword = QStringLiteral("Sandbox-Demo-1"); // the demo contact's, typed in the dialog
const QString kWrongTicketPassword = QStringLiteral("Wrong-Ticket+Leak-31");
const QString kNewTicketPassword = QStringLiteral("New/Ticket+Leak-5k8P2w");

// The one folder the whole session lives in (HOME, XDG_*), made in main() before QApplication.
CliHarness *g_cli = nullptr;

// Every Qt message of this process.
QMutex g_messagesMutex;
QByteArray g_messages;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    {
        QMutexLocker lock(&g_messagesMutex);
        g_messages += text.toUtf8() + '\n';
    }
    if (g_previousHandler && type != QtDebugMsg)
        g_previousHandler(type, context, text);
}

using testsupport::spinUntil;

template <class T> Result<T> await(QFuture<Result<T>> future, int timeoutMs = 30'000)
{
    if (!spinUntil([&] { return future.isFinished(); }, timeoutMs))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("test: the call did not end in time"));
    if (future.isCanceled() || future.resultCount() == 0)
        return ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("test: no result"));
    return future.result();
}

bool writeFile(const QString &path, const QByteArray &bytes, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(mode) && file.write(bytes) == bytes.size();
}

} // namespace

class TestSecretLeak : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(captureMessage);
        QVERIFY(g_cli);
        QCOMPARE(QDir::homePath(), g_cli->root() + QStringLiteral("/home"));
        m_root = g_cli->root();
        m_exports = m_root + QStringLiteral("/home/exports");
        QVERIFY(QDir().mkpath(m_exports));
        startSandbox();
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        m_server.reset();
        m_service.reset();
    }

    // The scanner finds what was planted, in every form, and nothing in a clean file.
    void scannerFindsPlantedSecrets()
    {
        SecretScanner scanner;
        scanner.addSecret(QStringLiteral("operator password"), kOperatorPassword.toUtf8());
        scanner.addToken(QStringLiteral("a JWT signature"), QByteArrayLiteral("Xy9-kq_3Zp0aBcDeFgHiJkLmNoPqRsTuVwX"));
        QTemporaryDir planted;
        QVERIFY(planted.isValid());
        const QString dir = planted.path();
        QVERIFY(writeFile(dir + QStringLiteral("/clean.ini"), "[profiles]\nname=Leak SOAP\nlogin=MOSA_DEMO\n"));
        QVERIFY(writeFile(dir + QStringLiteral("/a/plain.ini"), "password=" + kOperatorPassword.toUtf8() + "\n"));
        // Basic auth: "MOSA_DEMO:" shifts the secret off a 3-byte boundary (10 bytes, 10 % 3 == 1).
        QVERIFY(writeFile(dir + QStringLiteral("/a/b/basic.log"),
                          "Authorization: Basic " + ("MOSA_DEMO:" + kOperatorPassword.toUtf8()).toBase64() + "\n"));
        QVERIFY(writeFile(dir + QStringLiteral("/query.txt"),
                          "GET /x?Password=" + QUrl::toPercentEncoding(kOperatorPassword) + "&a=b\n"));
        QVERIFY(writeFile(dir + QStringLiteral("/envelope.xml"),
                          "<wsse:Password>Op&amp;Pw+Leak/7Q9zK2vXr</wsse:Password>"));
        QVERIFY(writeFile(dir + QStringLiteral("/.hidden"), "Bearer a.b.Xy9-kq_3Zp0aBcDeFgHiJkLmNoPqRsTuVwX"));
        QStringList files;
        const QStringList hits = scanner.scanTree(dir, &files);
        QCOMPARE(files.size(), 6);
        const auto hitIn = [&hits](const QString &file, const QString &form) {
            for (const QString &h : hits) {
                if (h.endsWith(file) && h.contains(form))
                    return true;
            }
            return false;
        };
        QVERIFY2(hitIn(QStringLiteral("/a/plain.ini"), QStringLiteral("(plain)")), qPrintable(hits.join(u'\n')));
        QVERIFY2(hitIn(QStringLiteral("/basic.log"), QStringLiteral("(base64)")), qPrintable(hits.join(u'\n')));
        QVERIFY2(hitIn(QStringLiteral("/query.txt"), QStringLiteral("(percent-encoded)")), qPrintable(hits.join(u'\n')));
        QVERIFY2(hitIn(QStringLiteral("/envelope.xml"), QStringLiteral("(XML-escaped)")), qPrintable(hits.join(u'\n')));
        QVERIFY2(hitIn(QStringLiteral("/.hidden"), QStringLiteral("a JWT signature")), qPrintable(hits.join(u'\n')));
        for (const QString &h : hits)
            QVERIFY2(!h.endsWith(QStringLiteral("/clean.ini")), qPrintable(h));
        // Captured output, too.
        QCOMPARE(scanner.scan(QStringLiteral("stderr"), "error: bad password " + kOperatorPassword.toUtf8()).size(), 1);
        QVERIFY(scanner.scan(QStringLiteral("stderr"), "error: bad password").isEmpty());
    }

    void fullSessionLeaksNothing()
    {
        const qint64 startedAt = QDateTime::currentSecsSinceEpoch();
        QSettings settings; // the app's and the CLI's settings (organisation and application ContactDesk)
        ProfileStore profiles(&settings);
        SecretStore secrets;
        profiles.setSecretStore(&secrets);
        profiles.load();

        // ---- a profile saved with every secret in the keychain, as the connection dialog does
        ConnectionProfile profile;
        profile.name = QStringLiteral("Leak SOAP");
        profile.s360BaseUrl = m_server->baseUrl();
        profile.institutionCode = m_credentials.institution;
        profile.operatorLogin = m_credentials.operatorLogin;
        profile.partnerName = m_credentials.partnerName;
        profile.binding = S360Binding::Soap;
        profile.salesChannelCode = QStringLiteral("WEB");
        profile.symphonyBaseUrl = m_server->baseUrl();
        profile.symphonyApiKey = m_credentials.symphonyApiKey;
        profile.symphonyBinding = SymphonyBinding::Soap11;
        profile.rateLimitPerMinute = 180;
        const Result<ConnectionProfile> saved = profiles.save(profile);
        QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
        profile = saved.value();
        QVERIFY(profiles.setCurrentProfileId(profile.id));
        const QList<std::pair<SecretKind, QString>> stored{
            {SecretKind::OperatorPassword, kOperatorPassword},
            {SecretKind::JwtSecret, secretTextFromBytes(kJwtSecret)},
            {SecretKind::SymphonySecret, secretTextFromBytes(kSymphonySecret)}};
        for (const auto &[kind, text] : stored) {
            const Result<bool> written = await(secrets.write(secretKey(profile.id, kind), text));
            QVERIFY2(written.ok(), qPrintable(QStringLiteral("keychain write failed (run inside tools/with-test-session.sh): ")
                                              + written.error().toString()));
            QVERIFY(!secrets.isSessionOnly(secretKey(profile.id, kind)));
        }
        settings.sync();

        ui::SessionManager sessions(&profiles, &secrets, nullptr);
        connect(&sessions, &ui::SessionManager::openFailed, this,
                [this](const ConnectionProfile &, const ApiError &e) { m_shown << e.toString(); });

        // ---- in-process session, S-360 over SOAP, Symphony over SOAP 1.1; then REST and SOAP 1.2
        const QString sample = sampleContact();
        const qint64 tokenContact = sampleTokenContact();
        QVERIFY(!sample.isEmpty() && tokenContact > 0);
        const struct {
            S360Binding s360;
            SymphonyBinding symphony;
        } rounds[] = {{S360Binding::Soap, SymphonyBinding::Soap11}, {S360Binding::Rest, SymphonyBinding::Soap12}};
        int round = 0;
        for (const auto &r : rounds) {
            profile.binding = r.s360;
            profile.symphonyBinding = r.symphony;
            QVERIFY(profiles.save(profile).ok());
            ApiSession *before = sessions.session();
            sessions.open(profile.id);
            QVERIFY2(spinUntil([&] { return sessions.session() && sessions.session() != before && !sessions.isOpening(); }),
                     qPrintable(m_shown.join(u'\n')));
            QVERIFY(spinUntil([&] { return sessions.referenceData().has_value(); }));
            ApiSession *session = sessions.session();
            QCOMPARE(session->profile().binding, r.s360);
            runCalls(session, sample, int(tokenContact), round++);
            if (QTest::currentTestFailed())
                return;
            if (r.s360 == S360Binding::Rest) {
                ticketShop(session);
                if (QTest::currentTestFailed())
                    return;
                serverFault(session, sample);
                exportInProcess(session);
                if (QTest::currentTestFailed())
                    return;
                // The reference data cached to disk, fetched again on purpose.
                QVERIFY(await(session->referenceData()->refresh()).ok());
                QVERIFY(QFile::exists(session->referenceData()->filePath()));
                m_referenceFile = session->referenceData()->filePath();
            }
            copyActivity(session);
        }

        // ---- a contact draft holding a ticket-shop password
        ui::DraftStore drafts;
        ui::ContactDraft draft;
        draft.profileId = profile.id;
        draft.contactNumber = sample;
        draft.savedAt = QDateTime::currentDateTimeUtc();
        draft.title = QStringLiteral("Draft with a password");
        dto::IndividualContactData edit;
        edit.contactNumber = sample;
        edit.individualContact = dto::IndividualData{};
        edit.individualContact->individualLastName = QStringLiteral("Drafted");
        edit.login = QStringLiteral("drafted.login@example.ch");
        edit.password = kDraftPassword;
        draft.individual = edit;
        QVERIFY(drafts.save(draft));
        const QString draftFile = drafts.filePath(profile.id, draft.key());
        QVERIFY(QFile::exists(draftFile));
        QVERIFY(draftFile.startsWith(m_root));

        // ---- the CLI: two more profiles (REST + HTTP POST, SOAP + HTTP GET), calls, exports, failures
        cliSession();
        if (QTest::currentTestFailed())
            return;

        // ---- what the session produced that is secret: tokens and signatures
        const qint64 endedAt = QDateTime::currentSecsSinceEpoch();
        SecretScanner scanner;
        scanner.addSecret(QStringLiteral("operator password"), kOperatorPassword.toUtf8());
        scanner.addSecret(QStringLiteral("JWT secret"), kJwtSecret);
        scanner.addSecret(QStringLiteral("Symphony secret"), kSymphonySecret);
        scanner.addSecret(QStringLiteral("wrong operator password"), kWrongOperatorPassword.toUtf8());
        scanner.addSecret(QStringLiteral("contact password"), kContactPassword.toUtf8());
        scanner.addSecret(QStringLiteral("draft password"), kDraftPassword.toUtf8());
        scanner.addSecret(QStringLiteral("ticket-shop password"), kTicketPassword.toUtf8());
        scanner.addSecret(QStringLiteral("wrong ticket-shop password"), kWrongTicketPassword.toUtf8());
        scanner.addSecret(QStringLiteral("new ticket-shop password"), kNewTicketPassword.toUtf8());
        QVERIFY(!m_rememberMeToken.isEmpty());
        scanner.addSecret(QStringLiteral("remember-me token"), m_rememberMeToken.toUtf8());
        scanner.addToken(QStringLiteral("remember-me cookie"), m_rememberMeCookieValue);
        const QStringList tokens = registrationTokens();
        QVERIFY(tokens.size() >= 4);
        for (const QString &token : tokens)
            scanner.addSecret(QStringLiteral("registration token"), token.toUtf8());
        for (qint64 second = startedAt - 2; second <= endedAt + 2; ++second) {
            auth::JwtClaims claims{m_credentials.institution, m_credentials.operatorLogin, m_credentials.partnerName,
                                   second, second + auth::jwtMaxLifetimeSeconds};
            const QByteArray jwt = auth::JwtForger::sign(claims, kJwtSecret);
            scanner.addToken(QStringLiteral("JWT"), jwt);
            scanner.addToken(QStringLiteral("JWT signature"), jwt.mid(jwt.lastIndexOf('.') + 1));
            const QString timestamp = auth::symphonyTimestamp(QDateTime::fromSecsSinceEpoch(second, Qt::UTC));
            for (const char *operation : {ops::GenerateTokenForContact::info.name, ops::VerifyTokenForContact::info.name}) {
                scanner.addToken(QStringLiteral("Symphony signature"),
                                 auth::symphonySignature(kSymphonySecret, m_credentials.symphonyApiKey, timestamp,
                                                         QString::fromLatin1(operation))
                                     .toUtf8());
            }
        }
        qInfo("searching for %d needles", scanner.needleCount());
        // The recomputed JWTs and signatures are the ones the clients make (same format, same key).
        const QByteArray liveJwt = auth::JwtForger().forge(m_credentials.institution, m_credentials.operatorLogin,
                                                           m_credentials.partnerName, kJwtSecret);
        QVERIFY(!scanner.scan(QStringLiteral("probe"), liveJwt).isEmpty());
        const wire::SymphonyAuthValues liveSignature =
            auth::signSymphonyCall(m_credentials.symphonyApiKey, kSymphonySecret,
                                   QString::fromLatin1(ops::GenerateTokenForContact::info.name),
                                   QDateTime::currentDateTimeUtc());
        QVERIFY(!scanner.scan(QStringLiteral("probe"), liveSignature.signature.toUtf8()).isEmpty());

        // ---- the search
        QStringList files;
        QStringList hits = scanner.scanTree(m_root, &files);
        for (const auto &[origin, bytes] : std::as_const(m_captured))
            hits += scanner.scan(origin, bytes);
        {
            QMutexLocker lock(&g_messagesMutex);
            hits += scanner.scan(QStringLiteral("Qt messages of the test process"), g_messages);
        }
        hits += scanner.scan(QStringLiteral("texts shown by the dialogs"), m_shown.join(u'\n').toUtf8());
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
        qInfo("searched %lld files and %lld captured outputs", qint64(files.size()), qint64(m_captured.size()));
        if (qEnvironmentVariableIsSet("CONTACTDESK_LEAK_LIST"))
            qInfo("%s", qPrintable(files.join(u'\n')));

        // The search covered what the session wrote: settings, reference cache, draft, exports, activity.
        const auto wrote = [&files](const QString &part) {
            return std::any_of(files.begin(), files.end(), [&part](const QString &f) { return f.contains(part); });
        };
        QVERIFY2(wrote(QStringLiteral("/config/ContactDesk/")), qPrintable(files.join(u'\n')));
        QVERIFY2(files.contains(m_referenceFile), qPrintable(files.join(u'\n')));
        QVERIFY(files.contains(draftFile));
        for (const char *name : {"app.csv", "app.vcf", "cli.csv", "cli.vcf", "activity.txt"})
            QVERIFY2(files.contains(m_exports + u'/' + QLatin1StringView(name)), name);
        QVERIFY2(wrote(QStringLiteral("/cache/")), qPrintable(files.join(u'\n')));
        // The settings do name the profiles (the scan read the right file).
        QFile conf(settings.fileName());
        QVERIFY(conf.open(QIODevice::ReadOnly));
        const QByteArray confText = conf.readAll();
        QVERIFY(confText.contains("Leak SOAP") && confText.contains("Leak REST"));
        QVERIFY(m_captured.size() >= 10);
    }

private:
    void startSandbox()
    {
        sandbox::SandboxOptions options;
        options.inMemory = true; // a temporary folder outside the scanned one: the server's secrets live there
        options.seedContacts = 40;
        Result<sandbox::OpenedSandbox> opened = sandbox::openSandbox(options);
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        m_service = std::move(opened.value().service);
        m_credentials = opened.value().credentials;
        QVERIFY(!m_service->database().path().startsWith(m_root));
        // The distinctive demo secrets.
        {
            namespace st = sandbox::store;
            st::Transaction t(m_service->database(), st::Transaction::Kind::Write);
            const auto institution = st::findInstitution(t.db(), m_credentials.institution);
            QVERIFY(institution);
            const auto op = st::findOperator(t.db(), institution->institutionId, m_credentials.operatorLogin);
            QVERIFY(op);
            st::updateOperatorPassword(t.db(), op->operatorId, st::hashPassword(kOperatorPassword));
            QSqlQuery q(t.db());
            QVERIFY(q.prepare(QStringLiteral("UPDATE operators SET api_secret = ? WHERE operator_id = ?")));
            q.addBindValue(kJwtSecret);
            q.addBindValue(op->operatorId);
            QVERIFY(q.exec());
            QVERIFY(q.prepare(QStringLiteral("UPDATE symphony_api_keys SET secret = ? WHERE api_key = ?")));
            q.addBindValue(kSymphonySecret);
            q.addBindValue(m_credentials.symphonyApiKey);
            QVERIFY(q.exec());
            t.commit();
        }
        m_credentials.operatorPassword = kOperatorPassword;
        m_credentials.jwtSecret = kJwtSecret;
        m_credentials.symphonySecret = kSymphonySecret;
        QCOMPARE(m_service->jwtSecretFor(m_credentials.institution, m_credentials.operatorLogin).value_or(QByteArray()), kJwtSecret);
        sandbox::server::ServerOptions serverOptions;
        serverOptions.institution = m_credentials.institution;
        serverOptions.rateLimitPerMinute = 0;
        m_server = std::make_unique<sandbox::server::SandboxServer>(*m_service, serverOptions);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    }

    QString sqlText(const QString &sql) const
    {
        sandbox::store::Transaction t(m_service->database(), sandbox::store::Transaction::Kind::Read);
        QSqlQuery q(t.db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0).toString();
    }
    QString sampleContact() const
    {
        return sqlText(QStringLiteral("SELECT contact_number FROM contacts WHERE contact_type = 'INDIVIDUAL' "
                                      "AND login IS NULL ORDER BY contact_id LIMIT 1"));
    }
    qint64 sampleTokenContact() const
    {
        return sqlText(QStringLiteral("SELECT contact_id FROM contacts WHERE contact_type = 'INDIVIDUAL' "
                                      "AND email IS NOT NULL AND email <> '' ORDER BY contact_id DESC LIMIT 1"))
            .toLongLong();
    }

    // The tokens the sandbox mailed (the last line of each token mail).
    QStringList registrationTokens() const
    {
        QStringList tokens;
        for (const QJsonValue &v : m_service->outbox(0)) {
            const QJsonObject mail = v.toObject();
            if (mail.value(u"kind").toString() == u"symphonyToken")
                tokens << mail.value(u"body").toString().trimmed().split(u'\n').last().trimmed();
        }
        return tokens;
    }
    QString newestToken() const
    {
        const QStringList tokens = registrationTokens();
        return tokens.isEmpty() ? QString() : tokens.first();
    }

    void runCalls(ApiSession *session, const QString &sample, int tokenContact, int round)
    {
        const auto read = await(session->s360()->getContactData(
            sample, {QStringLiteral("GENERAL"), QStringLiteral("ADDRESSES"), QStringLiteral("COM_MEANS")}));
        QVERIFY2(read.ok(), qPrintable(read.error().toString()));
        dto::ContactSearchCriteria criteria;
        criteria.contactType = QStringLiteral("INDIVIDUAL");
        criteria.maxResults = 10;
        const auto found = await(session->s360()->searchContactByCriteria(criteria));
        QVERIFY2(found.ok(), qPrintable(found.error().toString()));
        // A contact saved with a ticket-shop login and password (the password is a secret).
        dto::IndividualContactData created;
        created.individualContact = dto::IndividualData{};
        created.individualContact->individualFirstName = QStringLiteral("Lena");
        created.individualContact->individualLastName = QStringLiteral("Leakcheck%1").arg(round);
        created.email = QStringLiteral("lena.leakcheck%1@example.ch").arg(round);
        created.login = created.email;
        created.password = kContactPassword;
        const auto saved = await(session->s360()->saveIndividualContactData(created));
        QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
        // Symphony: a token mailed, then verified (without consuming it) and consumed.
        const auto generated = await(session->symphony()->generateTokenForContact(tokenContact, true));
        QVERIFY2(generated.ok(), qPrintable(generated.error().toString()));
        const QString token = newestToken();
        QVERIFY(!token.isEmpty());
        const auto verified = await(session->symphony()->verifyTokenForContact(token, false));
        QVERIFY2(verified.ok(), qPrintable(verified.error().toString()));
        const auto consumed = await(session->symphony()->verifyTokenForContact(token, true));
        QVERIFY2(consumed.ok(), qPrintable(consumed.error().toString()));
        const auto again = await(session->symphony()->verifyTokenForContact(token, true));
        QVERIFY(!again.ok()); // a failing Symphony call: consumed
        m_shown << again.error().toString();
    }

    void ticketShop(ApiSession *session)
    {
        const QString login = QStringLiteral("anna.demo@example.ch");
        const QString number = sqlText(QStringLiteral("SELECT contact_number FROM contacts WHERE login = '%1'").arg(login));
        QVERIFY(!number.isEmpty());
        ui::TicketShopDialog dialog(session, number, login, login);
        dialog.loginEdit()->setText(login);
        dialog.passwordEdit()->setText(kTicketPassword);
        QSignalSpy posLoaded(&dialog, &ui::TicketShopDialog::pointsOfSalesLoaded);
        dialog.loadPointsOfSales();
        QVERIFY(spinUntil([&] { return posLoaded.count() > 0; }));
        QVERIFY2(posLoaded.first().first().toInt() > 0, qPrintable(dialog.loginResult()->text()));
        m_shown << dialog.loginResult()->text();

        QSignalSpy tested(&dialog, &ui::TicketShopDialog::loginTested);
        dialog.passwordEdit()->setText(kTicketPassword);
        dialog.rememberMeBox()->setChecked(true);
        dialog.testLogin();
        QVERIFY(spinUntil([&] { return tested.count() > 0; }));
        QVERIFY2(tested.first().first().toBool(), qPrintable(dialog.loginResult()->text()));
        m_shown << dialog.loginResult()->text();
        QVERIFY(dialog.copyCookieButton()->isEnabled());
        QApplication::clipboard()->clear();
        dialog.copyCookie();
        const QString cookieLine = QApplication::clipboard()->text();
        QVERIFY2(cookieLine.startsWith(QStringLiteral("stx_rememberMe_")), qPrintable(cookieLine));
        m_shown << dialog.loginResult()->text();
        const QByteArray value = cookieLine.section(u'=', 1).section(u';', 0, 0).toLatin1();
        const std::optional<auth::RememberMeValues> parsed = auth::RememberMeCookie::parse(value);
        QVERIFY2(parsed && !parsed->token.isEmpty(), value.constData());
        m_rememberMeToken = parsed->token;
        m_rememberMeCookieValue = value;
        QApplication::clipboard()->clear();

        // A failing login.
        tested.clear();
        dialog.passwordEdit()->setText(kWrongTicketPassword);
        dialog.rememberMeBox()->setChecked(false);
        dialog.testLogin();
        QVERIFY(spinUntil([&] { return tested.count() > 0; }));
        QVERIFY(!tested.first().first().toBool());
        m_shown << dialog.loginResult()->text();

        // A password change: the new password is a secret too.
        QSignalSpy changed(&dialog, &ui::TicketShopDialog::changeFinished);
        dialog.currentPasswordEdit()->setText(kTicketPassword);
        dialog.newPasswordEdit()->setText(kNewTicketPassword);
        dialog.confirmPasswordEdit()->setText(kNewTicketPassword);
        dialog.changePassword();
        QVERIFY(spinUntil([&] { return changed.count() > 0; }));
        QVERIFY2(changed.first().first().toBool(), qPrintable(dialog.changeResult()->text()));
        m_shown << dialog.changeResult()->text();
        // The new one works.
        const auto relogin = await(session->s360()->authenticate([&] {
            dto::ContactAuthenticationData d;
            d.login = login;
            d.password = kNewTicketPassword;
            d.contactTypeScope = QStringLiteral("ANY");
            return d;
        }()));
        QVERIFY2(relogin.ok(), qPrintable(relogin.error().toString()));
    }

    void serverFault(ApiSession *session, const QString &sample)
    {
        const Result<sandbox::server::FaultSpec> spec = sandbox::server::FaultSpec::parse(QStringLiteral("error500=1"));
        QVERIFY(spec.ok());
        m_server->setFaults(spec.value());
        const auto failed = await(session->s360()->getContactData(sample, {QStringLiteral("GENERAL")}));
        m_server->setFaults(sandbox::server::FaultSpec{});
        QVERIFY(!failed.ok());
        m_shown << failed.error().toString();
    }

    void exportInProcess(ApiSession *session)
    {
        dto::ContactSearchCriteria criteria;
        criteria.lastName = QStringLiteral("Leakcheck");
        for (const auto &[format, name] : {std::pair{ui::ContactExporter::Format::Csv, "app.csv"},
                                           std::pair{ui::ContactExporter::Format::VCard, "app.vcf"}}) {
            ui::ContactExporter exporter(session);
            QSignalSpy finished(&exporter, &ui::ContactExporter::finished);
            exporter.exportSearch(format, criteria, m_exports + u'/' + QLatin1StringView(name));
            QVERIFY(spinUntil([&] { return finished.count() > 0; }));
            QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().last().toString()));
            m_shown << finished.first().last().toString();
        }
        QFile csv(m_exports + QStringLiteral("/app.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("Leakcheck"));
    }

    // The activity dock's Copy (every row), kept in a file as a bug report would.
    void copyActivity(ApiSession *session)
    {
        ui::ActivityDock dock;
        dock.setLog(session->log());
        QVERIFY(dock.model()->rowCount() > 0);
        const QString text = dock.copySelection();
        QVERIFY(text.contains(QStringLiteral("getContactData")));
        QVERIFY(text.contains(QStringLiteral("--- request ---"))); // the excerpts where credentials travel
        QVERIFY(writeFile(m_exports + QStringLiteral("/activity.txt"), text.toUtf8(), QIODevice::Append));
        m_captured.append({QStringLiteral("activity copied to the clipboard"), QApplication::clipboard()->text().toUtf8()});
        m_captured.append({QStringLiteral("request log"), session->log()->toText().toUtf8()});
    }

    CliRun cli(const QString &what, const QStringList &arguments, const QByteArray &input = {})
    {
        CliRun r = g_cli->run(arguments, input);
        m_captured.append({what + QStringLiteral(" stdout"), r.out});
        m_captured.append({what + QStringLiteral(" stderr"), r.err});
        return r;
    }

    void cliSession()
    {
        const QString base = m_server->baseUrl().toString();
        const QByteArray allSecrets = "operator-password=" + kOperatorPassword.toUtf8() + "\njwt-secret="
                                      + secretTextFromBytes(kJwtSecret).toUtf8() + "\nsymphony-secret="
                                      + secretTextFromBytes(kSymphonySecret).toUtf8() + "\n";
        const struct {
            const char *name;
            const char *binding;
            const char *symphony;
        } added[] = {{"Leak REST", "rest", "post"}, {"Leak GET", "soap", "get"}};
        for (const auto &p : added) {
            const QString name = QLatin1StringView(p.name);
            const CliRun add = cli(QStringLiteral("profile add ") + name,
                                   {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--name"), name,
                                    QStringLiteral("--url"), base, QStringLiteral("--institution"), m_credentials.institution,
                                    QStringLiteral("--login"), m_credentials.operatorLogin, QStringLiteral("--partner"),
                                    m_credentials.partnerName, QStringLiteral("--binding"), QLatin1StringView(p.binding),
                                    QStringLiteral("--symphony-url"), base, QStringLiteral("--api-key"),
                                    m_credentials.symphonyApiKey, QStringLiteral("--symphony-binding"),
                                    QLatin1StringView(p.symphony), QStringLiteral("--sales-channel"), QStringLiteral("WEB"),
                                    QStringLiteral("--rate-limit"), QStringLiteral("180")},
                                   allSecrets);
            QVERIFY2(add.exitCode == 0, add.err.constData());
        }
        QCOMPARE(cli(QStringLiteral("profile list"), {QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")}).exitCode, 0);

        const QString sample = sampleContact();
        const QString tokenContact = QString::number(sampleTokenContact());
        for (const auto &p : added) {
            const QString name = QLatin1StringView(p.name);
            const QStringList profile{QStringLiteral("--profile"), name, QStringLiteral("--verbose")};
            const auto ok = [&](const QString &what, const QStringList &args, const QByteArray &input = {}) {
                const CliRun r = cli(name + u' ' + what, args + profile, input);
                if (r.exitCode != 0)
                    qWarning("%s: exit %d: %s", qPrintable(what), r.exitCode, r.err.constData());
                return r.exitCode == 0;
            };
            QVERIFY(ok(QStringLiteral("search"), {QStringLiteral("search"), QStringLiteral("--last-name"),
                                                  QStringLiteral("Leakcheck"), QStringLiteral("--json")}));
            QVERIFY(ok(QStringLiteral("get"), {QStringLiteral("get"), sample, QStringLiteral("--details"),
                                               QStringLiteral("ADDRESSES,COM_MEANS")}));
            QVERIFY(ok(QStringLiteral("reference-data"), {QStringLiteral("reference-data"), QStringLiteral("--refresh")}));
            const bool rest = QLatin1StringView(p.binding) == u"rest";
            QVERIFY(ok(QStringLiteral("export"),
                       {QStringLiteral("export"), QStringLiteral("--format"), rest ? QStringLiteral("csv") : QStringLiteral("vcard"),
                        QStringLiteral("--output"), m_exports + (rest ? QStringLiteral("/cli.csv") : QStringLiteral("/cli.vcf")),
                        QStringLiteral("--limit"), QStringLiteral("5")}));
            QVERIFY(ok(QStringLiteral("token send"), {QStringLiteral("token"), QStringLiteral("send"),
                                                      QStringLiteral("--contact-id"), tokenContact}));
            const QString token = newestToken();
            QVERIFY(ok(QStringLiteral("token verify"), {QStringLiteral("token"), QStringLiteral("verify"), QStringLiteral("--consume")},
                       token.toUtf8() + '\n'));
        }

        // Failures: a wrong operator password (SOAP profile, secrets on stdin), a server fault.
        const CliRun wrong = cli(QStringLiteral("get with a wrong password"),
                                 {QStringLiteral("get"), sample, QStringLiteral("--profile"), QStringLiteral("Leak GET"),
                                  QStringLiteral("--secrets-stdin"), QStringLiteral("--verbose")},
                                 "operator-password=" + kWrongOperatorPassword.toUtf8() + "\n");
        QVERIFY2(wrong.exitCode == 1, wrong.err.constData());
        const Result<sandbox::server::FaultSpec> spec = sandbox::server::FaultSpec::parse(QStringLiteral("error500=1"));
        QVERIFY(spec.ok());
        m_server->setFaults(spec.value());
        const CliRun fault = cli(QStringLiteral("get against a failing server"),
                                 {QStringLiteral("get"), sample, QStringLiteral("--profile"), QStringLiteral("Leak REST"),
                                  QStringLiteral("--verbose")});
        const CliRun tokenFault = cli(QStringLiteral("token send against a failing server"),
                                      {QStringLiteral("token"), QStringLiteral("send"), QStringLiteral("--contact-id"),
                                       tokenContact, QStringLiteral("--profile"), QStringLiteral("Leak GET")});
        m_server->setFaults(sandbox::server::FaultSpec{});
        QVERIFY2(fault.exitCode == 1, fault.err.constData());
        QVERIFY2(tokenFault.exitCode == 1, tokenFault.err.constData());
    }

    std::unique_ptr<sandbox::SandboxService> m_service;
    sandbox::DemoCredentials m_credentials;
    std::unique_ptr<sandbox::server::SandboxServer> m_server;
    QString m_root;
    QString m_exports;
    QString m_referenceFile;
    QString m_rememberMeToken;
    QByteArray m_rememberMeCookieValue;
    QStringList m_shown;                             // texts the dialogs and errors showed
    QList<std::pair<QString, QByteArray>> m_captured; // CLI output, copied activity
};

int main(int argc, char *argv[])
{
    // Every diagnostic category of ours on, in this process and in the CLI runs.
    qputenv("QT_LOGGING_RULES", "contactdesk.*.debug=true");
    CliHarness harness(QStringLiteral(CONTACTDESK_CLI)); // HOME and XDG_* of the CLI runs
    g_cli = &harness;
    const QString root = harness.root();
    qputenv("HOME", QFile::encodeName(root + QStringLiteral("/home")));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(root + QStringLiteral("/config")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(root + QStringLiteral("/cache")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(root + QStringLiteral("/data")));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ContactDesk"));
    QApplication::setOrganizationDomain(QStringLiteral("contactdesk.org"));
    QApplication::setApplicationName(QStringLiteral("ContactDesk"));
    TestSecretLeak test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secret_leak.moc"
