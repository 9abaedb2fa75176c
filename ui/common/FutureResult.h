#pragma once

// Runs f(result) on the UI thread when future finishes, unless receiver is gone by then.
//
// Why not future.then(receiver, f): in Qt 6.4 a continuation whose context object was
// destroyed before the future finished hits Q_ASSERT(context) (qfuture_impl.h); a dialog closed
// or a tab closed while its call is on the way is an everyday case. The continuation here is
// attached to the application object, which outlives every call, and checks the receiver.
// A future that ends cancelled (its promise dropped) does not call f.

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>

#include <utility>

namespace contactdesk::ui {

template <class T, class F> void onResult(QFuture<T> future, QObject *receiver, F &&f)
{
    future.then(QCoreApplication::instance(),
                [guard = QPointer<QObject>(receiver), f = std::forward<F>(f)](const T &value) mutable {
                    if (guard)
                        f(value);
                });
}

} // namespace contactdesk::ui
