#include "structure/StructureMembersModel.h"

#include "common/CodeChoosers.h"
#include "contract/Services.h"

#include <algorithm>

namespace contactdesk::ui {

StructureMembersModel::StructureMembersModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(this, {[this] { return int(m_rows.size()); },
                     [this](bool loading) { Q_EMIT loadingChanged(loading); },
                     [this](int total) { Q_EMIT totalCountChanged(total); },
                     [this](const ApiError &error) { Q_EMIT failed(error); },
                     [this](int firstRow, int rows, qint64 elapsedMs) { Q_EMIT pageLoaded(firstRow, rows, elapsedMs); }})
{
}

void StructureMembersModel::setListFunction(ListFunction list)
{
    m_list = std::move(list);
}

void StructureMembersModel::setPageSize(int size)
{
    m_pageSize = std::clamp(size, contract::searchMinMaxResults, contract::searchMaxMaxResults);
}

void StructureMembersModel::setCriteria(const dto::StructureMemberSearchCriteria &criteria)
{
    m_criteria = criteria;
    refresh();
}

void StructureMembersModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_query.restart();
    if (m_criteria.structureContactNumber.isEmpty() || !m_list) {
        m_query.stopLoading();
        return;
    }
    requestPage(0);
}

void StructureMembersModel::requestPage(int firstResult)
{
    dto::StructureMemberSearchCriteria criteria = m_criteria;
    criteria.firstResult = firstResult;
    criteria.maxResults = m_pageSize;
    m_query.request(firstResult, m_list(criteria), [this, firstResult](const dto::StructureMemberListResult &page) {
        if (firstResult != m_rows.size())
            return -1;
        if (!page.members.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.members.size() - 1));
            m_rows.append(page.members);
            endInsertRows();
        }
        return int(page.members.size());
    });
}

const dto::StructureMemberData *StructureMembersModel::memberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString StructureMembersModel::memberName(const dto::StructureMemberData &member)
{
    const dto::IndividualData person = member.individualContact.value_or(dto::IndividualData{});
    return (person.individualFirstName + u' ' + person.individualLastName).trimmed();
}

QString StructureMembersModel::columnTitle(int column)
{
    switch (column) {
    case Number: return tr("Number");
    case Name: return tr("Name");
    case Function: return tr("Function");
    case Role: return tr("Role");
    case ProfessionalEmail: return tr("Professional email");
    case ProfessionalPhone: return tr("Professional phone");
    default: return {};
    }
}

int StructureMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StructureMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StructureMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant StructureMembersModel::data(const QModelIndex &index, int role) const
{
    const dto::StructureMemberData *m = index.isValid() ? memberAt(index.row()) : nullptr;
    if (!m)
        return {};
    if (role == MemberContactNumberRole)
        return m->memberContactNumber;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Number: return m->memberContactNumber;
    case Name: return memberName(*m);
    case Function: return m->function;
    case Role: return memberRoleName(m->memberRole);
    case ProfessionalEmail: return m->professionalEmail;
    case ProfessionalPhone: return m->professionalPhone;
    default: return {};
    }
}

bool StructureMembersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_query.canFetchMore();
}

void StructureMembersModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(int(m_rows.size()));
}

} // namespace contactdesk::ui
