// The pure rules behind retries: full-jitter back-off, Retry-After parsing, which statuses
// and errors are retried, and how Qt's reply errors are read.
#include "transport/Backoff.h"
#include "transport/ReplyErrors.h"
#include "transport/RetryRules.h"

#include <QTest>

using namespace contactdesk;
using namespace contactdesk::transport;

Q_DECLARE_METATYPE(contactdesk::ApiError::Kind)
Q_DECLARE_METATYPE(std::optional<qint64>)

class TestRetryPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fullJitter_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<int>("base");
        QTest::addColumn<int>("max");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("first retry, top") << 1 << 200 << 10000 << 0.999999 << qint64(200);
        QTest::newRow("first retry, zero") << 1 << 200 << 10000 << 0.0 << qint64(0);
        QTest::newRow("second retry, half") << 2 << 200 << 10000 << 0.5 << qint64(200);
        QTest::newRow("third retry, top") << 3 << 200 << 10000 << 0.999999 << qint64(800);
        QTest::newRow("capped") << 10 << 200 << 10000 << 0.999999 << qint64(10000);
        QTest::newRow("huge retry no overflow") << 200 << 200 << 10000 << 0.999999 << qint64(10000);
        QTest::newRow("random out of range clamped") << 1 << 100 << 10000 << 7.0 << qint64(100);
        QTest::newRow("negative base") << 1 << -5 << 10000 << 0.9 << qint64(0);
    }
    void fullJitter()
    {
        QFETCH(int, retry);
        QFETCH(int, base);
        QFETCH(int, max);
        QFETCH(double, random);
        QFETCH(qint64, expected);
        QCOMPARE(fullJitterBackoffMs(retry, base, max, random), expected);
    }

    void systemRandomIsInRange()
    {
        const UnitRandom random = systemUnitRandom();
        for (int i = 0; i < 1000; ++i) {
            const double u = random();
            QVERIFY(u >= 0.0 && u < 1.0);
        }
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<std::optional<qint64>>("expected");
        const std::optional<qint64> none;
        QTest::newRow("seconds") << QByteArray("120") << std::optional<qint64>(120000);
        QTest::newRow("zero") << QByteArray("0") << std::optional<qint64>(0);
        QTest::newRow("spaces") << QByteArray("  5 ") << std::optional<qint64>(5000);
        QTest::newRow("IMF-fixdate") << QByteArray("Mon, 23 Nov 2026 10:15:30 GMT") << std::optional<qint64>(30000);
        QTest::newRow("RFC 850") << QByteArray("Monday, 23-Nov-26 10:16:00 GMT") << std::optional<qint64>(60000);
        QTest::newRow("asctime") << QByteArray("Mon Nov 23 10:15:10 2026") << std::optional<qint64>(10000);
        QTest::newRow("date in the past") << QByteArray("Sun, 22 Nov 2026 10:15:00 GMT") << std::optional<qint64>(0);
        QTest::newRow("empty") << QByteArray() << none;
        QTest::newRow("negative") << QByteArray("-1") << none;
        QTest::newRow("fraction") << QByteArray("1.5") << none;
        QTest::newRow("garbage") << QByteArray("soon") << none;
        QTest::newRow("overflow") << QByteArray("99999999999999999999999") << none;
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(std::optional<qint64>, expected);
        const QDateTime now(QDate(2026, 11, 23), QTime(10, 15), Qt::UTC);
        QCOMPARE(parseRetryAfterMs(value, now), expected);
    }

    void retryableStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryOn500");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<bool>("retryAfter");
        QTest::newRow("200") << 200 << true << false << false;
        QTest::newRow("302") << 302 << true << false << false;
        QTest::newRow("400") << 400 << true << false << false;
        QTest::newRow("401") << 401 << true << false << false;
        QTest::newRow("404") << 404 << true << false << false;
        QTest::newRow("429") << 429 << true << true << true;
        QTest::newRow("500") << 500 << true << true << false;
        QTest::newRow("500, SOAP caller") << 500 << false << false << false;
        QTest::newRow("502") << 502 << true << true << false;
        QTest::newRow("503") << 503 << true << true << true;
        QTest::newRow("503, SOAP caller") << 503 << false << true << true;
        QTest::newRow("504") << 504 << true << true << false;
        QTest::newRow("509") << 509 << false << true << true;
        QTest::newRow("600") << 600 << true << false << false;
    }
    void retryableStatus()
    {
        QFETCH(int, status);
        QFETCH(bool, retryOn500);
        QFETCH(bool, retryable);
        QFETCH(bool, retryAfter);
        CallPolicy policy;
        policy.retryOnInternalServerError = retryOn500;
        QCOMPARE(isRetryableStatus(status, policy), retryable);
        QCOMPARE(honoursRetryAfter(status), retryAfter);
    }

    void retryableError_data()
    {
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("transport") << ApiError::Kind::Transport << true;
        QTest::newRow("timeout") << ApiError::Kind::Timeout << true;
        QTest::newRow("tls") << ApiError::Kind::Tls << false;
        QTest::newRow("too large") << ApiError::Kind::TooLarge << false;
        QTest::newRow("cancelled") << ApiError::Kind::Cancelled << false;
    }
    void retryableError()
    {
        QFETCH(ApiError::Kind, kind);
        QFETCH(bool, retryable);
        QCOMPARE(isRetryableError(kind), retryable);
    }

    void replyErrors_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("isResponse");
        using E = QNetworkReply::NetworkError;
        QTest::newRow("200 no error") << int(E::NoError) << 200 << true;
        QTest::newRow("404") << int(E::ContentNotFoundError) << 404 << true;
        QTest::newRow("429") << int(E::UnknownContentError) << 429 << true;
        QTest::newRow("503") << int(E::ServiceUnavailableError) << 503 << true;
        QTest::newRow("509") << int(E::UnknownServerError) << 509 << true;
        QTest::newRow("200 then closed") << int(E::RemoteHostClosedError) << 200 << false;
        QTest::newRow("refused") << int(E::ConnectionRefusedError) << 0 << false;
        QTest::newRow("no status") << int(E::NoError) << 0 << false;
        QTest::newRow("500 with wrong error") << int(E::ContentNotFoundError) << 500 << false;
    }
    void replyErrors()
    {
        QFETCH(int, error);
        QFETCH(int, status);
        QFETCH(bool, isResponse);
        QCOMPARE(isHttpStatusError(QNetworkReply::NetworkError(error), status), isResponse);
    }

    void networkErrorKinds()
    {
        QCOMPARE(kindForNetworkError(QNetworkReply::ConnectionRefusedError), ApiError::Kind::Transport);
        QCOMPARE(kindForNetworkError(QNetworkReply::HostNotFoundError), ApiError::Kind::Transport);
        QCOMPARE(kindForNetworkError(QNetworkReply::RemoteHostClosedError), ApiError::Kind::Transport);
        QCOMPARE(kindForNetworkError(QNetworkReply::TimeoutError), ApiError::Kind::Timeout);
        QCOMPARE(kindForNetworkError(QNetworkReply::SslHandshakeFailedError), ApiError::Kind::Tls);
        QCOMPARE(kindForNetworkError(QNetworkReply::OperationCanceledError), ApiError::Kind::Cancelled);
        QCOMPARE(networkErrorName(QNetworkReply::HostNotFoundError), QStringLiteral("HostNotFoundError"));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
