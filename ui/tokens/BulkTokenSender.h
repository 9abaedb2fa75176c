#pragma once

// Sends a registration token to each contact of a list, one call at a time (the transport keeps
// the profile's rate limit). A call refused for the rate limit (HTTP 509/429: no token was
// generated) waits and is tried again, up to maxRateLimitRetries times; any other failure is
// recorded and the next contact goes. cancel() stops after the call under way.
// The report lists each contact: sent (with the address) or failed (with why), or not sent
// because the run was cancelled.

#include "api/ApiSession.h"
#include "search/ContactSearchModel.h"

#include <QObject>
#include <QPointer>

namespace contactdesk::ui {

struct TokenReportLine {
    enum class Outcome { Sent, Failed, Cancelled };
    ContactSummary contact;
    Outcome outcome = Outcome::Cancelled;
    QString detail; // the address a token went to, or why it did not
};

class BulkTokenSender : public QObject {
    Q_OBJECT
public:
    static constexpr int maxRateLimitRetries = 3;

    BulkTokenSender(ApiSession *session, QObject *parent = nullptr);

    void start(const QList<ContactSummary> &contacts, bool singleUse);
    void cancel();
    bool isRunning() const { return m_running; }
    void setRateLimitPauseMs(int ms) { m_rateLimitPauseMs = ms; }

    const QList<TokenReportLine> &report() const { return m_report; }
    int sentCount() const;
    int failedCount() const;
    static QString outcomeName(TokenReportLine::Outcome outcome);
    // The report as CSV: contact number, name, contact id, outcome, detail.
    QByteArray reportCsv() const;

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void sendNext();

    QPointer<ApiSession> m_session;
    QList<TokenReportLine> m_report;
    int m_next = 0;
    int m_retries = 0;
    int m_rateLimitPauseMs = 5000;
    bool m_singleUse = true;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace contactdesk::ui
