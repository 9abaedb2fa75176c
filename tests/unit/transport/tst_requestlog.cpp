// RequestLog: bounded, redacts and truncates on the way in, signals, plain-text export.
#include "transport/RequestLog.h"

#include <QSignalSpy>
#include <QTest>

using namespace contactdesk;
using namespace contactdesk::transport;

namespace {

RequestLogEntry entry(const QString &operation)
{
    RequestLogEntry e;
    e.at = QDateTime(QDate(2026, 11, 23), QTime(10, 15), Qt::UTC);
    e.service = QStringLiteral("ContactInformationPublicService");
    e.operation = operation;
    e.binding = QStringLiteral("SOAP 1.1");
    e.httpStatus = 200;
    e.statusCode = QStringLiteral("success");
    e.durationMs = 42;
    e.bytesSent = 100;
    e.bytesReceived = 200;
    e.attempts = 1;
    return e;
}

} // namespace

class TestRequestLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void appendStoresAndSignals()
    {
        RequestLog log;
        QSignalSpy appended(&log, &RequestLog::entryAppended);
        log.append(entry(QStringLiteral("getContactData")));
        QCOMPARE(log.size(), 1);
        QCOMPARE(appended.size(), 1);
        const auto signalled = appended.first().first().value<RequestLogEntry>();
        QCOMPARE(signalled.operation, QStringLiteral("getContactData"));
        QCOMPARE(log.entries().first().statusCode, QStringLiteral("success"));
        QCOMPARE(log.capacity(), RequestLog::kDefaultCapacity);
    }

    void capacityDropsTheOldest()
    {
        RequestLog log(3);
        for (int i = 0; i < 5; ++i)
            log.append(entry(QStringLiteral("op%1").arg(i)));
        QCOMPARE(log.size(), 3);
        const auto entries = log.entries();
        QCOMPARE(entries.first().operation, QStringLiteral("op2"));
        QCOMPARE(entries.last().operation, QStringLiteral("op4"));
        log.setCapacity(1);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.entries().first().operation, QStringLiteral("op4"));
        QSignalSpy cleared(&log, &RequestLog::cleared);
        log.clear();
        QCOMPARE(log.size(), 0);
        QCOMPARE(cleared.size(), 1);
    }

    void excerptsAndErrorAreRedacted()
    {
        RequestLog log;
        RequestLogEntry e = entry(QStringLiteral("authenticate"));
        e.requestExcerpt = "POST /x\r\nAuthorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJNT1NBIn0.sig123\r\n\r\n"
                           "{\"login\":\"anna\",\"password\":\"TopSecret1\"}";
        e.responseExcerpt = "<uniqueToken>remember-me-token</uniqueToken>";
        e.error = QStringLiteral("transport: Error transferring http://h/x?Signature=abcdef - closed");
        log.append(e);
        const RequestLogEntry stored = log.entries().first();
        QVERIFY(!stored.requestExcerpt.contains("TopSecret1"));
        QVERIFY(!stored.requestExcerpt.contains("eyJzdWIiOiJNT1NBIn0"));
        QVERIFY(stored.requestExcerpt.contains("\"login\":\"anna\""));
        QVERIFY(!stored.responseExcerpt.contains("remember-me-token"));
        QVERIFY(!stored.error.contains(QStringLiteral("abcdef")));
        const QString text = log.toText();
        QVERIFY(!text.contains(QStringLiteral("TopSecret1")));
        QVERIFY(!text.contains(QStringLiteral("remember-me-token")));
    }

    void excerptsAreTruncated()
    {
        RequestLog log;
        RequestLogEntry e = entry(QStringLiteral("searchContactByCriteria"));
        e.responseExcerpt = QByteArray(100000, 'a');
        e.requestExcerpt = "short";
        log.append(e);
        const RequestLogEntry stored = log.entries().first();
        QVERIFY(stored.responseExcerpt.size() < RequestLog::kExcerptLimit + 100);
        QVERIFY(stored.responseExcerpt.startsWith(QByteArray(RequestLog::kExcerptLimit, 'a')));
        QVERIFY(stored.responseExcerpt.contains("more bytes"));
        QCOMPARE(stored.requestExcerpt, QByteArray("short"));
    }

    void truncationKeepsUtf8Whole()
    {
        QByteArray raw(RequestLog::kExcerptLimit - 1, 'x');
        raw += QStringLiteral("é").toUtf8(); // two bytes across the limit
        raw += QByteArray(100, 'y');
        const QByteArray cut = RequestLog::excerpt(raw);
        const QByteArray kept = cut.left(cut.indexOf('\n'));
        QCOMPARE(kept.size(), RequestLog::kExcerptLimit - 1);
        QVERIFY(QString::fromUtf8(cut).toUtf8() == cut);
    }

    void toTextHasOneBlockPerEntry()
    {
        RequestLog log;
        RequestLogEntry a = entry(QStringLiteral("getContactData"));
        a.requestExcerpt = "<getContactData/>";
        RequestLogEntry b = entry(QStringLiteral("saveIndividualContactData"));
        b.httpStatus = 0;
        b.statusCode.clear();
        b.error = QStringLiteral("timeout no complete answer within 30000 ms");
        b.attempts = 4;
        log.append(a);
        log.append(b);
        const QString text = log.toText();
        QVERIFY(text.contains(QStringLiteral("2026-11-23T10:15:00.000Z")));
        QVERIFY(text.contains(QStringLiteral("ContactInformationPublicService getContactData [SOAP 1.1]  HTTP 200 success")));
        QVERIFY(text.contains(QStringLiteral("<getContactData/>")));
        QVERIFY(text.contains(QStringLiteral("error: timeout no complete answer")));
        QVERIFY(text.contains(QStringLiteral("4 attempt(s)")));
        QVERIFY(text.indexOf(QStringLiteral("getContactData")) < text.indexOf(QStringLiteral("saveIndividualContactData")));
        QCOMPARE(RequestLog().toText(), QString());
    }

    void fromExchangeFillsTheTransportPart()
    {
        HttpRequest request;
        request.method = "POST";
        request.url = QUrl(QStringLiteral("https://mosa.ws.secutix.com/x"));
        request.headers = {{"Content-Type", "application/json"}};
        request.body = "{\"a\":1}";
        HttpResponse response;
        response.status = 200;
        response.body = "{\"statusCode\":\"success\"}";
        response.headers = {{"Content-Type", "application/json"}};
        response.attempts = 2;
        response.bytesSent = 14;
        response.bytesReceived = 24;
        response.elapsedMs = 77;
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const auto ok = RequestLogEntry::fromExchange(at, request, response);
        QCOMPARE(ok.at, at);
        QCOMPARE(ok.httpStatus, 200);
        QCOMPARE(ok.attempts, 2);
        QCOMPARE(ok.durationMs, qint64(77));
        QCOMPARE(ok.bytesReceived, qint64(24));
        QVERIFY(ok.requestExcerpt.startsWith("POST https://mosa.ws.secutix.com/x\r\nContent-Type: application/json\r\n"));
        QVERIFY(ok.requestExcerpt.endsWith("{\"a\":1}"));
        QVERIFY(ok.responseExcerpt.endsWith("{\"statusCode\":\"success\"}"));
        QVERIFY(ok.error.isEmpty());

        const auto failed = RequestLogEntry::fromExchange(
            at, request, ApiError::make(ApiError::Kind::Timeout, QStringLiteral("no data"), QStringLiteral("deadline")));
        QCOMPARE(failed.httpStatus, 0);
        QVERIFY(failed.error.startsWith(QStringLiteral("timeout")));
        QVERIFY(failed.responseExcerpt.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
