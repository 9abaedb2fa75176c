#pragma once

// SIGINT and SIGTERM turned into a Qt signal (through a socket pair: a signal handler may only
// write), so that a foreground server can close cleanly.

#include <QObject>

namespace contactdesk::cli {

class TerminationSignals : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    // False when the handlers could not be installed.
    bool install();

Q_SIGNALS:
    void received();
};

} // namespace contactdesk::cli
