#pragma once

// The frame of an editor for one list of a contact (addresses, communication means): a column
// of rows, each with a Remove button, and an Add button. A subclass builds a row's widgets for
// index i and refreshes them from the data; the base rebuilds the rows when the count changes
// (an Add, a Remove, an undo) and only refreshes them otherwise.

#include "common/FieldErrorRegistry.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace contactdesk::ui {

class FieldRevertFilter;

class ListEditorBase : public QWidget {
    Q_OBJECT
public:
    ListEditorBase(FieldErrorRegistry *errors, FieldRevertFilter *revert, QWidget *parent = nullptr);

    // Brings the rows in line with the data.
    void refresh();
    int rowCount() const { return int(m_rows.size()); }
    QWidget *row(int index) const { return m_rows.value(index); }
    QPushButton *addButton() const { return m_add; }

protected:
    virtual int itemCount() const = 0;
    // Builds row `index` into `row` (a QWidget whose layout the subclass sets).
    virtual void buildRow(int index, QWidget *row) = 0;
    virtual void refreshRow(int index) = 0;
    virtual void addItem() = 0;
    virtual void removeItem(int index) = 0;
    virtual QString addText() const = 0;

    // For subclasses: a Remove button for row index.
    QPushButton *removeButton(int index, QWidget *row);
    bool isRefreshing() const { return m_refreshing; }
    FieldErrorRegistry *errors() const { return m_errors; }
    FieldRevertFilter *revertFilter() const { return m_revert; }

private:
    void rebuild();

    FieldErrorRegistry *m_errors;
    FieldRevertFilter *m_revert;
    QVBoxLayout *m_rowsLayout = nullptr;
    QPushButton *m_add = nullptr;
    QList<QWidget *> m_rows;
    bool m_refreshing = false;
    bool m_built = false;
};

} // namespace contactdesk::ui
