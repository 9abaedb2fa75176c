// core/export: RFC 4180 quoting and records, vCard 4.0 escaping and 75-octet folding, and a
// contact as a CSV row and as a vCard.

#include "export/ContactCsv.h"
#include "export/ContactVCard.h"
#include "export/CsvWriter.h"
#include "export/VCardWriter.h"

#include <QTest>

using namespace contactdesk;
using namespace contactdesk::exports;

namespace {

dto::ContactDataResult sampleIndividual()
{
    dto::ContactDataResult c;
    c.contactId = 42;
    c.contactNumber = QStringLiteral("0000000042");
    c.contactType = QStringLiteral("INDIVIDUAL");
    c.role = QStringLiteral("PUBLIC");
    c.email = QStringLiteral("anne.muller@example.org");
    c.function = QStringLiteral("Head, \"Box\" office");
    c.lastModificationDate = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    dto::IndividualData i;
    i.individualTitle = QStringLiteral("MRS");
    i.individualFirstName = QStringLiteral("Anne");
    i.individualLastName = QStringLiteral("Müller; Smith");
    i.individualBirthDate = QDate(1980, 2, 29);
    i.individualLanguage = QStringLiteral("de");
    i.remark = QStringLiteral("Line one\nline two, with comma");
    c.individualContact = i;
    dto::ContactAddressData other;
    other.addressTypes = {QStringLiteral("BILLING")};
    other.line1 = QStringLiteral("PO 1");
    other.town = QStringLiteral("Bern");
    other.countryCode = QStringLiteral("CH");
    dto::ContactAddressData main;
    main.addressTypes = {QStringLiteral("MAIN")};
    main.line1 = QStringLiteral("Hauptstraße 1");
    main.line2 = QStringLiteral("2nd floor");
    main.zipCode = QStringLiteral("10115");
    main.town = QStringLiteral("Berlin");
    main.countryCode = QStringLiteral("DE");
    c.addresses = {other, main};
    dto::CommunicationMeanData phone{QStringLiteral("PHONE"), QStringLiteral("+49 30 1234"), false, false};
    dto::CommunicationMeanData mobile{QStringLiteral("MOBILE"), QStringLiteral("+49 170 55"), true, true};
    c.communicationMeans = {phone, mobile};
    return c;
}

} // namespace

class TestExportFormats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("Dupont") << QStringLiteral("Dupont");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
        QTest::newRow("semicolon stays bare") << QStringLiteral("a;b") << QStringLiteral("a;b");
        QTest::newRow("unicode") << QStringLiteral("Zoë") << QStringLiteral("Zoë");
    }
    void csvField()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(CsvWriter::field(value), field);
    }

    void csvRecordsEndWithCrlf()
    {
        QCOMPARE(CsvWriter::record({QStringLiteral("a"), QString(), QStringLiteral("c,d")}), QStringLiteral("a,,\"c,d\"\r\n"));
        QCOMPARE(CsvWriter::document({QStringLiteral("h1"), QStringLiteral("h2")}, {{QStringLiteral("1"), QStringLiteral("é")}}),
                 QByteArray("h1,h2\r\n1,\xc3\xa9\r\n"));
    }

    void contactCsvRow()
    {
        const QStringList header = ContactCsv::header();
        const QStringList row = ContactCsv::row(sampleIndividual());
        QCOMPARE(row.size(), header.size());
        auto at = [&](const char *column) { return row.at(header.indexOf(QLatin1StringView(column))); };
        QCOMPARE(at("contactNumber"), QStringLiteral("0000000042"));
        QCOMPARE(at("lastName"), QStringLiteral("Müller; Smith"));
        QCOMPARE(at("birthDate"), QStringLiteral("1980-02-29"));
        QCOMPARE(at("addressLine1"), QStringLiteral("Hauptstraße 1")); // the MAIN address, not the first
        QCOMPARE(at("town"), QStringLiteral("Berlin"));
        QCOMPARE(at("phone"), QStringLiteral("+49 30 1234"));
        QCOMPARE(at("mobile"), QStringLiteral("+49 170 55"));
        QCOMPARE(at("function"), QStringLiteral("Head, \"Box\" office"));
        QVERIFY(CsvWriter::record(row).contains(QStringLiteral(",\"Head, \"\"Box\"\" office\",")));
    }

    void vcardEscape_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << QStringLiteral("Anne") << QStringLiteral("Anne");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("a\\,b");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
        QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
        QTest::newRow("CRLF is one break") << QStringLiteral("a\r\nb") << QStringLiteral("a\\nb");
        QTest::newRow("control dropped") << QStringLiteral("a\tb") << QStringLiteral("ab");
        QTest::newRow("colon stays") << QStringLiteral("a:b") << QStringLiteral("a:b");
    }
    void vcardEscape()
    {
        QFETCH(QString, value);
        QFETCH(QString, escaped);
        QCOMPARE(VCardWriter::escapeText(value), escaped);
    }

    void vcardParameterValue()
    {
        QCOMPARE(VCardWriter::parameterValue(u"work"), QStringLiteral("work"));
        QCOMPARE(VCardWriter::parameterValue(u"a:b"), QStringLiteral("\"a:b\""));
        QCOMPARE(VCardWriter::parameterValue(u"say \"x\""), QStringLiteral("say x"));
    }

    void vcardFolding_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("short") << QStringLiteral("FN:Anne");
        QTest::newRow("exactly 75") << (QStringLiteral("NOTE:") + QString(70, u'x'));
        QTest::newRow("76") << (QStringLiteral("NOTE:") + QString(71, u'x'));
        QTest::newRow("long ASCII") << (QStringLiteral("NOTE:") + QString(400, u'y'));
        QTest::newRow("two-byte characters") << (QStringLiteral("NOTE:") + QString(150, QChar(0xe9)));
        QTest::newRow("three-byte characters") << (QStringLiteral("NOTE:") + QString(90, QChar(0x20ac)));
    }
    void vcardFolding()
    {
        QFETCH(QString, line);
        const QByteArray folded = VCardWriter::foldLine(line.toUtf8());
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        QByteArray unfolded;
        for (qsizetype i = 0; i < physical.size(); ++i) {
            QByteArray piece = physical.at(i);
            if (i + 1 < physical.size()) {
                QVERIFY(piece.endsWith('\r'));
                piece.chop(1);
            }
            QVERIFY2(piece.size() <= 75, piece.constData());
            if (i > 0) {
                QVERIFY(piece.startsWith(' '));
                piece.remove(0, 1);
            }
            QVERIFY(QString::fromUtf8(piece).toUtf8() == piece); // never a cut UTF-8 sequence
            unfolded += piece;
        }
        QCOMPARE(QString::fromUtf8(unfolded), line);
        QCOMPARE(physical.size() > 1, line.toUtf8().size() > 75);
    }

    void contactVCard()
    {
        const QByteArray card = ContactVCard::card(sampleIndividual());
        const QByteArray expected = "BEGIN:VCARD\r\n"
                                    "VERSION:4.0\r\n"
                                    "KIND:individual\r\n"
                                    "FN:Anne Müller\\; Smith\r\n"
                                    "N:Müller\\; Smith;Anne;;Mrs.;\r\n"
                                    "BDAY:19800229\r\n"
                                    "LANG:de\r\n"
                                    "NOTE:Line one\\nline two\\, with comma\r\n"
                                    "TITLE:Head\\, \"Box\" office\r\n"
                                    "EMAIL;PREF=1:anne.muller@example.org\r\n"
                                    "TEL;TYPE=voice:+49 30 1234\r\n"
                                    "TEL;TYPE=cell,work;PREF=1:+49 170 55\r\n"
                                    "ADR;TYPE=home:;;PO 1;Bern;;;CH\r\n"
                                    "ADR;TYPE=home;PREF=1:;;Hauptstraße 1,2nd floor;Berlin;;10115;DE\r\n"
                                    "REV:20240501T100000Z\r\n"
                                    "X-S360-CONTACT-NUMBER:0000000042\r\n"
                                    "END:VCARD\r\n";
        QCOMPARE(QString::fromUtf8(card), QString::fromUtf8(expected));
    }

    void structureVCard()
    {
        dto::ContactDataResult s;
        s.contactNumber = QStringLiteral("0000000100");
        s.contactType = QStringLiteral("STRUCTURE");
        dto::StructureData data;
        data.structureName = QStringLiteral("Opéra, Ltd");
        data.webSite = QStringLiteral("https://opera.example");
        s.structureContact = data;
        const QByteArray card = ContactVCard::card(s);
        QVERIFY(card.contains("\r\nKIND:org\r\n"));
        QVERIFY(card.contains("\r\nFN:Opéra\\, Ltd\r\n"));
        QVERIFY(card.contains("\r\nORG:Opéra\\, Ltd\r\n"));
        QVERIFY(card.contains("\r\nURL:https://opera.example\r\n"));
        QVERIFY(!card.contains("\r\nN:"));
    }
};

QTEST_GUILESS_MAIN(TestExportFormats)
#include "tst_export_formats.moc"
