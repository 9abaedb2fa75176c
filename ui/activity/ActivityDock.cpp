#include "activity/ActivityDock.h"

#include "activity/ActivityModel.h"
#include "common/Icons.h"
#include "transport/RequestLog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QScrollBar>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace contactdesk::ui {

ActivityDock::ActivityDock(QWidget *parent) : QDockWidget(tr("Activity"), parent)
{
    setObjectName(QStringLiteral("activityDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *toolbar = new QToolBar(content);
    toolbar->setIconSize(QSize(16, 16));
    m_model = new ActivityModel(this);
    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setAccessibleName(tr("Calls of this session"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(ActivityModel::Operation, 230);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setWordWrap(false);

    auto *copy = new QAction(icon(Icon::Copy), tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    copy->setToolTip(tr("Copy the selected calls (all when none is selected), secrets redacted"));
    connect(copy, &QAction::triggered, this, [this] { copySelection(); });
    m_view->addAction(copy);
    auto *clear = new QAction(icon(Icon::Delete), tr("Clear"), this);
    clear->setToolTip(tr("Forget the calls listed"));
    connect(clear, &QAction::triggered, this, [this] {
        if (m_log)
            m_log->clear();
    });
    toolbar->addAction(copy);
    toolbar->addAction(clear);
    layout->addWidget(toolbar);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, [this] {
        // Follow the newest call unless the user scrolled up.
        if (m_view->verticalScrollBar()->value() >= m_view->verticalScrollBar()->maximum() - 2)
            m_view->scrollToBottom();
    });
}

void ActivityDock::setLog(transport::RequestLog *log)
{
    m_log = log;
    m_model->setLog(log);
}

QString ActivityDock::copySelection()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows << row;
    }
    const QString text = m_model->textOfRows(rows);
    QApplication::clipboard()->setText(text);
    return text;
}

} // namespace contactdesk::ui
