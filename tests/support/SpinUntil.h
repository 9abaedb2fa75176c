#pragma once

// Runs the event loop until pred() holds or timeoutMs runs out; returns pred(). Not
// QTest::qWaitFor: that sleeps 10 ms between passes, which starves a loopback client and server
// sharing one thread (every call would take tens of milliseconds). This one checks every 1 ms.

#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace testsupport {

template <class Pred> bool spinUntil(Pred pred, int timeoutMs = 30'000)
{
    if (pred())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (pred())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    check.start();
    deadline.start(timeoutMs);
    loop.exec();
    return pred();
}

} // namespace testsupport
