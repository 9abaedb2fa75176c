#pragma once

// What most CLI tests start from: a sandbox served in this process on a free loopback port
// (a fresh temporary database, no rate limit), a CliHarness with its own HOME/XDG folders, and
// a keychain-backed SOAP profile "Loopback" made current with `profile add` (its secrets fed on
// stdin). Needs the private D-Bus session with an unlocked keyring of tools/with-test-session.sh.

#include "CliHarness.h"

#include "domain/SandboxService.h"
#include "server/SandboxServer.h"

#include <QTcpServer>
#include <QTest>

#include <memory>

#ifndef CONTACTDESK_CLI
#error "CONTACTDESK_CLI (the path of the built contactdesk-cli) must be defined"
#endif

namespace contactdesk::clitest {

using sandbox::server::SandboxServer;
using sandbox::server::ServerOptions;

// A secret as the keychain keeps it: itself when printable ASCII, else "base64:...".
inline QString secretAsText(const QByteArray &secret)
{
    for (const char c : secret) {
        if (c < 0x21 || c > 0x7e)
            return QStringLiteral("base64:") + QString::fromLatin1(secret.toBase64());
    }
    return QString::fromLatin1(secret);
}

// A loopback port nothing listens on (taken, then released).
inline quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

class CliFixture {
public:
    std::unique_ptr<sandbox::SandboxService> service;
    sandbox::DemoCredentials credentials;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<CliHarness> cli;

    QUrl baseUrl() const { return server->baseUrl(); }
    QString base() const { return baseUrl().toString(); }
    QString deadBase() const { return QStringLiteral("http://127.0.0.1:%1").arg(closedPort()); }

    // KIND=VALUE lines of every demo secret.
    QByteArray secretLines() const
    {
        return QStringLiteral("operator-password=%1\njwt-secret=%2\nsymphony-secret=%3\n")
            .arg(credentials.operatorPassword, secretAsText(credentials.jwtSecret),
                 secretAsText(credentials.symphonySecret))
            .toUtf8();
    }

    // Starts everything; false (with a QWARN) when a piece does not come up.
    bool start(int seedContacts = 60)
    {
        sandbox::SandboxOptions options;
        options.inMemory = true;
        options.seedContacts = seedContacts;
        Result<sandbox::OpenedSandbox> opened = sandbox::openSandbox(options);
        if (!opened) {
            qWarning("openSandbox: %s", qUtf8Printable(opened.error().message));
            return false;
        }
        service = std::move(opened.value().service);
        credentials = opened.value().credentials;
        ServerOptions serverOptions;
        serverOptions.institution = credentials.institution;
        serverOptions.rateLimitPerMinute = 0;
        server = std::make_unique<SandboxServer>(*service, serverOptions);
        if (!server->start()) {
            qWarning("server: %s", qUtf8Printable(server->errorString()));
            return false;
        }
        cli = std::make_unique<CliHarness>(QStringLiteral(CONTACTDESK_CLI));
        const CliRun added = cli->run(
            {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Loopback"),
             QStringLiteral("--url"), base(), QStringLiteral("--institution"), credentials.institution,
             QStringLiteral("--login"), credentials.operatorLogin, QStringLiteral("--partner"), credentials.partnerName,
             QStringLiteral("--symphony-url"), base(), QStringLiteral("--api-key"), credentials.symphonyApiKey,
             QStringLiteral("--current")},
            QStringLiteral("operator-password=%1\nsymphony-secret=%2\n")
                .arg(credentials.operatorPassword, secretAsText(credentials.symphonySecret))
                .toUtf8());
        if (added.exitCode != 0) {
            qWarning("profile add failed (is the test inside tools/with-test-session.sh?): %s",
                     qUtf8Printable(added.errText()));
            return false;
        }
        return true;
    }

    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        CliRun r = cli->run(arguments, input);
        checkNoSecret(r);
        return r;
    }

    // No secret of the sandbox ever reaches the CLI's output.
    void checkNoSecret(const CliRun &r) const
    {
        const QList<QByteArray> secrets{credentials.operatorPassword.toUtf8(),
                                        secretAsText(credentials.jwtSecret).toUtf8(),
                                        secretAsText(credentials.symphonySecret).toUtf8(),
                                        credentials.symphonySecret.toBase64(), credentials.jwtSecret.toBase64()};
        for (const QByteArray &s : secrets) {
            if (s.size() >= 8 && (r.out.contains(s) || r.err.contains(s)))
                QFAIL("a secret was printed");
        }
    }

    // The contacts the server itself finds for these criteria (every page at once).
    QList<dto::ContactDataResult> serverSearch(dto::ContactSearchCriteria criteria) const
    {
        QList<dto::ContactDataResult> all;
        criteria.maxResults = 500;
        for (int first = 0;; first += 500) {
            criteria.firstResult = first;
            dto::SearchContactByCriteriaParams params{criteria};
            const dto::ContactSearchResult page = service->searchContactByCriteria(params, {});
            all += page.contacts;
            if (page.contacts.size() < 500)
                return all;
        }
    }
};

// The checks every failing run must pass: the exit code, nothing but ONE line on stderr, the
// program's name first.
#define CLI_VERIFY_ONE_LINE_FAILURE(run, expectedExit)                                                  \
    do {                                                                                                 \
        QVERIFY2(!(run).timedOut && !(run).crashed, qPrintable((run).errText()));                        \
        QCOMPARE((run).exitCode, (expectedExit));                                                        \
        QCOMPARE((run).errLineCount(), 1);                                                               \
        QVERIFY2((run).err.startsWith("contactdesk-cli: "), (run).err.constData());                      \
    } while (false)

} // namespace contactdesk::clitest
