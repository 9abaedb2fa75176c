// The test helpers themselves: XmlCompare.h and JsonCompare.h must see equal what is
// equal and name the first difference otherwise.
#include "JsonCompare.h"
#include "XmlCompare.h"

#include <QTest>

using namespace contactdesk::test;

class TestXmlCompare : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void xmlEqual_data()
    {
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QByteArray>("actual");
        QTest::addColumn<int>("order");
        QTest::newRow("prefixes and whitespace")
            << QByteArray(R"(<a:r xmlns:a="urn:x"><a:b k="1">t</a:b><c/></a:r>)")
            << QByteArray("<?xml version=\"1.0\"?>\n<r xmlns=\"urn:x\">\n  <b k=\"1\">  t </b>\n  <c xmlns=\"\"></c><!-- c -->\n</r>")
            << int(SiblingOrder::Exact);
        QTest::newRow("namespaced attribute, other prefix")
            << QByteArray(R"(<r xmlns:p="urn:a" p:t="v"/>)") << QByteArray(R"(<r xmlns:q="urn:a" q:t="v"/>)")
            << int(SiblingOrder::Exact);
        QTest::newRow("interleaved names, same-name order kept")
            << QByteArray("<r><a>1</a><a>2</a><b/></r>") << QByteArray("<r><b/><a>1</a><a>2</a></r>")
            << int(SiblingOrder::SameNameOnly);
        QTest::newRow("any order") << QByteArray("<r><a>1</a><a>2</a><b/></r>")
                                   << QByteArray("<r><a>2</a><b/><a>1</a></r>") << int(SiblingOrder::Ignore);
        QTest::newRow("cdata and entities") << QByteArray("<r>a &amp; b</r>")
                                            << QByteArray("<r><![CDATA[a & b]]></r>") << int(SiblingOrder::Exact);
    }
    void xmlEqual()
    {
        QFETCH(QByteArray, expected);
        QFETCH(QByteArray, actual);
        QFETCH(int, order);
        const QString diff = xmlDifference(expected, actual, {SiblingOrder(order)});
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void xmlDifferent_data()
    {
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QByteArray>("actual");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("needle"); // must appear in the difference text
        QTest::newRow("text") << QByteArray("<r><a>x</a><a>y</a></r>") << QByteArray("<r><a>x</a><a>z</a></r>")
                              << int(SiblingOrder::Exact) << QStringLiteral("/r/a[2]: text differs: expected \"y\", actual \"z\"");
        QTest::newRow("namespace") << QByteArray(R"(<r xmlns="urn:a"/>)") << QByteArray(R"(<r xmlns="urn:b"/>)")
                                   << int(SiblingOrder::Exact) << QStringLiteral("expected <{urn:a}r>, actual <{urn:b}r>");
        QTest::newRow("attribute") << QByteArray(R"(<r t="1"/>)") << QByteArray(R"(<r t="2"/>)")
                                   << int(SiblingOrder::Exact) << QStringLiteral("attributes differ");
        QTest::newRow("missing attribute") << QByteArray(R"(<r t="1"/>)") << QByteArray("<r/>")
                                           << int(SiblingOrder::Exact) << QStringLiteral("attributes differ");
        QTest::newRow("order exact") << QByteArray("<r><a/><b/></r>") << QByteArray("<r><b/><a/></r>")
                                     << int(SiblingOrder::Exact) << QStringLiteral("child #1 differs");
        QTest::newRow("same-name order") << QByteArray("<r><a>1</a><a>2</a></r>") << QByteArray("<r><a>2</a><a>1</a></r>")
                                         << int(SiblingOrder::SameNameOnly) << QStringLiteral("/r/a[1]: text differs");
        QTest::newRow("missing child") << QByteArray("<r><a/><b/></r>") << QByteArray("<r><a/></r>")
                                       << int(SiblingOrder::Exact) << QStringLiteral("/r: missing child <b>");
        QTest::newRow("extra child") << QByteArray("<r><a/></r>") << QByteArray("<r><a/><c/></r>")
                                     << int(SiblingOrder::SameNameOnly) << QStringLiteral("/r: unexpected child <c>");
        QTest::newRow("any order, value differs") << QByteArray("<r><a>1</a><a>2</a></r>") << QByteArray("<r><a>2</a><a>3</a></r>")
                                                  << int(SiblingOrder::Ignore) << QStringLiteral("expected \"1\"");
        QTest::newRow("not well-formed") << QByteArray("<r><a></r>") << QByteArray("<r/>")
                                         << int(SiblingOrder::Exact) << QStringLiteral("expected document is not well-formed");
    }
    void xmlDifferent()
    {
        QFETCH(QByteArray, expected);
        QFETCH(QByteArray, actual);
        QFETCH(int, order);
        QFETCH(QString, needle);
        const QString diff = xmlDifference(expected, actual, {SiblingOrder(order)});
        QVERIFY2(diff.contains(needle), qPrintable(QStringLiteral("difference was: ") + diff));
    }

    void jsonEqual()
    {
        const QString diff = jsonDifference(QByteArray(R"({"a":1,"b":[{"c":"é"}],"n":null})"),
                                            QByteArray(R"({ "n": null, "b": [ {"c":"\u00e9"} ], "a": 1.0 })"));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void jsonDifferent_data()
    {
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QByteArray>("actual");
        QTest::addColumn<QString>("needle");
        QTest::newRow("value") << QByteArray(R"({"a":{"b":[1,2]}})") << QByteArray(R"({"a":{"b":[1,3]}})")
                               << QStringLiteral("$.a.b[1]: expected 2, actual 3");
        QTest::newRow("type") << QByteArray(R"({"a":"1"})") << QByteArray(R"({"a":1})")
                              << QStringLiteral("$.a: expected a string \"1\", actual a number 1");
        QTest::newRow("missing key") << QByteArray(R"({"a":1,"b":2})") << QByteArray(R"({"a":1})")
                                     << QStringLiteral("$: missing key \"b\"");
        QTest::newRow("extra key") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1,"z":null})")
                                   << QStringLiteral("$: unexpected key \"z\"");
        QTest::newRow("array size") << QByteArray(R"([1])") << QByteArray(R"([1,2])")
                                    << QStringLiteral("$: expected 1 items, actual 2");
        QTest::newRow("not json") << QByteArray(R"({"a":1})") << QByteArray("{a:1}")
                                  << QStringLiteral("actual document is not JSON");
    }
    void jsonDifferent()
    {
        QFETCH(QByteArray, expected);
        QFETCH(QByteArray, actual);
        QFETCH(QString, needle);
        const QString diff = jsonDifference(expected, actual);
        QVERIFY2(diff.contains(needle), qPrintable(QStringLiteral("difference was: ") + diff));
    }
};

QTEST_GUILESS_MAIN(TestXmlCompare)
#include "tst_xmlcompare.moc"
