#pragma once

// The report of a bulk token run as a table: contact number, name, outcome, detail.
// Lines come as the run goes: setLine() appends a row (rowsInserted) or updates one
// (dataChanged); setLines() catches up with a whole report, inserting only the missing rows
// and updating only the lines that changed.

#include "tokens/BulkTokenSender.h"

#include <QAbstractTableModel>

namespace contactdesk::ui {

class BulkTokenReportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Contact, Name, Outcome, Detail, ColumnCount };
    enum Roles { ContactIdRole = Qt::UserRole + 1 };

    explicit BulkTokenReportModel(QObject *parent = nullptr);

    // Sets the line on a row: row == rowCount() appends it; a row beyond is ignored.
    void setLine(int row, const TokenReportLine &line);
    void setLines(const QList<TokenReportLine> &lines);
    void clear();
    const QList<TokenReportLine> &lines() const { return m_lines; }

    static QString columnTitle(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TokenReportLine> m_lines;
};

} // namespace contactdesk::ui
