#pragma once

// The sandbox inside the app, for the "Demo sandbox" profile: opens (creating and seeding when
// new) the database, starts a SandboxServer on a free loopback port, and hands back its base
// URL and the demo credentials, in memory. Everything that touches the disk or SQLite runs on
// a worker QThread that owns the server and the service; the caller's (UI) thread only sees
// signals.
//
//   auto *sandbox = new EmbeddedSandbox(this);
//   connect(sandbox, &EmbeddedSandbox::started, this, [sandbox](const QUrl &url) {
//       const DemoCredentials c = sandbox->credentials(); ... });
//   connect(sandbox, &EmbeddedSandbox::failed, this, [](const QString &why) { ... });
//   sandbox->start();

#include "domain/SandboxService.h"
#include "server/FaultSpec.h"

#include <QMutex>
#include <QObject>
#include <QUrl>

#include <optional>

class QThread;

namespace contactdesk::sandbox::server {

class EmbeddedSandboxWorker;

struct EmbeddedSandboxOptions {
    QString databasePath;   // empty: defaultDatabasePath()
    bool inMemory = false;  // a private temporary database, gone when stopped
    int seedContacts = 5000; // individuals seeded into a new database
    int rateLimitPerMinute = contract::rateLimitPerMinute;
    FaultSpec faults;
};

class EmbeddedSandbox : public QObject {
    Q_OBJECT
public:
    explicit EmbeddedSandbox(QObject *parent = nullptr);
    ~EmbeddedSandbox() override; // stops the server and waits for the worker thread

    // QStandardPaths::AppDataLocation + "/sandbox.sqlite" (the directory is created on start).
    static QString defaultDatabasePath();

    enum class State { Stopped, Starting, Running, Stopping };
    State state() const { return m_state; }

    // Asynchronous: emits started() or failed(). Ignored unless stopped.
    void start(const EmbeddedSandboxOptions &options = {});
    // Asynchronous: emits stopped() once the server is closed and the database released.
    void stop();

    // Valid once started() was emitted, until stop().
    QUrl baseUrl() const;
    DemoCredentials credentials() const;

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);
    void stopped();

private:
    void onReady(const QUrl &baseUrl, const DemoCredentials &credentials);
    void onThreadFinished();

    State m_state = State::Stopped;
    QThread *m_thread = nullptr;
    EmbeddedSandboxWorker *m_worker = nullptr;
    mutable QMutex m_mutex;
    QUrl m_baseUrl;
    DemoCredentials m_credentials;
    std::optional<QString> m_failure; // set when the start failed (reported once the thread ended)
};

} // namespace contactdesk::sandbox::server
