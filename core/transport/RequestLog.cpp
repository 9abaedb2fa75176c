#include "transport/RequestLog.h"

#include "transport/SecretRedactor.h"


#include <algorithm>

namespace contactdesk::transport {

namespace {

// Redacting a very large body costs time for nothing: only its beginning is kept.
constexpr qsizetype kRedactPrefix = 256 * 1024;

// The longest prefix of at most limit bytes that does not end inside a UTF-8 sequence.
qsizetype utf8Cut(const QByteArray &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text.size();
    qsizetype cut = limit;
    while (cut > 0 && (uchar(text.at(cut)) & 0xC0) == 0x80)
        --cut;
    return cut;
}

} // namespace

RequestLog::RequestLog(QObject *parent) : RequestLog(kDefaultCapacity, parent) {}

RequestLog::RequestLog(int capacity, QObject *parent)
    : QObject(parent), m_capacity(std::max(1, capacity))
{
}

QByteArray RequestLog::excerpt(const QByteArray &raw)
{
    const QByteArray redacted = SecretRedactor::redact(raw.left(kRedactPrefix));
    const qsizetype cut = utf8Cut(redacted, kExcerptLimit);
    if (cut >= redacted.size() && raw.size() <= kRedactPrefix)
        return redacted;
    const qsizetype dropped = raw.size() - cut; // approximate once redaction changed lengths
    return redacted.left(cut) + "\n[... " + QByteArray::number(dropped) + " more bytes]";
}

void RequestLog::append(RequestLogEntry entry)
{
    entry.requestExcerpt = excerpt(entry.requestExcerpt);
    entry.responseExcerpt = excerpt(entry.responseExcerpt);
    entry.error = SecretRedactor::redact(entry.error);
    m_entries.push_back(std::move(entry));
    trim();
    Q_EMIT entryAppended(m_entries.back());
}

QList<RequestLogEntry> RequestLog::entries() const
{
    return QList<RequestLogEntry>(m_entries.begin(), m_entries.end());
}

void RequestLog::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    trim();
}

void RequestLog::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
}

void RequestLog::trim()
{
    while (int(m_entries.size()) > m_capacity)
        m_entries.pop_front();
}

QString RequestLog::entryToText(const RequestLogEntry &e)
{
    QString text = QStringLiteral("%1  %2 %3 [%4]  HTTP %5%6  %7 ms  %8 B out / %9 B in  %10 attempt(s)")
                       .arg(e.at.toUTC().toString(Qt::ISODateWithMs), e.service, e.operation,
                            e.binding, QString::number(e.httpStatus),
                            e.statusCode.isEmpty() ? QString() : QStringLiteral(" ") + e.statusCode,
                            QString::number(e.durationMs), QString::number(e.bytesSent),
                            QString::number(e.bytesReceived))
                       .arg(e.attempts);
    if (!e.error.isEmpty())
        text += QStringLiteral("\n  error: ") + e.error;
    if (!e.requestExcerpt.isEmpty())
        text += QStringLiteral("\n  --- request ---\n") + QString::fromUtf8(e.requestExcerpt);
    if (!e.responseExcerpt.isEmpty())
        text += QStringLiteral("\n  --- response ---\n") + QString::fromUtf8(e.responseExcerpt);
    return text;
}

QString RequestLog::toText() const
{
    QStringList blocks;
    for (const RequestLogEntry &e : m_entries)
        blocks << entryToText(e);
    return blocks.join(QStringLiteral("\n\n")) + (blocks.isEmpty() ? QString() : QStringLiteral("\n"));
}

} // namespace contactdesk::transport
