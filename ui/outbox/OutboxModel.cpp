#include "outbox/OutboxModel.h"

#include <QLocale>

namespace contactdesk::ui {

OutboxModel::OutboxModel(QObject *parent) : QAbstractTableModel(parent) {}

void OutboxModel::setMails(const QList<OutboxMail> &mails)
{
    beginResetModel();
    m_mails = mails;
    endResetModel();
}

const OutboxMail *OutboxModel::mailAt(int row) const
{
    return row >= 0 && row < m_mails.size() ? &m_mails.at(row) : nullptr;
}

QString OutboxModel::columnTitle(int column)
{
    switch (column) {
    case Sent: return tr("Sent");
    case To: return tr("To");
    case Subject: return tr("Subject");
    case Kind: return tr("Kind");
    default: return {};
    }
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mails.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    const OutboxMail *m = index.isValid() ? mailAt(index.row()) : nullptr;
    if (!m)
        return {};
    switch (role) {
    case MailIdRole: return m->id;
    case BodyRole: return m->body;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Sent: return QLocale().toString(m->at.toLocalTime(), QLocale::ShortFormat);
        case To: return m->to;
        case Subject: return m->subject;
        case Kind: return m->kind;
        default: return {};
        }
    default:
        return {};
    }
}

} // namespace contactdesk::ui
