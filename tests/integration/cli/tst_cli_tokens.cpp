// contactdesk-cli token send / token verify against a sandbox on loopback: one contact, the
// single-use life of a token (read back from the sandbox's outbox), and the bulk CSV with a mix
// of good, malformed, unknown and repeated ids.

#include "CliFixture.h"
#include "CsvRead.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace contactdesk;
using namespace contactdesk::clitest;

class TestCliTokens : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_f.start(30));
        dto::ContactSearchCriteria criteria;
        criteria.contactType = QStringLiteral("INDIVIDUAL");
        for (const dto::ContactDataResult &c : m_f.serverSearch(criteria)) {
            if (c.contactId && !c.email.isEmpty())
                m_contacts.append(c);
        }
        QVERIFY(m_contacts.size() >= 3);
    }

    void sendVerifyConsume()
    {
        const dto::ContactDataResult &c = m_contacts.at(0);
        const QString id = QString::number(*c.contactId);
        const CliRun sent = m_f.run({QStringLiteral("token"), QStringLiteral("send"), QStringLiteral("--contact-id"), id,
                                     QStringLiteral("--single-use")});
        QCOMPARE(sent.exitCode, 0);
        QVERIFY2(sent.err.isEmpty(), sent.err.constData());
        QVERIFY(sent.outText().contains(c.email));
        const QString token = newestTokenFor(c.email);
        QVERIFY(!token.isEmpty());
        QVERIFY(!sent.outText().contains(token)); // the token only travels by mail

        // From stdin (the safe way), then as an argument, then consumed.
        const CliRun fromStdin = m_f.run({QStringLiteral("token"), QStringLiteral("verify")}, token.toUtf8() + '\n');
        QCOMPARE(fromStdin.exitCode, 0);
        QVERIFY(fromStdin.outText().contains(id));
        QVERIFY(!fromStdin.outText().contains(token));
        const CliRun asArgument = m_f.run({QStringLiteral("token"), QStringLiteral("verify"), token});
        QCOMPARE(asArgument.exitCode, 0);

        const CliRun consumed = m_f.run({QStringLiteral("token"), QStringLiteral("verify"), QStringLiteral("--consume"),
                                         QStringLiteral("--json"), QStringLiteral("-")},
                                        token.toUtf8());
        QCOMPARE(consumed.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(consumed.out).object();
        QCOMPARE(o.value(u"contactId").toInteger(), *c.contactId);
        QCOMPARE(o.value(u"email").toString(), c.email);

        const CliRun again = m_f.run({QStringLiteral("token"), QStringLiteral("verify")}, token.toUtf8());
        CLI_VERIFY_ONE_LINE_FAILURE(again, 1);
        QVERIFY2(again.errText().contains(QStringLiteral("Invalid or expired token.")), again.err.constData());
        QVERIFY(!again.errText().contains(token));
    }

    void verifyWithoutToken()
    {
        const CliRun r = m_f.run({QStringLiteral("token"), QStringLiteral("verify")}, QByteArray());
        CLI_VERIFY_ONE_LINE_FAILURE(r, 2);
    }

    void sendUnknownContact()
    {
        const CliRun r = m_f.run({QStringLiteral("token"), QStringLiteral("send"), QStringLiteral("--contact-id"),
                                  QStringLiteral("987654321")});
        CLI_VERIFY_ONE_LINE_FAILURE(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("Unknown contact.")), r.err.constData());
    }

    void bulkSend_data()
    {
        QTest::addColumn<bool>("toFile");
        QTest::newRow("report file") << true;
        QTest::newRow("report on stdout") << false;
    }
    void bulkSend()
    {
        QFETCH(bool, toFile);
        const QString good1 = QString::number(*m_contacts.at(1).contactId);
        const QString good2 = QString::number(*m_contacts.at(2).contactId);
        const QString input = QStringLiteral("contactId\r\n%1\n# a comment\n\nnot-a-number\n987654321\n%2,extra column\n%1\n")
                                  .arg(good1, good2);
        const QString inputPath = m_f.cli->root() + QStringLiteral("/ids.csv");
        QFile in(inputPath);
        QVERIFY(in.open(QIODevice::WriteOnly | QIODevice::Truncate));
        in.write(input.toUtf8());
        in.close();
        const int mailsBefore = int(m_f.service->outbox(0).size());

        const QString reportPath = m_f.cli->root() + QStringLiteral("/report.csv");
        QFile::remove(reportPath);
        QStringList args{QStringLiteral("token"), QStringLiteral("send"), QStringLiteral("--from"), inputPath};
        if (toFile)
            args << QStringLiteral("--report") << reportPath;
        const CliRun r = m_f.run(args);
        CLI_VERIFY_ONE_LINE_FAILURE(r, 3); // some were not sent; no progress line (stderr is no terminal)
        QVERIFY2(r.errText().contains(QStringLiteral("3 of 5")), r.err.constData());

        QByteArray report = r.out;
        if (toFile) {
            QVERIFY(r.out.isEmpty());
            QFile file(reportPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            report = file.readAll();
        }
        const std::optional<QList<QStringList>> rows = readCsv(report);
        QVERIFY2(rows, report.constData());
        const QList<QStringList> expected{
            {QStringLiteral("contactId"), QStringLiteral("status"), QStringLiteral("email"), QStringLiteral("error")},
            {good1, QStringLiteral("sent"), m_contacts.at(1).email, QString()},
            {QStringLiteral("not-a-number"), QStringLiteral("failed"), QString(), QStringLiteral("not a contact id")},
            {QStringLiteral("987654321"), QStringLiteral("failed"), QString(), QStringLiteral("Unknown contact.")},
            {good2, QStringLiteral("sent"), m_contacts.at(2).email, QString()},
            {good1, QStringLiteral("failed"), QString(), QStringLiteral("duplicate of line 2 (not sent twice)")},
        };
        QCOMPARE(*rows, expected);
        QCOMPARE(int(m_f.service->outbox(0).size()), mailsBefore + 2); // one mail per good id, none twice
    }

    void bulkServerDown()
    {
        const QString inputPath = m_f.cli->root() + QStringLiteral("/down.csv");
        QFile in(inputPath);
        QVERIFY(in.open(QIODevice::WriteOnly | QIODevice::Truncate));
        in.write("1\n2\n3\n");
        in.close();
        const CliRun r = m_f.run({QStringLiteral("--base-url"), m_f.deadBase(), QStringLiteral("token"),
                                  QStringLiteral("send"), QStringLiteral("--from"), inputPath});
        CLI_VERIFY_ONE_LINE_FAILURE(r, 1);
        const std::optional<QList<QStringList>> rows = readCsv(r.out);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 4); // the header and every id, none sent
        for (qsizetype i = 1; i < rows->size(); ++i)
            QCOMPARE(rows->at(i).at(1), QStringLiteral("failed"));
        QVERIFY(rows->at(3).at(3).startsWith(QStringLiteral("not sent")));
    }

private:
    // The code of the newest registration mail to email (the last line of its body).
    QString newestTokenFor(const QString &email) const
    {
        for (const QJsonValue &v : m_f.service->outbox(0)) {
            const QJsonObject mail = v.toObject();
            if (mail.value(u"to").toString() != email || mail.value(u"kind").toString() != u"symphonyToken")
                continue;
            const QStringList lines = mail.value(u"body").toString().trimmed().split(u'\n');
            return lines.last().trimmed();
        }
        return {};
    }

    CliFixture m_f;
    QList<dto::ContactDataResult> m_contacts;
};

QTEST_GUILESS_MAIN(TestCliTokens)
#include "tst_cli_tokens.moc"
