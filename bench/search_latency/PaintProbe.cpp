#include "PaintProbe.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>

namespace contactdesk::bench {

PaintProbe::PaintProbe(QAbstractItemView *view, const QElapsedTimer *clock, QObject *parent)
    : QObject(parent), m_view(view), m_clock(clock)
{
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, &PaintProbe::onRows);
    connect(model, &QAbstractItemModel::modelReset, this, &PaintProbe::onRows);
    connect(model, &QAbstractItemModel::layoutChanged, this, &PaintProbe::onRows);
    // Installed after the scroll area's own viewport filter, so this one runs first.
    view->viewport()->installEventFilter(this);
}

void PaintProbe::expect()
{
    m_expecting = true;
    m_rowsNs = -1;
    m_paintedNs = -1;
    m_rowsPainted = 0;
}

void PaintProbe::onRows()
{
    if (m_expecting && m_rowsNs < 0 && m_view->model()->rowCount() > 0)
        m_rowsNs = m_clock->nsecsElapsed();
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_inside || !m_expecting || event->type() != QEvent::Paint || watched != m_view->viewport() || m_rowsNs < 0)
        return QObject::eventFilter(watched, event);
    // Paint now, through the view (the scroll area's viewport filter), then take the time.
    m_inside = true;
    QCoreApplication::sendEvent(watched, event);
    m_inside = false;
    m_paintedNs = m_clock->nsecsElapsed();
    m_rowsPainted = m_view->model()->rowCount();
    m_expecting = false;
    return true; // already delivered
}

} // namespace contactdesk::bench
