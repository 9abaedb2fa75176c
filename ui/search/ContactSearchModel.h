#pragma once

// The results of searchContactByCriteria as a table, fetched page by page.
//
// setCriteria() starts a new search: the rows go, page 1 is asked for (firstResult 0,
// maxResults pageSize()). The view asks for more with canFetchMore()/fetchMore() as it scrolls,
// which asks for the next page at firstResult = rowCount(). Each search has a generation number:
// an answer that belongs to an older generation is dropped, so a late answer to a superseded
// search never overwrites a newer one (and the superseded call's future is cancelled).
// Rows hold a compact summary of each contact, not the whole DTO, so that 100,000 rows stay small.

#include "api/Result.h"
#include "common/PagedQuery.h"
#include "dto/ContactInformationTypes.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QFuture>

#include <functional>

namespace contactdesk::ui {

struct ContactSummary {
    QString contactNumber;
    qint64 contactId = 0; // 0 when the server gave none
    QString contactType;  // INDIVIDUAL | STRUCTURE
    QString title;
    QString lastName;     // the structure name for a structure
    QString firstName;
    QString email;
    QString login;
    QString function;
    QString role;
    QDate birthDate;
    QString language;
    QDateTime lastModificationDate;

    static ContactSummary from(const dto::ContactDataResult &contact);
    bool isStructure() const { return contactType == u"STRUCTURE"; }
};

class ContactSearchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using SearchFunction =
        std::function<QFuture<Result<dto::ContactSearchResult>>(const dto::ContactSearchCriteria &)>;

    enum Column { Number, Type, Name, FirstName, Email, Login, Function, Role, BirthDate, Language, Modified, ColumnCount };
    enum Roles { ContactNumberRole = Qt::UserRole + 1, ContactTypeRole, ContactIdRole, SortRole };

    explicit ContactSearchModel(QObject *parent = nullptr);

    void setSearchFunction(SearchFunction search);
    void setPageSize(int size); // 1..500, default 200
    int pageSize() const { return m_pageSize; }

    // Starts a new search with these criteria (firstResult/maxResults are set by the model).
    // A criteria set with no filter at all clears the results without calling.
    void setCriteria(const dto::ContactSearchCriteria &criteria);
    const dto::ContactSearchCriteria &criteria() const { return m_criteria; }
    // Runs the current search again from the first page.
    void refresh();
    void clear();

    int totalCount() const { return m_query.total(); } // -1 before the first answer
    bool isLoading() const { return m_query.isLoading(); }
    quint64 generation() const { return m_query.generation(); }
    const ApiError &lastError() const { return m_query.lastError(); }
    const ContactSummary &contactAt(int row) const { return m_rows.at(row); }
    const QList<ContactSummary> &contacts() const { return m_rows; }

    static bool hasAnyFilter(const dto::ContactSearchCriteria &criteria);
    static QString columnTitle(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(int total);
    void loadingChanged(bool loading);
    void failed(const contactdesk::ApiError &error);
    // A page arrived: `elapsedMs` since the search (or the fetchMore) was asked for.
    void pageLoaded(int firstRow, int rows, qint64 elapsedMs);

private:
    void requestPage(int firstResult);

    SearchFunction m_search;
    dto::ContactSearchCriteria m_criteria;
    QList<ContactSummary> m_rows;
    PagedQuery<dto::ContactSearchResult> m_query;
    int m_pageSize = 200;
};

} // namespace contactdesk::ui
