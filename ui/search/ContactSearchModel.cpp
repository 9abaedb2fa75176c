#include "search/ContactSearchModel.h"

#include "contract/Services.h"

#include <QLocale>

#include <algorithm>

namespace contactdesk::ui {

ContactSummary ContactSummary::from(const dto::ContactDataResult &contact)
{
    ContactSummary s;
    s.contactNumber = contact.contactNumber;
    s.contactId = contact.contactId.value_or(0);
    s.contactType = contact.contactType;
    if (contact.individualContact) {
        s.title = contact.individualContact->individualTitle;
        s.lastName = contact.individualContact->individualLastName;
        s.firstName = contact.individualContact->individualFirstName;
        s.birthDate = contact.individualContact->individualBirthDate;
        s.language = contact.individualContact->individualLanguage;
    }
    if (contact.structureContact)
        s.lastName = contact.structureContact->structureName;
    s.email = contact.email;
    s.login = contact.login;
    s.function = contact.function;
    s.role = contact.role;
    s.lastModificationDate = contact.lastModificationDate;
    return s;
}

ContactSearchModel::ContactSearchModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(this, {[this] { return int(m_rows.size()); },
                     [this](bool loading) { Q_EMIT loadingChanged(loading); },
                     [this](int total) { Q_EMIT totalCountChanged(total); },
                     [this](const ApiError &error) { Q_EMIT failed(error); },
                     [this](int firstRow, int rows, qint64 elapsedMs) { Q_EMIT pageLoaded(firstRow, rows, elapsedMs); }})
{
}

void ContactSearchModel::setSearchFunction(SearchFunction search)
{
    m_search = std::move(search);
}

void ContactSearchModel::setPageSize(int size)
{
    m_pageSize = std::clamp(size, contract::searchMinMaxResults, contract::searchMaxMaxResults);
}

bool ContactSearchModel::hasAnyFilter(const dto::ContactSearchCriteria &c)
{
    const bool typeFilter = !c.contactType.isEmpty() && c.contactType != u"ANY";
    return !c.contactNumber.isEmpty() || !c.lastName.isEmpty() || !c.firstName.isEmpty() || !c.structureName.isEmpty()
        || !c.email.isEmpty() || !c.phoneNumber.isEmpty() || !c.zipCode.isEmpty() || !c.town.isEmpty() || typeFilter
        || !c.criterionCode.isEmpty() || !c.authorizationCode.isEmpty();
}

void ContactSearchModel::setCriteria(const dto::ContactSearchCriteria &criteria)
{
    m_criteria = criteria;
    refresh();
}

void ContactSearchModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    endResetModel();
    m_query.restart();
    if (!hasAnyFilter(m_criteria) || !m_search) {
        m_query.stopLoading();
        return;
    }
    requestPage(0);
}

void ContactSearchModel::clear()
{
    m_criteria = {};
    refresh();
}

void ContactSearchModel::requestPage(int firstResult)
{
    dto::ContactSearchCriteria criteria = m_criteria;
    criteria.firstResult = firstResult;
    criteria.maxResults = m_pageSize;
    m_query.request(firstResult, m_search(criteria), [this, firstResult](const dto::ContactSearchResult &page) {
        if (firstResult != m_rows.size())
            return -1; // the rows changed under this page (cannot happen within a generation)
        if (!page.contacts.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.contacts.size() - 1));
            m_rows.reserve(m_rows.size() + page.contacts.size());
            for (const dto::ContactDataResult &contact : page.contacts)
                m_rows.append(ContactSummary::from(contact));
            endInsertRows();
        }
        return int(page.contacts.size());
    });
}

int ContactSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContactSearchModel::columnTitle(int column)
{
    switch (column) {
    case Number: return tr("Number");
    case Type: return tr("Type");
    case Name: return tr("Name");
    case FirstName: return tr("First name");
    case Email: return tr("Email");
    case Login: return tr("Login");
    case Function: return tr("Function");
    case Role: return tr("Role");
    case BirthDate: return tr("Birth date");
    case Language: return tr("Language");
    case Modified: return tr("Modified");
    default: return {};
    }
}

QVariant ContactSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant ContactSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ContactSummary &c = m_rows.at(index.row());
    switch (role) {
    case ContactNumberRole: return c.contactNumber;
    case ContactTypeRole: return c.contactType;
    case ContactIdRole: return c.contactId;
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Number: return c.contactNumber;
        case Type:
            if (role == SortRole)
                return c.contactType;
            return c.isStructure() ? tr("Structure") : c.contactType == u"INDIVIDUAL" ? tr("Individual") : c.contactType;
        case Name: return c.lastName;
        case FirstName: return c.firstName;
        case Email: return c.email;
        case Login: return c.login;
        case Function: return c.function;
        case Role: return c.role;
        case BirthDate:
            if (role == SortRole)
                return c.birthDate;
            return c.birthDate.isValid() ? QLocale().toString(c.birthDate, QLocale::ShortFormat) : QString();
        case Language: return c.language;
        case Modified:
            if (role == SortRole)
                return c.lastModificationDate;
            return c.lastModificationDate.isValid()
                ? QLocale().toString(c.lastModificationDate.toLocalTime(), QLocale::ShortFormat)
                : QString();
        default: return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == Name)
            return c.firstName.isEmpty() ? c.lastName : c.firstName + u' ' + c.lastName;
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

bool ContactSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_query.canFetchMore();
}

void ContactSearchModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    requestPage(int(m_rows.size()));
}

} // namespace contactdesk::ui
