#pragma once

// Watches the event loop of the thread it lives on: a precise timer ticks every intervalMs and
// each tick measures the time since the previous one. A gap over thresholdMs means the thread
// did not get back to its event loop for that long (a UI hang): it is recorded as a stall.

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace contactdesk::uitest {

class EventLoopWatchdog : public QObject {
public:
    explicit EventLoopWatchdog(int thresholdMs = 200, int intervalMs = 10, QObject *parent = nullptr)
        : QObject(parent), m_thresholdMs(thresholdMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &EventLoopWatchdog::tick);
    }

    void start()
    {
        m_stalls.clear();
        m_maxGapMs = 0;
        m_ticks = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop()
    {
        tick(); // a stall that ends with the stop still counts
        m_timer.stop();
    }

    // Names what the test is doing, for the stall report.
    void setActivity(const QString &activity) { m_activity = activity; }

    qint64 maxGapMs() const { return m_maxGapMs; }
    qint64 ticks() const { return m_ticks; }
    const QStringList &stalls() const { return m_stalls; }
    int thresholdMs() const { return m_thresholdMs; }

private:
    void tick()
    {
        if (!m_clock.isValid())
            return;
        const qint64 now = m_clock.elapsed();
        const qint64 gap = now - m_last;
        m_last = now;
        ++m_ticks;
        m_maxGapMs = std::max(m_maxGapMs, gap);
        if (gap > m_thresholdMs)
            m_stalls << QStringLiteral("%1 ms without the event loop at %2 ms, during: %3").arg(gap).arg(now).arg(m_activity);
    }

    int m_thresholdMs;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGapMs = 0;
    qint64 m_ticks = 0;
    QString m_activity;
    QStringList m_stalls;
};

} // namespace contactdesk::uitest
