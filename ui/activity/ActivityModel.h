#pragma once

// The calls of the current session (core RequestLog entries) as a table: time, operation,
// binding, HTTP status, statusCode, duration, bytes, error. The log redacts secrets before an
// entry gets here. Follows the log as entries arrive; setLog(nullptr) empties it.

#include "transport/RequestLogEntry.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace contactdesk::transport {
class RequestLog;
}

namespace contactdesk::ui {

class ActivityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Operation, Binding, Http, Status, Duration, BytesOut, BytesIn, Error, ColumnCount };

    explicit ActivityModel(QObject *parent = nullptr);

    void setLog(transport::RequestLog *log);
    const transport::RequestLogEntry &entryAt(int row) const { return m_entries.at(row); }
    // The rows as the log's plain text (what "Copy" puts on the clipboard).
    QString textOfRows(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void append(const transport::RequestLogEntry &entry);
    void reload();

    QPointer<transport::RequestLog> m_log;
    QList<transport::RequestLogEntry> m_entries;
    QMetaObject::Connection m_appended;
    QMetaObject::Connection m_cleared;
};

} // namespace contactdesk::ui
