// CSV quoting and vCard 4.0 text, escaping and folding, without a server.

#include "export/CsvWriter.h"
#include "export/VCardWriter.h"

#include <QTest>

using namespace contactdesk;
using namespace contactdesk::ui;

class TestExportWriters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void csvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Muster") << QStringLiteral("Muster");
        QTest::newRow("comma") << QStringLiteral("Muster, Anna") << QStringLiteral("\"Muster, Anna\"");
        QTest::newRow("quote") << QStringLiteral("the \"boss\"") << QStringLiteral("\"the \"\"boss\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("leading space") << QStringLiteral(" x") << QStringLiteral("\" x\"");
        QTest::newRow("formula") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("phone") << QStringLiteral("+41 79") << QStringLiteral("'+41 79");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("unicode") << QStringLiteral("Zürich") << QStringLiteral("Zürich");
    }
    void csvField()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(ui::csvField(value), expected);
    }

    void csvLineEndsWithCrLf()
    {
        QCOMPARE(csvLine({QStringLiteral("a"), QStringLiteral("b,c"), QString()}), QStringLiteral("a,\"b,c\",\r\n"));
    }

    void vCardEscapes()
    {
        QCOMPARE(vCardText(QStringLiteral("a,b;c\\d\ne")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
    }

    void vCardFoldsAt75Octets()
    {
        const QByteArray line = QByteArray("NOTE:") + QString(100, QChar(u'é')).toUtf8();
        const QByteArray folded = foldVCardLine(line);
        const QList<QByteArray> parts = folded.split('\n');
        QVERIFY(parts.size() >= 3);
        for (QByteArray part : parts) {
            if (part.endsWith('\r'))
                part.chop(1);
            QVERIFY2(part.size() <= 75, part.constData());
        }
        // Unfolding gives the line back, and no UTF-8 sequence was cut.
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(unfolded, line);
        QVERIFY(QString::fromUtf8(unfolded).endsWith(QString(100, QChar(u'é'))));
    }

    void vCardOfAnIndividual()
    {
        dto::ContactDataResult c;
        c.contactNumber = QStringLiteral("000123");
        c.contactType = QStringLiteral("INDIVIDUAL");
        c.email = QStringLiteral("anna@example.ch");
        c.individualContact = dto::IndividualData{};
        c.individualContact->individualTitle = QStringLiteral("MRS");
        c.individualContact->individualFirstName = QStringLiteral("Anna");
        c.individualContact->individualLastName = QStringLiteral("Muster; Meier");
        c.individualContact->individualBirthDate = QDate(1980, 2, 29);
        c.individualContact->individualLanguage = QStringLiteral("de");
        dto::CommunicationMeanData mobile;
        mobile.type = QStringLiteral("MOBILE");
        mobile.value = QStringLiteral("+41 79 123 45 67");
        mobile.main = true;
        c.communicationMeans << mobile;
        dto::ContactAddressData a;
        a.addressTypes = {QStringLiteral("MAIN")};
        a.line1 = QStringLiteral("Bahnhofstrasse 1");
        a.zipCode = QStringLiteral("8001");
        a.town = QStringLiteral("Zürich");
        a.countryCode = QStringLiteral("CH");
        c.addresses << a;
        const QString card = QString::fromUtf8(vCard(c, QStringLiteral("MOSA")));
        QVERIFY(card.startsWith(QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\n")));
        QVERIFY(card.endsWith(QStringLiteral("END:VCARD\r\n")));
        QVERIFY(card.contains(QStringLiteral("KIND:individual\r\n")));
        QVERIFY(card.contains(QStringLiteral("FN:Anna Muster\\; Meier\r\n")));
        QVERIFY(card.contains(QStringLiteral("N:Muster\\; Meier;Anna;;Mrs.;\r\n")));
        QVERIFY(card.contains(QStringLiteral("BDAY:19800229\r\n")));
        QVERIFY(card.contains(QStringLiteral("EMAIL;PREF=1:anna@example.ch\r\n")));
        QVERIFY(card.contains(QStringLiteral("TEL;VALUE=text;TYPE=\"cell\";PREF=1:+41 79 123 45 67\r\n")));
        QVERIFY(card.contains(QStringLiteral("ADR;TYPE=home;PREF=1:;;Bahnhofstrasse 1;Zürich;;8001;CH\r\n")));
        QVERIFY(card.contains(QStringLiteral("UID:urn:contactdesk:mosa:000123\r\n")));
        QVERIFY(!card.contains(u'\n' + QStringLiteral("\n"))); // no bare empty lines
    }

    void vCardOfAStructure()
    {
        dto::ContactDataResult c;
        c.contactNumber = QStringLiteral("900");
        c.contactType = QStringLiteral("STRUCTURE");
        c.structureContact = dto::StructureData{};
        c.structureContact->structureName = QStringLiteral("Opéra de Lausanne");
        const QString card = QString::fromUtf8(vCard(c));
        QVERIFY(card.contains(QStringLiteral("KIND:org\r\n")));
        QVERIFY(card.contains(QStringLiteral("ORG:Opéra de Lausanne\r\n")));
        QVERIFY(!card.contains(QStringLiteral("\nN:")));
    }
};

QTEST_GUILESS_MAIN(TestExportWriters)
#include "tst_exportwriters.moc"
