#include "tokens/BulkTokenReportModel.h"

namespace contactdesk::ui {

namespace {

bool sameLine(const TokenReportLine &a, const TokenReportLine &b)
{
    return a.outcome == b.outcome && a.detail == b.detail && a.contact.contactNumber == b.contact.contactNumber
        && a.contact.contactId == b.contact.contactId && a.contact.firstName == b.contact.firstName
        && a.contact.lastName == b.contact.lastName;
}

} // namespace

BulkTokenReportModel::BulkTokenReportModel(QObject *parent) : QAbstractTableModel(parent) {}

void BulkTokenReportModel::setLine(int row, const TokenReportLine &line)
{
    if (row < 0 || row > m_lines.size())
        return;
    if (row == m_lines.size()) {
        beginInsertRows({}, row, row);
        m_lines.append(line);
        endInsertRows();
        return;
    }
    if (sameLine(m_lines.at(row), line))
        return;
    m_lines[row] = line;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BulkTokenReportModel::setLines(const QList<TokenReportLine> &lines)
{
    if (lines.size() < m_lines.size()) {
        beginRemoveRows({}, int(lines.size()), int(m_lines.size() - 1));
        m_lines.resize(lines.size());
        endRemoveRows();
    }
    for (int row = 0; row < lines.size(); ++row)
        setLine(row, lines.at(row));
}

void BulkTokenReportModel::clear()
{
    setLines({});
}

QString BulkTokenReportModel::columnTitle(int column)
{
    switch (column) {
    case Contact: return tr("Contact");
    case Name: return tr("Name");
    case Outcome: return tr("Outcome");
    case Detail: return tr("Detail");
    default: return {};
    }
}

int BulkTokenReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int BulkTokenReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkTokenReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant BulkTokenReportModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const TokenReportLine &l = m_lines.at(index.row());
    if (role == ContactIdRole)
        return l.contact.contactId;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Contact: return l.contact.contactNumber;
    case Name: return (l.contact.firstName + u' ' + l.contact.lastName).trimmed();
    case Outcome: return BulkTokenSender::outcomeName(l.outcome);
    case Detail: return l.detail;
    default: return {};
    }
}

} // namespace contactdesk::ui
