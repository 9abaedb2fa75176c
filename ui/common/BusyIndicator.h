#pragma once

// A small indeterminate progress bar shown while at least one call is running.
//
//     auto hold = busy->hold();                      // shown from now on
//     onResult(future, this, [hold](const Result<T> &r) {...}); // hidden once every hold is released

#include <QPointer>
#include <memory>
#include <QWidget>

class QProgressBar;

namespace contactdesk::ui {

class BusyIndicator : public QWidget {
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    // A token: the indicator stays on while a copy of it is alive.
    std::shared_ptr<void> hold();
    bool isBusy() const { return m_count > 0; }
    int count() const { return m_count; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    void begin();
    void end();

    QProgressBar *m_bar = nullptr;
    int m_count = 0;
};

} // namespace contactdesk::ui
