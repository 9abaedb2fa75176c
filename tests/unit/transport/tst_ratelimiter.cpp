// RateLimiter with an injected clock: sliding window, per key, waits computed exactly.
#include "transport/RateLimiter.h"

#include <QTest>

#include <memory>

using contactdesk::transport::RateLimiter;

class TestRateLimiter : public QObject {
    Q_OBJECT

    std::shared_ptr<qint64> m_now = std::make_shared<qint64>(1000000);
    RateLimiter::Clock clock()
    {
        auto now = m_now;
        return [now] { return *now; };
    }

private Q_SLOTS:
    void init() { *m_now = 1000000; }

    void defaultsAreTheVendorLimit()
    {
        RateLimiter limiter;
        QCOMPARE(limiter.maxCalls(), 180);
        QCOMPARE(limiter.windowMs(), qint64(60000));
    }

    void fillsTheWindowThenWaits()
    {
        RateLimiter limiter(180, 60000, clock());
        const QString key = QStringLiteral("MOSA");
        for (int i = 0; i < 180; ++i) {
            QCOMPARE(limiter.tryAcquire(key), qint64(0));
            *m_now += 100; // 180 calls over 18 s
        }
        QCOMPARE(limiter.used(key), 180);
        // The first slot was taken at t0 = 1000000; now = t0 + 18000: it frees at t0 + 60000.
        QCOMPARE(limiter.tryAcquire(key), qint64(60000 - 18000));
        QCOMPARE(limiter.used(key), 180); // a refused call takes nothing
        *m_now = 1000000 + 60000 - 1;
        QCOMPARE(limiter.tryAcquire(key), qint64(1));
        *m_now = 1000000 + 60000;
        QCOMPARE(limiter.tryAcquire(key), qint64(0)); // the first slot expired, its place is taken
        QCOMPARE(limiter.tryAcquire(key), qint64(100 - 0)); // the next frees 100 ms later
    }

    void slidingNotFixed()
    {
        RateLimiter limiter(3, 1000, clock());
        const QString key = QStringLiteral("K");
        QCOMPARE(limiter.tryAcquire(key), qint64(0));   // t=0
        *m_now += 900;
        QCOMPARE(limiter.tryAcquire(key), qint64(0));   // t=900
        QCOMPARE(limiter.tryAcquire(key), qint64(0));   // t=900
        *m_now += 200;                                    // t=1100: the t=0 slot is gone
        QCOMPARE(limiter.tryAcquire(key), qint64(0));
        QCOMPARE(limiter.tryAcquire(key), qint64(800)); // t=900 slots free at 1900
        QCOMPARE(limiter.used(key), 3);
        *m_now += 800;
        QCOMPARE(limiter.used(key), 1);
    }

    void keysAreIndependent()
    {
        RateLimiter limiter(1, 1000, clock());
        QCOMPARE(limiter.tryAcquire(QStringLiteral("MOSA")), qint64(0));
        QCOMPARE(limiter.tryAcquire(QStringLiteral("OTHER")), qint64(0));
        QVERIFY(limiter.tryAcquire(QStringLiteral("MOSA")) > 0);
        QCOMPARE(limiter.used(QStringLiteral("NONE")), 0);
    }

    void loweringTheLimitWaitsForEnoughExpiries()
    {
        RateLimiter limiter(4, 1000, clock());
        const QString key = QStringLiteral("K");
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(limiter.tryAcquire(key), qint64(0));
            *m_now += 10;
        }
        limiter.setLimit(2, 1000);
        // Slots at 0, 10, 20, 30; now 40. One may stay, so three must expire: the third
        // frees at 1020.
        QCOMPARE(limiter.tryAcquire(key), qint64(1020 - 40));
    }

    void silentlyCorrectsNonsense()
    {
        RateLimiter limiter(0, 0, clock());
        QCOMPARE(limiter.maxCalls(), 1);
        QCOMPARE(limiter.windowMs(), qint64(1));
        QCOMPARE(limiter.tryAcquire(QString()), qint64(0));
        QCOMPARE(limiter.tryAcquire(QString()), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
