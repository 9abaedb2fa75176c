// contactdesk-cli search / get / export against a sandbox on loopback, through a keychain-backed
// profile: every page streamed, JSON, detail levels, CSV (RFC 4180) and vCard 4.0 output, and
// the failures (unknown contact, server down) with exit 1 and one line on stderr.

#include "CliFixture.h"
#include "CsvRead.h"

#include "export/ContactCsv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace contactdesk;
using namespace contactdesk::clitest;

class TestCliContacts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_f.start(60)); }

    void searchStreamsEveryPage_data()
    {
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<QString>("pageSize");
        dto::ContactSearchCriteria individuals;
        individuals.contactType = QStringLiteral("INDIVIDUAL");
        QTest::newRow("individuals, pages of 7") << QStringList{QStringLiteral("--type"), QStringLiteral("individual")}
                                                 << QStringLiteral("7");
        QTest::newRow("everyone, pages of 500") << QStringList{} << QStringLiteral("500");
        QTest::newRow("structures, pages of 1") << QStringList{QStringLiteral("--type"), QStringLiteral("STRUCTURE")}
                                                << QStringLiteral("1");
    }
    void searchStreamsEveryPage()
    {
        QFETCH(QStringList, filters);
        QFETCH(QString, pageSize);
        dto::ContactSearchCriteria criteria;
        if (!filters.isEmpty())
            criteria.contactType = filters.last().toUpper();
        const QList<dto::ContactDataResult> expected = m_f.serverSearch(criteria);
        QVERIFY(!expected.isEmpty());

        const CliRun r = m_f.run(QStringList{QStringLiteral("search"), QStringLiteral("--page-size"), pageSize} + filters);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QStringList lines = r.outLines();
        QCOMPARE(lines.value(0), QStringLiteral("contactNumber\tcontactId\tcontactType\tlastName\tfirstName\t"
                                                "structureName\temail\tlogin"));
        QCOMPARE(lines.size() - 1, expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QStringList cells = lines.at(i + 1).split(u'\t');
            QCOMPARE(cells.size(), 8);
            QCOMPARE(cells.at(0), expected.at(i).contactNumber);
            QCOMPARE(cells.at(2), expected.at(i).contactType);
        }
    }

    void searchJsonLinesWithFilters()
    {
        dto::ContactSearchCriteria criteria;
        criteria.lastName = firstIndividual().individualContact->individualLastName.left(1);
        criteria.contactType = QStringLiteral("INDIVIDUAL");
        QVERIFY(!criteria.lastName.isEmpty());
        const QList<dto::ContactDataResult> expected = m_f.serverSearch(criteria);

        const CliRun r = m_f.run({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--last-name"),
                                  criteria.lastName, QStringLiteral("--type"), QStringLiteral("individual"),
                                  QStringLiteral("--page-size"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.outLines();
        QCOMPARE(lines.size(), expected.size());
        QSet<QString> numbers;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(lines.at(i).toUtf8(), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(o.value(u"contactNumber").toString(), expected.at(i).contactNumber);
            QVERIFY(o.value(u"individualContact").toObject().value(u"individualLastName").toString().startsWith(
                criteria.lastName, Qt::CaseInsensitive));
            numbers.insert(o.value(u"contactNumber").toString());
        }
        QCOMPARE(numbers.size(), lines.size()); // no contact twice across pages
    }

    void searchLimit()
    {
        const CliRun r = m_f.run({QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("5"),
                                  QStringLiteral("--page-size"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outLines().size(), 1 + 5);
    }

    void searchNothingFound()
    {
        const CliRun r = m_f.run({QStringLiteral("search"), QStringLiteral("--last-name"), QStringLiteral("Zzzzzzqx")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outLines().size(), 1); // the header only
    }

    void getText()
    {
        const dto::ContactDataResult c = firstIndividual();
        const CliRun r = m_f.run({QStringLiteral("get"), c.contactNumber});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.outLines().contains(QStringLiteral("contactNumber: ") + c.contactNumber));
        QVERIFY(r.outLines().contains(QStringLiteral("individualContact.individualLastName: ") +
                                      c.individualContact->individualLastName));
        QVERIFY(!r.outText().contains(QStringLiteral("addresses["))); // GENERAL only
        QVERIFY(!r.outText().contains(QStringLiteral("statusCode")));
    }

    void getJsonWithDetails()
    {
        const dto::ContactDataResult c = firstIndividual();
        const CliRun r = m_f.run({QStringLiteral("get"), c.contactNumber, QStringLiteral("--details"),
                                  QStringLiteral("addresses,COM_MEANS"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"contactNumber").toString(), c.contactNumber);
        QCOMPARE(o.value(u"contactId").toInteger(), *c.contactId);
        dto::GetContactDataParams params;
        params.contactNumber = c.contactNumber;
        params.details = {QStringLiteral("GENERAL"), QStringLiteral("ADDRESSES"), QStringLiteral("COM_MEANS")};
        const dto::ContactDataResult full = m_f.service->getContactData(params, {});
        QCOMPARE(o.value(u"addresses").toArray().size(), full.addresses.size());
        QCOMPARE(o.value(u"communicationMeans").toArray().size(), full.communicationMeans.size());
    }

    void getUnknownContact()
    {
        const CliRun r = m_f.run({QStringLiteral("get"), QStringLiteral("99999999")});
        CLI_VERIFY_ONE_LINE_FAILURE(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("notfound")), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void serverDown_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("get") << QStringList{QStringLiteral("get"), QStringLiteral("1")};
        QTest::newRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("--json")};
        QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")};
        QTest::newRow("token send") << QStringList{QStringLiteral("token"), QStringLiteral("send"),
                                                   QStringLiteral("--contact-id"), QStringLiteral("1")};
    }
    void serverDown()
    {
        QFETCH(QStringList, arguments);
        const CliRun r = m_f.run(QStringList{QStringLiteral("--base-url"), m_f.deadBase()} + arguments);
        CLI_VERIFY_ONE_LINE_FAILURE(r, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("refused"), Qt::CaseInsensitive), r.err.constData());
    }

    void exportCsvToFile()
    {
        dto::ContactSearchCriteria criteria;
        criteria.contactType = QStringLiteral("INDIVIDUAL");
        const QList<dto::ContactDataResult> expected = m_f.serverSearch(criteria);
        const QString path = m_f.cli->root() + QStringLiteral("/individuals.csv");
        const CliRun r = m_f.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                                  QStringLiteral("--type"), QStringLiteral("individual"), QStringLiteral("--output"), path,
                                  QStringLiteral("--page-size"), QStringLiteral("9")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const std::optional<QList<QStringList>> records = readCsv(bytes);
        QVERIFY2(records, "not RFC 4180 CSV");
        QCOMPARE(records->size(), expected.size() + 1);
        QCOMPARE(records->first(), exports::ContactCsv::header());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(records->at(i + 1).size(), exports::ContactCsv::header().size());
            QCOMPARE(records->at(i + 1).first(), expected.at(i).contactNumber);
        }
    }

    void exportCsvWithDetails()
    {
        const dto::ContactDataResult c = firstIndividual();
        const CliRun r = m_f.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                                  QStringLiteral("--contact-number"), c.contactNumber, QStringLiteral("--details"),
                                  QStringLiteral("ADDRESSES")});
        QCOMPARE(r.exitCode, 0);
        const std::optional<QList<QStringList>> records = readCsv(r.out);
        QVERIFY(records);
        QVERIFY(records->size() >= 2);
        const int town = int(exports::ContactCsv::header().indexOf(QStringLiteral("town")));
        dto::GetContactDataParams params;
        params.contactNumber = c.contactNumber;
        params.details = {QStringLiteral("ADDRESSES")};
        const dto::ContactDataResult full = m_f.service->getContactData(params, {});
        QVERIFY(!full.addresses.isEmpty());
        QCOMPARE(records->at(1).at(town), full.addresses.first().town); // fetched per contact
    }

    void exportVCards()
    {
        const QList<dto::ContactDataResult> all = m_f.serverSearch({});
        const dto::ContactDataResult individual = firstIndividual();
        const auto structure = std::find_if(all.cbegin(), all.cend(), [](const auto &c) { return c.contactType == u"STRUCTURE"; });
        QVERIFY(structure != all.cend());
        const CliRun r = m_f.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("vcard"),
                                  individual.contactNumber, structure->contactNumber, QStringLiteral("--details"),
                                  QStringLiteral("ADDRESSES,COM_MEANS")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count("BEGIN:VCARD\r\nVERSION:4.0\r\n"), 2);
        QCOMPARE(r.out.count("END:VCARD\r\n"), 2);
        QVERIFY(r.out.endsWith("END:VCARD\r\n"));
        QVERIFY(r.out.contains("KIND:individual\r\n"));
        QVERIFY(r.out.contains("KIND:org\r\n"));
        QVERIFY(r.out.contains("X-S360-CONTACT-NUMBER:" + individual.contactNumber.toUtf8() + "\r\n"));
        QVERIFY(r.out.contains("\r\nADR;"));
        QVERIFY(r.out.contains("\r\nN:" + individual.individualContact->individualLastName.toUtf8() + ';'));
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.isEmpty())
                continue;
            QVERIFY2(line.endsWith('\r'), line.constData()); // CRLF everywhere
            QVERIFY2(line.size() - 1 <= 75, line.constData());
        }
    }

    void exportFailureLeavesNoFile()
    {
        const QString path = m_f.cli->root() + QStringLiteral("/never.vcf");
        const CliRun r = m_f.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("vcard"),
                                  QStringLiteral("--output"), path, firstIndividual().contactNumber,
                                  QStringLiteral("99999999")});
        CLI_VERIFY_ONE_LINE_FAILURE(r, 1);
        QVERIFY(!QFile::exists(path));
    }

private:
    dto::ContactDataResult firstIndividual() const
    {
        dto::ContactSearchCriteria criteria;
        criteria.contactType = QStringLiteral("INDIVIDUAL");
        for (const dto::ContactDataResult &c : m_f.serverSearch(criteria)) {
            if (c.individualContact && c.contactId && !c.email.isEmpty())
                return c;
        }
        return {};
    }

    CliFixture m_f;
};

QTEST_GUILESS_MAIN(TestCliContacts)
#include "tst_cli_contacts.moc"
