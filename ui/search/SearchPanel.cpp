#include "search/SearchPanel.h"

#include "common/Icons.h"
#include "search/FilterRow.h"
#include "search/SearchTextClassifier.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace contactdesk::ui {

namespace {
const QString headerKey = QStringLiteral("search/headerState");
const QString filtersKey = QStringLiteral("search/filtersShown");
} // namespace

SearchPanel::SearchPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("searchPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search by name, contact number, email or phone (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search contacts"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon(Icon::Search), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    m_filterToggle = new QToolButton(this);
    m_filterToggle->setObjectName(QStringLiteral("filterToggle"));
    m_filterToggle->setIcon(icon(Icon::Filter));
    m_filterToggle->setCheckable(true);
    m_filterToggle->setToolTip(tr("Show the filters"));
    m_filterToggle->setAccessibleName(tr("Filters"));
    top->addWidget(m_search, 1);
    top->addWidget(m_filterToggle);
    layout->addLayout(top);

    m_filters = new FilterRow(this);
    m_filters->setVisible(false);
    layout->addWidget(m_filters);

    m_model = new ContactSearchModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ContactSearchModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("resultsView"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // server order until the user sorts
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    for (int column : {int(ContactSearchModel::Login), int(ContactSearchModel::Role), int(ContactSearchModel::Language),
                       int(ContactSearchModel::Modified)})
        m_view->setColumnHidden(column, true);
    layout->addWidget(m_view, 1);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_total->setAccessibleName(tr("Number of contacts found"));
    layout->addWidget(m_total);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);

    connect(m_search, &QLineEdit::textChanged, this, &SearchPanel::scheduleSearch);
    connect(m_filters, &FilterRow::changed, this, &SearchPanel::scheduleSearch);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_filterToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_filters->setVisible(shown);
        m_filterToggle->setToolTip(shown ? tr("Hide the filters") : tr("Show the filters"));
        QSettings().setValue(filtersKey, shown);
        if (!shown && !m_filters->isEmpty()) {
            m_filters->clear();
            scheduleSearch();
        }
    });
    connect(m_model, &ContactSearchModel::totalCountChanged, this, &SearchPanel::updateTotal);
    connect(m_model, &ContactSearchModel::loadingChanged, this, &SearchPanel::updateTotal);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SearchPanel::updateTotal);
    connect(m_model, &ContactSearchModel::failed, this, [this](const ApiError &error) {
        updateTotal();
        Q_EMIT searchFailed(error);
    });
    connect(m_view, &QTableView::activated, this, &SearchPanel::openIndex);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SearchPanel::selectionChanged);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &SearchPanel::showColumnMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, this, &SearchPanel::saveHeader);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, &SearchPanel::saveHeader);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &SearchPanel::saveHeader);

    restoreHeader();
    m_filterToggle->setChecked(QSettings().value(filtersKey, false).toBool());
    updateTotal();
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setSearchFunction(ContactSearchModel::SearchFunction search)
{
    m_model->setSearchFunction(std::move(search));
}

void SearchPanel::setReferenceData(const ReferenceDataSnapshot &reference)
{
    m_filters->setReferenceData(reference);
}

void SearchPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void SearchPanel::scheduleSearch()
{
    m_debounce->start();
}

void SearchPanel::searchNow()
{
    m_debounce->stop();
    dto::ContactSearchCriteria criteria;
    applySearchText(m_search->text(), criteria);
    m_filters->applyTo(criteria);
    m_model->setCriteria(criteria);
}

void SearchPanel::reset()
{
    m_debounce->stop();
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockFilters(m_filters);
        m_search->clear();
        m_filters->clear();
    }
    m_model->clear();
}

void SearchPanel::updateTotal()
{
    const int total = m_model->totalCount();
    const QLocale locale;
    if (m_model->lastError().isError())
        m_total->setText(tr("The search failed."));
    else if (m_model->isLoading() && m_model->rowCount() == 0)
        m_total->setText(tr("Searching…"));
    else if (total < 0)
        m_total->setText(tr("Type to search."));
    else if (total == 0)
        m_total->setText(tr("No contact found."));
    else if (m_model->rowCount() < total)
        m_total->setText(tr("%1 contacts (%2 loaded)").arg(locale.toString(total), locale.toString(m_model->rowCount())));
    else
        m_total->setText(tr("%Ln contact(s)", nullptr, total));
}

QList<ContactSummary> SearchPanel::selectedContacts() const
{
    QList<ContactSummary> contacts;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex();
    for (const QModelIndex &index : std::as_const(rows))
        contacts << m_model->contactAt(m_proxy->mapToSource(index).row());
    return contacts;
}

QList<ContactSummary> SearchPanel::visibleContacts() const
{
    QList<ContactSummary> contacts;
    contacts.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        contacts << m_model->contactAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return contacts;
}

void SearchPanel::openIndex(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    Q_EMIT openRequested(m_model->contactAt(m_proxy->mapToSource(proxyIndex).row()));
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_debounce->isActive())
                searchNow();
            else if (m_proxy->rowCount() == 1)
                openIndex(m_proxy->index(0, 0));
            return true;
        }
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            m_view->selectRow(m_view->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < ContactSearchModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(ContactSearchModel::columnTitle(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name column always stays.
        action->setEnabled(column != ContactSearchModel::Name);
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_view->setColumnHidden(column, !shown);
            saveHeader();
        });
    }
    menu.exec(header->mapToGlobal(position));
}

void SearchPanel::saveHeader() const
{
    QSettings().setValue(headerKey, m_view->horizontalHeader()->saveState());
}

void SearchPanel::restoreHeader()
{
    const QByteArray state = QSettings().value(headerKey).toByteArray();
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

} // namespace contactdesk::ui
