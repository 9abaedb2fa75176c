#include "activity/ActivityModel.h"

#include "transport/RequestLog.h"

#include <QLocale>

namespace contactdesk::ui {

ActivityModel::ActivityModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActivityModel::setLog(transport::RequestLog *log)
{
    disconnect(m_appended);
    disconnect(m_cleared);
    m_log = log;
    if (log) {
        m_appended = connect(log, &transport::RequestLog::entryAppended, this, &ActivityModel::append);
        m_cleared = connect(log, &transport::RequestLog::cleared, this, &ActivityModel::reload);
    }
    reload();
}

void ActivityModel::reload()
{
    beginResetModel();
    m_entries = m_log ? m_log->entries() : QList<transport::RequestLogEntry>();
    endResetModel();
}

void ActivityModel::append(const transport::RequestLogEntry &entry)
{
    // The log drops its oldest entries past its capacity: follow it.
    if (m_log && m_entries.size() >= m_log->capacity()) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries.append(entry);
    endInsertRows();
}

QString ActivityModel::textOfRows(const QList<int> &rows) const
{
    QStringList blocks;
    for (int row : rows) {
        if (row >= 0 && row < m_entries.size())
            blocks << transport::RequestLog::entryToText(m_entries.at(row));
    }
    return blocks.join(QStringLiteral("\n\n"));
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Operation: return tr("Operation");
    case Binding: return tr("Binding");
    case Http: return tr("HTTP");
    case Status: return tr("Status");
    case Duration: return tr("Duration");
    case BytesOut: return tr("Sent");
    case BytesIn: return tr("Received");
    case Error: return tr("Error");
    default: return {};
    }
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const transport::RequestLogEntry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole)
        return transport::RequestLog::entryToText(e).left(4000);
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Http:
        case Duration:
        case BytesOut:
        case BytesIn: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Time: return locale.toString(e.at.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz"));
    case Operation: return e.operation;
    case Binding: return e.binding;
    case Http: return e.httpStatus == 0 ? QString() : QString::number(e.httpStatus);
    case Status: return e.statusCode;
    case Duration: return tr("%1 ms").arg(e.durationMs);
    case BytesOut: return locale.formattedDataSize(e.bytesSent, 1, QLocale::DataSizeTraditionalFormat);
    case BytesIn: return locale.formattedDataSize(e.bytesReceived, 1, QLocale::DataSizeTraditionalFormat);
    case Error: return e.error;
    default: return {};
    }
}

} // namespace contactdesk::ui
