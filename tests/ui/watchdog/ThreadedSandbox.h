#pragma once

// The demo profile's backend for the watchdog test: a sandbox (temporary database, small seed,
// no server-side rate limit) served by a SandboxServer that lives on its OWN thread, so that
// its work never runs on the UI thread the watchdog measures. setFaults() reaches the server
// on its thread.

#include "domain/SandboxService.h"
#include "server/SandboxServer.h"
#include "session/DemoBackend.h"

#include <QThread>
#include <QFuture>

#include <atomic>
#include <memory>

namespace contactdesk::uitest {

class ThreadedSandbox : public ui::DemoBackend {
public:
    explicit ThreadedSandbox(int seedContacts = 60)
    {
        m_thread.setObjectName(QStringLiteral("sandbox"));
        m_thread.start();
        m_anchor = new QObject;
        m_anchor->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_anchor,
            [this, seedContacts] {
                sandbox::SandboxOptions options;
                options.inMemory = true;
                options.seedContacts = seedContacts;
                Result<sandbox::OpenedSandbox> opened = sandbox::openSandbox(options);
                if (!opened) {
                    m_error = opened.error().toString();
                    return;
                }
                m_service = std::move(opened.value().service);
                m_credentials = opened.value().credentials;
                sandbox::server::ServerOptions serverOptions;
                serverOptions.institution = m_credentials.institution;
                serverOptions.rateLimitPerMinute = 0;
                m_server = std::make_unique<sandbox::server::SandboxServer>(*m_service, serverOptions);
                if (!m_server->start())
                    m_error = m_server->errorString();
                else
                    m_baseUrl = m_server->baseUrl();
            },
            Qt::BlockingQueuedConnection);
    }
    ~ThreadedSandbox() override
    {
        QMetaObject::invokeMethod(
            m_anchor,
            [this] {
                m_server.reset();
                m_service.reset();
                delete m_anchor;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QString error() const { return m_error; }
    bool isRunning() const { return m_error.isEmpty() && m_baseUrl.isValid(); }

    void setFaults(const sandbox::server::FaultSpec &spec)
    {
        QMetaObject::invokeMethod(m_anchor, [this, spec] { m_server->setFaults(spec); }, Qt::BlockingQueuedConnection);
    }
    // Faults injected so far (all kinds); the counters are atomic.
    quint64 injectedFaults() const
    {
        const auto stats = m_server->statistics();
        quint64 total = 0;
        for (size_t k = 1; k < stats.injected.size(); ++k)
            total += stats.injected[k];
        return total;
    }
    quint64 serviceCalls() const { return m_server->statistics().serviceCalls; }

    QFuture<Result<ui::DemoEndpoint>> start() override
    {
        if (!isRunning())
            return QtFuture::makeReadyFuture(Result<ui::DemoEndpoint>(ApiError::make(ApiError::Kind::Transport, m_error)));
        ui::DemoEndpoint e;
        e.baseUrl = m_baseUrl;
        e.institution = m_credentials.institution;
        e.operatorLogin = m_credentials.operatorLogin;
        e.partnerName = m_credentials.partnerName;
        e.symphonyApiKey = m_credentials.symphonyApiKey;
        e.secrets.s360 = {m_credentials.operatorPassword, m_credentials.jwtSecret};
        e.secrets.symphonySecret = m_credentials.symphonySecret;
        return QtFuture::makeReadyFuture(Result<ui::DemoEndpoint>(e));
    }
    QFuture<Result<QList<ui::OutboxMail>>> outbox(int) override
    {
        return QtFuture::makeReadyFuture(Result<QList<ui::OutboxMail>>(QList<ui::OutboxMail>{}));
    }

private:
    QThread m_thread;
    QObject *m_anchor = nullptr;
    std::unique_ptr<sandbox::SandboxService> m_service;
    std::unique_ptr<sandbox::server::SandboxServer> m_server;
    sandbox::DemoCredentials m_credentials;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace contactdesk::uitest
