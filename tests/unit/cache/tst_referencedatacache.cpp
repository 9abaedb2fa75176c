// ReferenceDataCache with an injected clock and a counting in-process source: the two-hour
// rule, a restart within two hours, manual refresh, stale data when the network fails, a corrupt
// file, one file per profile, and calls that share one fetch.
#include "CountingReferenceDataSource.h"

#include "cache/ReferenceDataCache.h"
#include "cache/ReferenceDataFile.h"
#include "wire/JsonFields.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace contactdesk;
using test::CountingReferenceDataSource;

namespace {

template <typename T> bool waitFor(const QFuture<T> &future, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    return future.isFinished() && future.resultCount() == 1;
}

const QDateTime t0(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC);
constexpr qint64 minute = 60;
constexpr qint64 hour = 60 * minute;

// A clock the test moves by hand.
struct TestClock {
    std::shared_ptr<QDateTime> now = std::make_shared<QDateTime>(t0);
    ReferenceDataCache::Clock clock() const
    {
        return [n = now] { return *n; };
    }
    void set(qint64 secondsAfterT0) { *now = t0.addSecs(secondsAfterT0); }
};

QString firstStructureTypeName(const ReferenceDataSnapshot &s)
{
    return s.structureTypes.structureTypes.isEmpty() ? QString() : s.structureTypes.structureTypes.first().name;
}

} // namespace

class TestReferenceDataCache : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString dir() const { return m_dir->path(); }

    // get() that must succeed.
    static Result<ReferenceDataSnapshot> awaitResult(const QFuture<Result<ReferenceDataSnapshot>> &future)
    {
        if (!waitFor(future))
            return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("the future did not finish"));
        return future.result();
    }

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); QVERIFY(m_dir->isValid()); }

    void firstGetFetchesAllFourAndWritesFile()
    {
        CountingReferenceDataSource source;
        TestClock clock;
        ReferenceDataCache cache(QStringLiteral("profile-a"), &source, dir(), clock.clock());
        QSignalSpy updated(&cache, &ReferenceDataCache::updated);
        QVERIFY(!cache.cached());

        const auto r = awaitResult(cache.get());
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(source.structureTypeCalls, 1);
        QCOMPARE(source.contactCriterionCalls, 1);
        QCOMPARE(source.authorizationCalls, 1);
        QCOMPARE(source.administrativeNumberCalls, 1);
        QCOMPARE(updated.count(), 1);
        QVERIFY(!r->stale);
        QCOMPARE(r->fetchedAt, t0);
        QCOMPARE(r->ageSeconds, 0);
        QCOMPARE(r->structureTypes.structureTypes.size(), 2);
        QCOMPARE(r->contactCriteria.contactCriteria.first().elements.size(), 2);
        QCOMPARE(r->authorizations.authorizations.first().channel, QStringLiteral("EMAIL"));
        QCOMPARE(r->administrativeNumbers.administrativeNumbers.first().code, QStringLiteral("VAT"));

        QCOMPARE(cache.filePath(), dir() + QStringLiteral("/profile-a.json"));
        const auto onDisk = cache::readReferenceDataFile(cache.filePath(), QStringLiteral("profile-a"));
        QVERIFY(onDisk);
        QCOMPARE(onDisk->fetchedAt, t0);
        QCOMPARE(firstStructureTypeName(*onDisk), QStringLiteral("Association v1"));
        QCOMPARE(onDisk->contactCriteria.contactCriteria.first().multiple, std::optional<bool>(true));
        QCOMPARE(onDisk->administrativeNumbers.administrativeNumbers.first().pattern,
                 r->administrativeNumbers.administrativeNumbers.first().pattern);
    }

    void twoHourRule_data()
    {
        QTest::addColumn<qint64>("later");
        QTest::addColumn<int>("expectedCalls");
        QTest::newRow("0:01 later") << qint64(1 * minute) << 0;
        QTest::newRow("1:59 later") << qint64(1 * hour + 59 * minute) << 0;
        QTest::newRow("1:59:59 later") << qint64(2 * hour - 1) << 0;
        QTest::newRow("2:00 later") << qint64(2 * hour) << 4;
        QTest::newRow("2:01 later") << qint64(2 * hour + 1 * minute) << 4;
        QTest::newRow("clock set back") << qint64(-10 * minute) << 4;
    }
    void twoHourRule()
    {
        QFETCH(qint64, later);
        QFETCH(int, expectedCalls);

        CountingReferenceDataSource source;
        TestClock clock;
        ReferenceDataCache cache(QStringLiteral("p"), &source, dir(), clock.clock());
        QVERIFY(awaitResult(cache.get()).ok());
        QCOMPARE(source.calls(), 4);

        source.resetCounts();
        source.tag = QStringLiteral("v2");
        clock.set(later);
        const auto r = awaitResult(cache.get());
        QVERIFY(r.ok());
        QCOMPARE(source.calls(), expectedCalls);
        QVERIFY(!r->stale);
        if (expectedCalls == 0) {
            QCOMPARE(r->fetchedAt, t0);
            QCOMPARE(r->ageSeconds, later);
            QCOMPARE(firstStructureTypeName(r.value()), QStringLiteral("Association v1"));
        } else {
            QCOMPARE(r->fetchedAt, t0.addSecs(later));
            QCOMPARE(firstStructureTypeName(r.value()), QStringLiteral("Association v2"));
        }
    }

    void restartWithinTwoHoursMakesNoCall()
    {
        TestClock clock;
        {
            CountingReferenceDataSource first;
            ReferenceDataCache cache(QStringLiteral("p"), &first, dir(), clock.clock());
            QVERIFY(awaitResult(cache.get()).ok());
            QCOMPARE(first.calls(), 4);
        }
        // A new cache object (a new run of the app) on the same directory, 1:30 later.
        clock.set(1 * hour + 30 * minute);
        CountingReferenceDataSource second(QStringLiteral("v2"));
        ReferenceDataCache restarted(QStringLiteral("p"), &second, dir(), clock.clock());
        QVERIFY(restarted.cached());
        const auto r = awaitResult(restarted.get());
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(second.calls(), 0);
        QCOMPARE(r->fetchedAt, t0);
        QCOMPARE(r->ageSeconds, 90 * minute);
        QCOMPARE(firstStructureTypeName(r.value()), QStringLiteral("Association v1"));
        QCOMPARE(r->authorizations.authorizations.first().thirdParty, std::optional<bool>(false));

        // And once the two hours are over, it fetches.
        clock.set(2 * hour + 1 * minute);
        CountingReferenceDataSource third(QStringLiteral("v3"));
        ReferenceDataCache later(QStringLiteral("p"), &third, dir(), clock.clock());
        const auto l = awaitResult(later.get());
        QVERIFY(l.ok());
        QCOMPARE(third.calls(), 4);
        QCOMPARE(firstStructureTypeName(l.value()), QStringLiteral("Association v3"));
    }

    void manualRefresh()
    {
        CountingReferenceDataSource source;
        TestClock clock;
        ReferenceDataCache cache(QStringLiteral("p"), &source, dir(), clock.clock());
        QVERIFY(awaitResult(cache.get()).ok());
        source.resetCounts();
        source.tag = QStringLiteral("v2");
        clock.set(10 * minute);

        const auto r = awaitResult(cache.refresh());
        QVERIFY(r.ok());
        QCOMPARE(source.calls(), 4);
        QCOMPARE(r->fetchedAt, t0.addSecs(10 * minute));
        QCOMPARE(firstStructureTypeName(r.value()), QStringLiteral("Association v2"));

        // The refreshed data now counts from its own fetch time, in memory and on disk.
        source.resetCounts();
        clock.set(10 * minute + 1 * hour + 59 * minute);
        QVERIFY(awaitResult(cache.get()).ok());
        QCOMPARE(source.calls(), 0);
        const auto onDisk = cache::readReferenceDataFile(cache.filePath(), QStringLiteral("p"));
        QVERIFY(onDisk);
        QCOMPARE(firstStructureTypeName(*onDisk), QStringLiteral("Association v2"));
    }

    void staleServedWhenNetworkFails_data()
    {
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<bool>("onlyOneListFails");
        QTest::newRow("transport") << ApiError::Kind::Transport << false;
        QTest::newRow("timeout") << ApiError::Kind::Timeout << false;
        QTest::newRow("tls") << ApiError::Kind::Tls << false;
        QTest::newRow("rate limited") << ApiError::Kind::RateLimited << false;
        QTest::newRow("transport, one list") << ApiError::Kind::Transport << true;
    }
    void staleServedWhenNetworkFails()
    {
        QFETCH(ApiError::Kind, kind);
        QFETCH(bool, onlyOneListFails);

        CountingReferenceDataSource source;
        TestClock clock;
        ReferenceDataCache cache(QStringLiteral("p"), &source, dir(), clock.clock());
        QVERIFY(awaitResult(cache.get()).ok());

        const ApiError failure = ApiError::make(kind, QStringLiteral("connection refused"));
        if (onlyOneListFails)
            source.failCriteriaWith = failure;
        else
            source.failAllWith = failure;
        source.tag = QStringLiteral("v2");
        source.resetCounts();
        clock.set(3 * hour);

        QSignalSpy updated(&cache, &ReferenceDataCache::updated);
        const auto r = awaitResult(cache.get());
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(source.calls(), 4);
        QVERIFY(r->stale);
        QCOMPARE(r->fetchedAt, t0);
        QCOMPARE(r->ageSeconds, 3 * hour);
        QCOMPARE(r->staleReason.kind, kind);
        QCOMPARE(firstStructureTypeName(r.value()), QStringLiteral("Association v1")); // nothing half-updated
        QCOMPARE(updated.count(), 0);

        // The file still holds the old data; once the network is back, fresh data replaces it.
        QCOMPARE(cache::readReferenceDataFile(cache.filePath(), QStringLiteral("p"))->fetchedAt, t0);
        source.failAllWith.reset();
        source.failCriteriaWith.reset();
        const auto back = awaitResult(cache.get());
        QVERIFY(back.ok());
        QVERIFY(!back->stale);
        QCOMPARE(back->fetchedAt, t0.addSecs(3 * hour));
        QCOMPARE(firstStructureTypeName(back.value()), QStringLiteral("Association v2"));
    }

    void staleServedWhenManualRefreshFails()
    {
        CountingReferenceDataSource source;
        TestClock clock;
        ReferenceDataCache cache(QStringLiteral("p"), &source, dir(), clock.clock());
        QVERIFY(awaitResult(cache.get()).ok());
        source.failAllWith = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("deadline"));
        clock.set(30 * minute);
        const auto r = awaitResult(cache.refresh());
        QVERIFY(r.ok());
        QVERIFY(r->stale);
        QCOMPARE(r->ageSeconds, 30 * minute);
        QCOMPARE(r->staleReason.kind, ApiError::Kind::Timeout);
    }

    void errorWhenNoStaleData()
    {
        CountingReferenceDataSource source;
        source.failAllWith = ApiError::make(ApiError::Kind::Transport, QStringLiteral("host not found"));
        TestClock clock;
        ReferenceDataCache cache(QStringLiteral("p"), &source, dir(), clock.clock());
        const auto r = awaitResult(cache.get());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Transport);
        QCOMPARE(r.error().message, QStringLiteral("host not found"));
        QVERIFY(!QFile::exists(cache.filePath()));
        QVERIFY(!cache.cached());
    }

    void otherErrorsAreNotHiddenByStaleData_data()
    {
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("statusCode");
        QTest::newRow("http") << ApiError::Kind::Http << QString();
        QTest::newRow("fault") << ApiError::Kind::SoapFault << QString();
        QTest::newRow("parse") << ApiError::Kind::Parse << QString();
        QTest::newRow("statusCode failed") << ApiError::Kind::Status << QStringLiteral("failed");
    }
    void otherErrorsAreNotHiddenByStaleData()
    {
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, statusCode);

        CountingReferenceDataSource source;
        TestClock clock;
        ReferenceDataCache cache(QStringLiteral("p"), &source, dir(), clock.clock());
        QVERIFY(awaitResult(cache.get()).ok());
        if (statusCode.isEmpty())
            source.failAllWith = ApiError::make(kind, QStringLiteral("refused"));
        else
            source.statusCode = statusCode; // a result that arrives with a failure statusCode
        clock.set(3 * hour);
        const auto r = awaitResult(cache.get());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, kind);
        // The old data is still there for whoever asks for it explicitly.
        QVERIFY(cache.cached());
        QVERIFY(cache.cached()->stale);
    }

    void corruptFileIsIgnored_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("this is not json {");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12);
        QTest::newRow("bad date") << QByteArray(R"({"format":"contactdesk-reference-data","version":1,"profileId":"p",)"
                                                R"("fetchedAt":"yesterday","structureTypes":{},"contactCriteria":{},)"
                                                R"("authorizations":{},"administrativeNumbers":{}})");
        QTest::newRow("wrong field type") << QByteArray(R"({"format":"contactdesk-reference-data","version":1,"profileId":"p",)"
                                                        R"("fetchedAt":"2024-05-01T08:00:00.000Z","structureTypes":{"structureTypes":"x"},)"
                                                        R"("contactCriteria":{},"authorizations":{},"administrativeNumbers":{}})");
        QTest::newRow("missing list") << QByteArray(R"({"format":"contactdesk-reference-data","version":1,"profileId":"p",)"
                                                    R"("fetchedAt":"2024-05-01T08:00:00.000Z","structureTypes":{}})");
        QTest::newRow("other profile") << QByteArray(R"({"format":"contactdesk-reference-data","version":1,"profileId":"q",)"
                                                     R"("fetchedAt":"2024-05-01T08:00:00.000Z","structureTypes":{},)"
                                                     R"("contactCriteria":{},"authorizations":{},"administrativeNumbers":{}})");
        QTest::newRow("future version") << QByteArray(R"({"format":"contactdesk-reference-data","version":99,"profileId":"p",)"
                                                      R"("fetchedAt":"2024-05-01T08:00:00.000Z","structureTypes":{},)"
                                                      R"("contactCriteria":{},"authorizations":{},"administrativeNumbers":{}})");
    }
    void corruptFileIsIgnored()
    {
        QFETCH(QByteArray, content);
        {
            QFile f(dir() + QStringLiteral("/p.json"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        CountingReferenceDataSource source;
        TestClock clock;
        clock.set(10 * minute); // the file, were it read, would be fresh
        ReferenceDataCache cache(QStringLiteral("p"), &source, dir(), clock.clock());
        QVERIFY(!cache.cached());
        const auto r = awaitResult(cache.get());
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(source.calls(), 4);
        QVERIFY(!r->stale);
        // Replaced by a good file.
        const auto onDisk = cache::readReferenceDataFile(cache.filePath(), QStringLiteral("p"));
        QVERIFY(onDisk);
        QCOMPARE(onDisk->fetchedAt, t0.addSecs(10 * minute));
    }

    void validFileWrittenByHandIsRead()
    {
        // Guards the corrupt-file cases above: the same shape, valid, is accepted.
        {
            QFile f(dir() + QStringLiteral("/p.json"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"format":"contactdesk-reference-data","version":1,"profileId":"p",)"
                    R"("fetchedAt":"2024-05-01T08:00:00.000Z","structureTypes":{"structureTypes":[{"code":"X","name":"Hand"}]},)"
                    R"("contactCriteria":{},"authorizations":{},"administrativeNumbers":{},"unknownKey":1})");
        }
        CountingReferenceDataSource source;
        TestClock clock;
        clock.set(10 * minute);
        ReferenceDataCache cache(QStringLiteral("p"), &source, dir(), clock.clock());
        const auto r = awaitResult(cache.get());
        QVERIFY(r.ok());
        QCOMPARE(source.calls(), 0);
        QCOMPARE(firstStructureTypeName(r.value()), QStringLiteral("Hand"));
    }

    void profilesAreSeparate()
    {
        TestClock clock;
        CountingReferenceDataSource sourceA(QStringLiteral("A"));
        CountingReferenceDataSource sourceB(QStringLiteral("B"));
        {
            ReferenceDataCache a(QStringLiteral("11111111-1111-4111-8111-111111111111"), &sourceA, dir(), clock.clock());
            ReferenceDataCache b(QStringLiteral("22222222-2222-4222-8222-222222222222"), &sourceB, dir(), clock.clock());
            QCOMPARE(firstStructureTypeName(awaitResult(a.get()).value()), QStringLiteral("Association A"));
            QCOMPARE(firstStructureTypeName(awaitResult(b.get()).value()), QStringLiteral("Association B"));
            QVERIFY(a.filePath() != b.filePath());
            QVERIFY(QFile::exists(a.filePath()) && QFile::exists(b.filePath()));
        }
        QCOMPARE(sourceA.calls(), 4);
        QCOMPARE(sourceB.calls(), 4);

        // Each profile reads back its own data; a third profile has none and fetches.
        clock.set(1 * hour);
        CountingReferenceDataSource any(QStringLiteral("C"));
        ReferenceDataCache a(QStringLiteral("11111111-1111-4111-8111-111111111111"), &any, dir(), clock.clock());
        ReferenceDataCache b(QStringLiteral("22222222-2222-4222-8222-222222222222"), &any, dir(), clock.clock());
        QCOMPARE(firstStructureTypeName(awaitResult(a.get()).value()), QStringLiteral("Association A"));
        QCOMPARE(firstStructureTypeName(awaitResult(b.get()).value()), QStringLiteral("Association B"));
        QCOMPARE(any.calls(), 0);
        ReferenceDataCache c(QStringLiteral("33333333-3333-4333-8333-333333333333"), &any, dir(), clock.clock());
        QCOMPARE(firstStructureTypeName(awaitResult(c.get()).value()), QStringLiteral("Association C"));
        QCOMPARE(any.calls(), 4);
    }

    void profileIdCannotEscapeDirectory()
    {
        CountingReferenceDataSource source;
        ReferenceDataCache cache(QStringLiteral("../../evil"), &source, dir());
        QVERIFY(cache.filePath().startsWith(dir() + QLatin1Char('/')));
        QVERIFY(!cache.filePath().mid(dir().size() + 1).contains(QLatin1Char('/')));
        QVERIFY(!cache.filePath().contains(QStringLiteral("..")));
    }

    void defaultDirectory()
    {
        QVERIFY(ReferenceDataCache::defaultDirectory().endsWith(QStringLiteral("/reference-data")));
        CountingReferenceDataSource source;
        ReferenceDataCache cache(QStringLiteral("abc"), &source);
        QCOMPARE(cache.filePath(), ReferenceDataCache::defaultDirectory() + QStringLiteral("/abc.json"));
    }

    void concurrentCallsShareOneFetch()
    {
        CountingReferenceDataSource source;
        source.hold = true;
        TestClock clock;
        ReferenceDataCache cache(QStringLiteral("p"), &source, dir(), clock.clock());
        const auto first = cache.get();
        const auto second = cache.get();
        const auto third = cache.refresh();
        QVERIFY(cache.isFetching());
        QCOMPARE(source.calls(), 4);
        QCOMPARE(source.held(), 4);
        QTest::qWait(20);
        QVERIFY(!first.isFinished() && !second.isFinished() && !third.isFinished());

        source.release();
        for (const auto &f : {first, second, third}) {
            const auto r = awaitResult(f);
            QVERIFY(r.ok());
            QCOMPARE(r->fetchedAt, t0);
        }
        QCOMPARE(source.calls(), 4);
        QVERIFY(!cache.isFetching());

        // Once finished, a refresh starts a new fetch.
        source.hold = false;
        QVERIFY(awaitResult(cache.refresh()).ok());
        QCOMPARE(source.calls(), 8);
    }

    void fileFormatRoundTrip()
    {
        CountingReferenceDataSource source;
        TestClock clock;
        ReferenceDataCache cache(QStringLiteral("p"), &source, dir(), clock.clock());
        const auto r = awaitResult(cache.get());
        QVERIFY(r.ok());
        const QByteArray json = cache::referenceDataToJson(r.value(), QStringLiteral("p"));
        const auto back = cache::referenceDataFromJson(json, QStringLiteral("p"));
        QVERIFY(back);
        QCOMPARE(wire::JsonFieldWriter::toObject(back->structureTypes), wire::JsonFieldWriter::toObject(r->structureTypes));
        QCOMPARE(wire::JsonFieldWriter::toObject(back->contactCriteria), wire::JsonFieldWriter::toObject(r->contactCriteria));
        QCOMPARE(wire::JsonFieldWriter::toObject(back->authorizations), wire::JsonFieldWriter::toObject(r->authorizations));
        QCOMPARE(wire::JsonFieldWriter::toObject(back->administrativeNumbers),
                 wire::JsonFieldWriter::toObject(r->administrativeNumbers));
        QCOMPARE(back->fetchedAt, r->fetchedAt);
        QVERIFY(!cache::referenceDataFromJson(json, QStringLiteral("other")));
    }
};

QTEST_GUILESS_MAIN(TestReferenceDataCache)
#include "tst_referencedatacache.moc"
