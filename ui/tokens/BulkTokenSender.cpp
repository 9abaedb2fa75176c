#include "tokens/BulkTokenSender.h"

#include "common/ErrorText.h"
#include "common/FutureResult.h"
#include "export/CsvWriter.h" // core/export

#include <QTimer>

#include <algorithm>
#include <limits>

namespace contactdesk::ui {

BulkTokenSender::BulkTokenSender(ApiSession *session, QObject *parent) : QObject(parent), m_session(session) {}

void BulkTokenSender::start(const QList<ContactSummary> &contacts, bool singleUse)
{
    m_report.clear();
    for (const ContactSummary &c : contacts)
        m_report.append({c, TokenReportLine::Outcome::Cancelled, tr("not sent: cancelled")});
    m_next = 0;
    m_retries = 0;
    m_singleUse = singleUse;
    m_running = true;
    m_cancelled = false;
    Q_EMIT progress(0, int(m_report.size()));
    sendNext();
}

void BulkTokenSender::cancel()
{
    m_cancelled = true;
}

void BulkTokenSender::sendNext()
{
    if (m_cancelled || m_next >= m_report.size() || !m_session) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    TokenReportLine &line = m_report[m_next];
    const qint64 id = line.contact.contactId;
    if (id <= 0 || id > std::numeric_limits<int>::max()) {
        line.outcome = TokenReportLine::Outcome::Failed;
        line.detail = tr("no contact id");
        ++m_next;
        Q_EMIT progress(m_next, int(m_report.size()));
        QMetaObject::invokeMethod(this, &BulkTokenSender::sendNext, Qt::QueuedConnection);
        return;
    }
    onResult(m_session->symphony()->generateTokenForContact(int(id), m_singleUse), this,
             [this](const Result<dto::ContactTokenResult> &result) {
                 TokenReportLine &current = m_report[m_next];
                 if (!result.ok() && result.error().kind == ApiError::Kind::RateLimited && m_retries < maxRateLimitRetries
                     && !m_cancelled) {
                     ++m_retries; // refused before any token was made: the same contact again, later
                     QTimer::singleShot(m_rateLimitPauseMs, this, &BulkTokenSender::sendNext);
                     return;
                 }
                 m_retries = 0;
                 if (result.ok()) {
                     current.outcome = TokenReportLine::Outcome::Sent;
                     current.detail = result->contactEmail;
                 } else {
                     current.outcome = TokenReportLine::Outcome::Failed;
                     current.detail = errorText(result.error());
                 }
                 ++m_next;
                 Q_EMIT progress(m_next, int(m_report.size()));
                 sendNext();
             });
}

int BulkTokenSender::sentCount() const
{
    return int(std::count_if(m_report.cbegin(), m_report.cend(),
                             [](const TokenReportLine &l) { return l.outcome == TokenReportLine::Outcome::Sent; }));
}

int BulkTokenSender::failedCount() const
{
    return int(std::count_if(m_report.cbegin(), m_report.cend(),
                             [](const TokenReportLine &l) { return l.outcome == TokenReportLine::Outcome::Failed; }));
}

QString BulkTokenSender::outcomeName(TokenReportLine::Outcome outcome)
{
    switch (outcome) {
    case TokenReportLine::Outcome::Sent: return tr("sent");
    case TokenReportLine::Outcome::Failed: return tr("failed");
    case TokenReportLine::Outcome::Cancelled: return tr("cancelled");
    }
    return {};
}

QByteArray BulkTokenSender::reportCsv() const
{
    QList<QStringList> rows;
    for (const TokenReportLine &l : m_report) {
        const QString name = (l.contact.firstName + u' ' + l.contact.lastName).trimmed();
        rows << QStringList{l.contact.contactNumber, name, QString::number(l.contact.contactId), outcomeName(l.outcome), l.detail};
    }
    // A byte order mark, so that spreadsheets read the UTF-8 right.
    return QByteArrayLiteral("\xEF\xBB\xBF")
        + exports::CsvWriter::document({tr("Contact number"), tr("Name"), tr("Contact id"), tr("Outcome"), tr("Detail")}, rows);
}

} // namespace contactdesk::ui
