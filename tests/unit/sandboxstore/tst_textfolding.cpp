// Search keys: accent and case folding, the prefix upper bound, phone digits.

#include "store/TextFolding.h"

#include <QTest>

using namespace contactdesk::sandbox::store;

class TestTextFolding : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("folded");
        QTest::newRow("umlaut") << QStringLiteral("Müller") << QStringLiteral("muller");
        QTest::newRow("upper umlaut") << QStringLiteral("ZÜRICH") << QStringLiteral("zurich");
        QTest::newRow("slashed o") << QStringLiteral("Ørsted") << QStringLiteral("orsted");
        QTest::newRow("sharp s") << QStringLiteral("Größmann") << QStringLiteral("grossmann");
        QTest::newRow("ligature oe") << QStringLiteral("Chœur") << QStringLiteral("choeur");
        QTest::newRow("french accents") << QStringLiteral("Élodie Hébert") << QStringLiteral("elodie hebert");
        QTest::newRow("cedilla") << QStringLiteral("François") << QStringLiteral("francois");
        QTest::newRow("irish fada") << QStringLiteral("Ó Briain") << QStringLiteral("o briain");
        QTest::newRow("diaeresis") << QStringLiteral("Brontë") << QStringLiteral("bronte");
        QTest::newRow("polish l") << QStringLiteral("Łódź") << QStringLiteral("lodz");
        QTest::newRow("ae") << QStringLiteral("Æsir") << QStringLiteral("aesir");
        QTest::newRow("compatibility fi ligature") << QStringLiteral("ﬁne") << QStringLiteral("fine");
        QTest::newRow("spaces collapse and trim") << QStringLiteral("  de   Courten ") << QStringLiteral("de courten");
        QTest::newRow("typographic apostrophe") << QStringLiteral("O’Brien") << QStringLiteral("o'brien");
        QTest::newRow("empty") << QString() << QString();
    }
    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, folded);
        QCOMPARE(foldForSearch(input), folded);
    }

    void foldIsIdempotent()
    {
        for (const QString &text : {QStringLiteral("Müller"), QStringLiteral("Ørsted"), QStringLiteral("Größe")})
            QCOMPARE(foldForSearch(foldForSearch(text)), foldForSearch(text));
    }

    // The SQL range [p, upper) holds exactly the strings starting with p, compared as
    // SQLite compares TEXT (memcmp over UTF-8).
    void prefixUpperBoundCoversExactlyThePrefix_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<bool>("inRange");
        QTest::newRow("equal") << QStringLiteral("mull") << QStringLiteral("mull") << true;
        QTest::newRow("longer") << QStringLiteral("mull") << QStringLiteral("muller") << true;
        QTest::newRow("non-ascii continuation") << QStringLiteral("mull") << QStringLiteral("mullé") << true;
        QTest::newRow("astral continuation") << QStringLiteral("mu") << QStringLiteral("mu\U0001F3B5") << true;
        QTest::newRow("next letter") << QStringLiteral("mull") << QStringLiteral("mulm") << false;
        QTest::newRow("shorter") << QStringLiteral("mull") << QStringLiteral("mul") << false;
        QTest::newRow("before") << QStringLiteral("mull") << QStringLiteral("mulk") << false;
    }
    void prefixUpperBoundCoversExactlyThePrefix()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, candidate);
        QFETCH(bool, inRange);
        const QByteArray low = prefix.toUtf8();
        const QByteArray high = prefixUpperBound(prefix).toUtf8();
        const QByteArray value = candidate.toUtf8();
        QCOMPARE(value >= low && value < high, inRange);
    }

    void phoneKeys_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("national");
        QTest::newRow("swiss international") << QStringLiteral("+41 79 123 45 67") << QStringLiteral("41791234567")
                                             << QStringLiteral("0791234567");
        QTest::newRow("00 form") << QStringLiteral("0041 44 123 45 67") << QStringLiteral("0041441234567")
                                 << QStringLiteral("0441234567");
        QTest::newRow("french") << QStringLiteral("+33 6 12 34 56 78") << QStringLiteral("33612345678")
                                << QStringLiteral("0612345678");
        QTest::newRow("national stays national") << QStringLiteral("079 123 45 67") << QStringLiteral("0791234567")
                                                 << QString();
        QTest::newRow("punctuation") << QStringLiteral("+44 (20) 7946-0123") << QStringLiteral("442079460123")
                                     << QStringLiteral("02079460123");
    }
    void phoneKeys()
    {
        QFETCH(QString, number);
        QFETCH(QString, digits);
        QFETCH(QString, national);
        QCOMPARE(phoneDigits(number), digits);
        QCOMPARE(nationalPhoneDigits(number), national);
    }
};

QTEST_GUILESS_MAIN(TestTextFolding)
#include "tst_textfolding.moc"
