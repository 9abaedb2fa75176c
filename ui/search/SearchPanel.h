#pragma once

// The search side of the main window: a search field that searches as the user types
// (debounced), an expandable filter row, the results table (ContactSearchModel behind a sort
// proxy) with a column chooser on its header, and the total count.
//
// Keys: Return in the search field searches at once; Down moves into the results; Enter (or a
// double click) on a result asks to open it.

#include "api/ApiError.h"
#include "cache/ReferenceDataSnapshot.h"
#include "search/ContactSearchModel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QToolButton;

namespace contactdesk::ui {

class FilterRow;

class SearchPanel : public QWidget {
    Q_OBJECT
public:
    // Long enough to fold a paste or key auto-repeat into one call, short enough that the rows of
    // the last key arrive within 100 ms (issue 4, bench/search_latency). A call made stale by a
    // later key is cancelled, and the client's rate limiter keeps bursts within the server's limit.
    static constexpr int debounceMs = 40;

    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    void setSearchFunction(ContactSearchModel::SearchFunction search);
    void setReferenceData(const ReferenceDataSnapshot &data);

    // Focuses the search field and selects its text (Ctrl+F).
    void focusSearch();
    // Runs the pending debounced search now (if any).
    void searchNow();
    // Clears the text, the filters and the results (on a profile switch).
    void reset();

    // The contacts selected in the results, in view order (the current one when none is).
    QList<ContactSummary> selectedContacts() const;
    // The contacts of the results as loaded so far, in view order.
    QList<ContactSummary> visibleContacts() const;

    QLineEdit *searchField() const { return m_search; }
    QTableView *resultsView() const { return m_view; }
    ContactSearchModel *model() const { return m_model; }
    FilterRow *filterRow() const { return m_filters; }
    QLabel *totalLabel() const { return m_total; }

Q_SIGNALS:
    void openRequested(const contactdesk::ui::ContactSummary &contact);
    void searchFailed(const contactdesk::ApiError &error);
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleSearch();
    void updateTotal();
    void showColumnMenu(const QPoint &position);
    void saveHeader() const;
    void restoreHeader();
    void openIndex(const QModelIndex &proxyIndex);

    QLineEdit *m_search = nullptr;
    QToolButton *m_filterToggle = nullptr;
    FilterRow *m_filters = nullptr;
    QLabel *m_total = nullptr;
    QTableView *m_view = nullptr;
    ContactSearchModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace contactdesk::ui
