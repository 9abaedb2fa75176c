#pragma once

// Watches a view's viewport for the first paint that shows rows: after expect(), once rows
// arrived in the view's model (rowsInserted or modelReset with rows), the next QEvent::Paint of
// the viewport is let through to the view at once (inside this filter, so the rows are really
// drawn) and the time its painting ENDED is recorded on the given clock.

#include <QElapsedTimer>
#include <QObject>

class QAbstractItemView;

namespace contactdesk::bench {

class PaintProbe : public QObject {
public:
    PaintProbe(QAbstractItemView *view, const QElapsedTimer *clock, QObject *parent = nullptr);

    // Forget the last paint; wait for rows and their first paint.
    void expect();
    bool painted() const { return m_paintedNs >= 0; }
    qint64 paintedNs() const { return m_paintedNs; }     // on the clock; -1 before
    qint64 rowsArrivedNs() const { return m_rowsNs; }    // when the model got rows; -1 before
    int rowsPainted() const { return m_rowsPainted; }    // rows of the model when painted

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onRows();

    QAbstractItemView *m_view;
    const QElapsedTimer *m_clock;
    bool m_expecting = false;
    bool m_inside = false;
    qint64 m_rowsNs = -1;
    qint64 m_paintedNs = -1;
    int m_rowsPainted = 0;
};

} // namespace contactdesk::bench
