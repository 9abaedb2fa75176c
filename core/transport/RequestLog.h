#pragma once

// The in-memory log of the calls of this session, for the log view and for a bug report
// (toText() is what "copy" puts on the clipboard). Bounded: past capacity() the oldest
// entries are dropped. Every excerpt and error text goes through SecretRedactor on the way
// in and is cut to excerptLimit() bytes, so nothing in here holds a secret.

#include "transport/RequestLogEntry.h"

#include <QList>
#include <QObject>
#include <QString>

#include <deque>

namespace contactdesk::transport {

class RequestLog : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultCapacity = 2000;
    static constexpr int kExcerptLimit = 4096; // bytes kept of each excerpt

    explicit RequestLog(QObject *parent = nullptr);
    explicit RequestLog(int capacity, QObject *parent = nullptr);

    // Redacts and truncates the excerpts and the error text, stores the entry (dropping the
    // oldest one when full) and emits entryAppended with the stored entry.
    void append(RequestLogEntry entry);
    QList<RequestLogEntry> entries() const;
    int size() const { return int(m_entries.size()); }
    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    void clear();

    // All entries, oldest first, as plain text.
    QString toText() const;
    static QString entryToText(const RequestLogEntry &entry);
    // What append() does to an excerpt: redact, then cut to kExcerptLimit bytes.
    static QByteArray excerpt(const QByteArray &raw);

Q_SIGNALS:
    void entryAppended(const contactdesk::transport::RequestLogEntry &entry);
    void cleared();

private:
    void trim();

    int m_capacity;
    std::deque<RequestLogEntry> m_entries;
};

} // namespace contactdesk::transport
