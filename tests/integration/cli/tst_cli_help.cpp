// contactdesk-cli without a server: --help for every command (both spellings), --version, and
// the command-line mistakes that end with exit 2 and one line on stderr.

#include "CliHarness.h"

#include <QTest>

using namespace contactdesk::clitest;

namespace {

const QStringList commands{QStringLiteral("search"),       QStringLiteral("get"),
                           QStringLiteral("export"),       QStringLiteral("token send"),
                           QStringLiteral("token verify"), QStringLiteral("reference-data"),
                           QStringLiteral("profile list"), QStringLiteral("profile add"),
                           QStringLiteral("profile remove"), QStringLiteral("sandbox")};

} // namespace

class TestCliHelp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_cli = std::make_unique<CliHarness>(QStringLiteral(CONTACTDESK_CLI)); }

    void generalHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")};
        QTest::newRow("help") << QStringList{QStringLiteral("help")};
    }
    void generalHelp()
    {
        QFETCH(QStringList, arguments);
        const CliRun r = m_cli->run(arguments);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.startsWith("Usage: contactdesk-cli"));
        for (const QString &command : commands)
            QVERIFY2(r.outText().contains(QStringLiteral("\n  ") + command + u' '), qPrintable(command));
        QVERIFY(r.outText().contains(QStringLiteral("--profile <NAME>")));
        QVERIFY(r.outText().contains(QStringLiteral("Exit status")));
    }

    void commandHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        const QHash<QString, QString> options{
            {QStringLiteral("search"), QStringLiteral("--last-name")},
            {QStringLiteral("get"), QStringLiteral("--details")},
            {QStringLiteral("export"), QStringLiteral("--format")},
            {QStringLiteral("token send"), QStringLiteral("--contact-id")},
            {QStringLiteral("token verify"), QStringLiteral("--consume")},
            {QStringLiteral("reference-data"), QStringLiteral("--refresh")},
            {QStringLiteral("profile list"), QStringLiteral("--json")},
            {QStringLiteral("profile add"), QStringLiteral("--institution")},
            {QStringLiteral("profile remove"), QStringLiteral("NAME")},
            {QStringLiteral("sandbox"), QStringLiteral("--print-secrets")},
        };
        for (const QString &command : commands) {
            const QStringList words = command.split(u' ');
            QTest::addRow("help %s", qPrintable(command))
                << (QStringList{QStringLiteral("help")} + words) << command << options.value(command);
            QTest::addRow("%s --help", qPrintable(command))
                << (words + QStringList{QStringLiteral("--help")}) << command << options.value(command);
        }
    }
    void commandHelp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, command);
        QFETCH(QString, option);
        const CliRun r = m_cli->run(arguments);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QString firstLine = r.outLines().value(0);
        QVERIFY2(firstLine.startsWith(QStringLiteral("Usage: contactdesk-cli %1 [options]").arg(command)),
                 qPrintable(firstLine));
        QVERIFY2(r.outText().contains(option), qPrintable(r.outText()));
        QVERIFY(r.outText().contains(QStringLiteral("--profile"))); // the global options too
    }

    void groupHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("subcommands");
        QTest::newRow("help token") << QStringList{QStringLiteral("help"), QStringLiteral("token")}
                                    << QStringList{QStringLiteral("token send"), QStringLiteral("token verify")};
        QTest::newRow("profile --help") << QStringList{QStringLiteral("profile"), QStringLiteral("--help")}
                                        << QStringList{QStringLiteral("profile list"), QStringLiteral("profile add"),
                                                       QStringLiteral("profile remove")};
    }
    void groupHelp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, subcommands);
        const CliRun r = m_cli->run(arguments);
        QCOMPARE(r.exitCode, 0);
        for (const QString &sub : subcommands)
            QVERIFY(r.outText().contains(sub));
    }

    void version()
    {
        const CliRun r = m_cli->run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText().trimmed(), QStringLiteral("contactdesk-cli " CONTACTDESK_VERSION));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        auto row = [](const char *name, QStringList args, const char *says) {
            QTest::newRow(name) << args << QString::fromUtf8(says);
        };
        row("no command", {}, "no command");
        row("unknown command", {QStringLiteral("frobnicate")}, "unknown command \"frobnicate\"");
        row("help of unknown command", {QStringLiteral("help"), QStringLiteral("frobnicate")}, "unknown command");
        row("unknown global option", {QStringLiteral("--nope"), QStringLiteral("search")}, "nope");
        row("unknown option", {QStringLiteral("search"), QStringLiteral("--nope")}, "nope");
        row("token without subcommand", {QStringLiteral("token")}, "expected a subcommand");
        row("unknown subcommand", {QStringLiteral("profile"), QStringLiteral("rename")}, "unknown command");
        row("bad contact number", {QStringLiteral("get"), QStringLiteral("12ab")}, "bad contact number");
        row("too long contact number", {QStringLiteral("get"), QString(21, u'1')}, "bad contact number");
        row("get without number", {QStringLiteral("get")}, "CONTACT_NUMBER");
        row("unknown detail level", {QStringLiteral("get"), QStringLiteral("1"), QStringLiteral("--details"),
                                     QStringLiteral("GENERAL,NOPE")}, "NOPE");
        row("bad contact type", {QStringLiteral("search"), QStringLiteral("--type"), QStringLiteral("robot")}, "--type");
        row("bad page size", {QStringLiteral("search"), QStringLiteral("--page-size"), QStringLiteral("501")},
            "--page-size");
        row("criterion value alone", {QStringLiteral("search"), QStringLiteral("--criterion-value"), QStringLiteral("X")},
            "--criterion");
        row("export without format", {QStringLiteral("export")}, "--format");
        row("export bad format", {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf")}, "--format");
        row("export numbers and filters", {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                                           QStringLiteral("--town"), QStringLiteral("Lyon"), QStringLiteral("12")},
            "not both");
        row("token send without target", {QStringLiteral("token"), QStringLiteral("send")}, "--contact-id");
        row("token send both targets", {QStringLiteral("token"), QStringLiteral("send"), QStringLiteral("--contact-id"),
                                        QStringLiteral("1"), QStringLiteral("--from"), QStringLiteral("x.csv")},
            "--contact-id");
        row("token send bad id", {QStringLiteral("token"), QStringLiteral("send"), QStringLiteral("--contact-id"),
                                  QStringLiteral("-4")}, "--contact-id");
        row("bad base url", {QStringLiteral("--base-url"), QStringLiteral("ftp://x"), QStringLiteral("search")},
            "--base-url");
        row("unknown profile", {QStringLiteral("--profile"), QStringLiteral("No such profile"), QStringLiteral("search"),
                                QStringLiteral("--last-name"), QStringLiteral("A")}, "Unknown profile");
        row("profile add incomplete", {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--name"),
                                       QStringLiteral("X")}, "--url");
        row("profile add bad binding", {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--name"),
                                        QStringLiteral("X"), QStringLiteral("--url"), QStringLiteral("https://x.example"),
                                        QStringLiteral("--institution"), QStringLiteral("MOSA"), QStringLiteral("--login"),
                                        QStringLiteral("L"), QStringLiteral("--binding"), QStringLiteral("corba")},
            "--binding");
        row("profile remove unknown", {QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Nope")},
            "Unknown profile");
        row("sandbox bad port", {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("70000")}, "--port");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const CliRun r = m_cli->run(arguments);
        QVERIFY(!r.timedOut && !r.crashed);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLineCount(), 1);
        QVERIFY2(r.err.startsWith("contactdesk-cli: "), r.err.constData());
        QVERIFY2(r.errText().contains(says), r.err.constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData());
    }

private:
    std::unique_ptr<CliHarness> m_cli;
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"
