#pragma once

// The members of a structure (listStructureMembersByCriteria) as a table, fetched page by page.
//
// setCriteria() starts a new query (the filters: structure, last name, function, role): the rows
// go, page 1 is asked for (firstResult 0, maxResults pageSize()); canFetchMore()/fetchMore() ask
// for the next page at firstResult = rowCount(). A late answer to a superseded query is dropped
// (PagedQuery). A criteria set with no structure clears the rows without calling.

#include "api/Result.h"
#include "common/PagedQuery.h"
#include "dto/ContactInformationTypes.h"

#include <QAbstractTableModel>
#include <QFuture>

#include <functional>

namespace contactdesk::ui {

class StructureMembersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using ListFunction = std::function<QFuture<Result<dto::StructureMemberListResult>>(
        const dto::StructureMemberSearchCriteria &)>;

    enum Column { Number, Name, Function, Role, ProfessionalEmail, ProfessionalPhone, ColumnCount };
    enum Roles { MemberContactNumberRole = Qt::UserRole + 1 };

    explicit StructureMembersModel(QObject *parent = nullptr);

    void setListFunction(ListFunction list);
    void setPageSize(int size); // 1..500, default 200
    int pageSize() const { return m_pageSize; }

    // Starts a new query with these criteria (firstResult/maxResults are set by the model).
    void setCriteria(const dto::StructureMemberSearchCriteria &criteria);
    const dto::StructureMemberSearchCriteria &criteria() const { return m_criteria; }
    // Runs the current query again from the first page.
    void refresh();

    int totalCount() const { return m_query.total(); } // -1 before the first answer
    bool isLoading() const { return m_query.isLoading(); }
    quint64 generation() const { return m_query.generation(); }
    const ApiError &lastError() const { return m_query.lastError(); }
    const QList<dto::StructureMemberData> &members() const { return m_rows; }
    // The member on a row, or nullptr.
    const dto::StructureMemberData *memberAt(int row) const;

    static QString memberName(const dto::StructureMemberData &member);
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
    void pageLoaded(int firstRow, int rows, qint64 elapsedMs);

private:
    void requestPage(int firstResult);

    ListFunction m_list;
    dto::StructureMemberSearchCriteria m_criteria;
    QList<dto::StructureMemberData> m_rows;
    PagedQuery<dto::StructureMemberListResult> m_query;
    int m_pageSize = 200;
};

} // namespace contactdesk::ui
