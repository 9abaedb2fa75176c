// Every input a fuzz target once failed on, replayed through the same entry point (fuzz/
// FuzzEntryPoints.h) that found it: none may break an invariant again. The seed fixtures go
// through every target too (a fuzz run that starts on a failing seed finds nothing new), and
// the invariant checker itself is shown to catch what it is meant to catch.
#include "FuzzEntryPoints.h"
#include "InvariantLog.h"
#include "TestData.h"
#include "contract/Operations.h"
#include "wire/Wire.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

using namespace contactdesk;
using Kind = ApiError::Kind;

Q_DECLARE_METATYPE(contactdesk::fuzz::FuzzTarget)

namespace {

QString regressionsDir()
{
    return test::testDataPath(QStringLiteral("fuzz-regressions"));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void addRows(const fuzz::FuzzTargetInfo &target, const QString &dir, const QString &prefix)
{
    QDirIterator files(dir, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (files.hasNext())
        paths.append(files.next());
    paths.sort();
    for (const QString &path : paths) {
        const QString row = QStringLiteral("%1 %2").arg(QLatin1StringView(target.name), prefix + QDir(dir).relativeFilePath(path));
        QTest::newRow(qPrintable(row)) << target.target << readFile(path);
    }
}

// The current row's input through its target's entry point: no invariant broken.
void replayRow()
{
    QFETCH(fuzz::FuzzTarget, target);
    QFETCH(QByteArray, input);
    const QStringList broken = fuzz::runFuzzInput(target, input);
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
}

ApiError errorWith(Kind kind, const QString &message, int status)
{
    return ApiError::make(kind, message, {}, status);
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyFolderNamesATarget()
    {
        QStringList names;
        for (const fuzz::FuzzTargetInfo &t : fuzz::fuzzTargets())
            names.append(QLatin1StringView(t.name));
        const QStringList folders = QDir(regressionsDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY2(!folders.isEmpty(), qPrintable(regressionsDir()));
        for (const QString &folder : folders)
            QVERIFY2(names.contains(folder), qPrintable(folder + QStringLiteral(" is not a fuzz target")));
    }

    // The saved crash inputs (tools/fuzz.sh writes them to build/fuzz/crashes/<target>/).
    void crashInputsHoldTheInvariants_data()
    {
        QTest::addColumn<fuzz::FuzzTarget>("target");
        QTest::addColumn<QByteArray>("input");
        for (const fuzz::FuzzTargetInfo &t : fuzz::fuzzTargets())
            addRows(t, regressionsDir() + u'/' + QLatin1StringView(t.name), {});
    }

    void crashInputsHoldTheInvariants() { replayRow(); }

    // Every wire fixture through every target: the seeds are clean, whichever reader gets them.
    void fixturesHoldTheInvariants_data()
    {
        QTest::addColumn<fuzz::FuzzTarget>("target");
        QTest::addColumn<QByteArray>("input");
        for (const fuzz::FuzzTargetInfo &t : fuzz::fuzzTargets()) {
            for (const char *area : {"s360", "symphony", "faults"})
                addRows(t, test::testDataPath(QLatin1StringView(area)), QLatin1StringView(area) + u'/');
        }
    }

    void fixturesHoldTheInvariants() { replayRow(); }

    // Finding of fuzz_rest (UBSan: 1e300 cast to int): a JSON number outside the field's
    // integer type is not an integer; the edges of the type still are.
    void jsonIntegersOutsideTheirTypeAreRefused_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("int 1e300") << QByteArray("requestId") << QByteArray("1e300") << false;
        QTest::newRow("int -1e300") << QByteArray("requestId") << QByteArray("-1e300") << false;
        QTest::newRow("int 2^31") << QByteArray("requestId") << QByteArray("2147483648") << false;
        QTest::newRow("int -2^31-1") << QByteArray("requestId") << QByteArray("-2147483649") << false;
        QTest::newRow("int 1.5") << QByteArray("requestId") << QByteArray("1.5") << false;
        QTest::newRow("int max") << QByteArray("requestId") << QByteArray("2147483647") << true;
        QTest::newRow("int min") << QByteArray("requestId") << QByteArray("-2147483648") << true;
        QTest::newRow("long 1e19") << QByteArray("contactId") << QByteArray("1e19") << false;
        QTest::newRow("long 2^63") << QByteArray("contactId") << QByteArray("9223372036854775808") << false;
        QTest::newRow("long -1e300") << QByteArray("contactId") << QByteArray("-1e300") << false;
        QTest::newRow("long 2^53") << QByteArray("contactId") << QByteArray("9007199254740992") << true;
        QTest::newRow("long -2^63") << QByteArray("contactId") << QByteArray("-9223372036854775808") << true;
    }

    void jsonIntegersOutsideTheirTypeAreRefused()
    {
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, number);
        QFETCH(bool, accepted);
        const QByteArray body = "{\"statusCode\":\"success\",\"" + field + "\":" + number + "}";
        const auto r = wire::readS360RestResponse<ops::GetContactData>(200, body);
        if (accepted) {
            QVERIFY2(r.ok(), qPrintable(r.error().toString()));
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Kind::Parse);
        QCOMPARE(r.error().field, QString::fromLatin1(field));
    }

    // Findings of fuzz_rest, fuzz_fault and fuzz_asmx: an error body with a blank text still gives
    // an error with something to show.
    void blankErrorBodiesStillSaySomething_data()
    {
        QTest::addColumn<bool>("rest");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("REST empty code") << true << QByteArray("{\"error\":\"\"}") << int(Kind::Http)
                                         << QStringLiteral("HTTP 500");
        QTest::newRow("REST blank message, code") << true << QByteArray("{\"error\":\"oops\",\"message\":\" \"}")
                                                  << int(Kind::Http) << QStringLiteral("oops");
        QTest::newRow("ASMX BOM only") << false << QByteArray("\t\xEF\xBB\xBF") << int(Kind::Http)
                                       << QStringLiteral("empty body");
        QTest::newRow("ASMX no-break space") << false << QByteArray("\xC2\xA0") << int(Kind::Http)
                                             << QStringLiteral("empty body");
    }

    void blankErrorBodiesStillSaySomething()
    {
        QFETCH(bool, rest);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        const ApiError e = rest ? wire::readRestErrorBody(500, body)
                                : wire::readSymphonyPlainResponse<ops::GenerateTokenForContact>(500, body).error();
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
        QCOMPARE(e.httpStatus, 500);
    }

    // The checker catches each broken rule, and lets a sound outcome pass.
    void invariantLogCatchesBrokenRules_data()
    {
        QTest::addColumn<bool>("hasValue");
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<bool>("valueAllowed");
        QTest::addColumn<QString>("brokenPart"); // empty: no rule broken

        const ApiError parse = errorWith(Kind::Parse, QStringLiteral("the XML is not well-formed"), 500);
        QTest::newRow("sound error") << false << parse << false << QString();
        QTest::newRow("sound value") << true << ApiError{} << true << QString();
        QTest::newRow("neither value nor error") << false << ApiError{} << true << QStringLiteral("neither ok()");
        QTest::newRow("kind not allowed") << false << errorWith(Kind::Timeout, QStringLiteral("late"), 500) << false
                                          << QStringLiteral("is not one this reader may give");
        QTest::newRow("status lost") << false << errorWith(Kind::Parse, QStringLiteral("bad"), 0) << false
                                     << QStringLiteral("instead of 500");
        QTest::newRow("blank message") << false << errorWith(Kind::Parse, QStringLiteral(" \n"), 500) << false
                                       << QStringLiteral("without a message");
        QTest::newRow("value from a failure status") << true << ApiError{} << false
                                                     << QStringLiteral("a value read from HTTP 500");
    }

    void invariantLogCatchesBrokenRules()
    {
        QFETCH(bool, hasValue);
        QFETCH(ApiError, error);
        QFETCH(bool, valueAllowed);
        QFETCH(QString, brokenPart);
        const Result<int> result = hasValue ? Result<int>(7) : Result<int>(error);
        fuzz::InvariantLog log;
        log.checkResult(QStringLiteral("reader"), result, {500, {Kind::Parse}, valueAllowed});
        if (brokenPart.isEmpty()) {
            QVERIFY2(log.clean(), qPrintable(log.lines().join(u'\n')));
        } else {
            QCOMPARE(log.lines().size(), 1);
            QVERIFY2(log.lines().first().contains(brokenPart), qPrintable(log.lines().first()));
            QVERIFY(log.lines().first().startsWith(QStringLiteral("reader: ")));
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
