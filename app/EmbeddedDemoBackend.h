#pragma once

// The demo profile's backend: the sandbox running inside the app (EmbeddedSandbox, on its own
// worker thread). start() starts it once and hands its URL and the demo credentials over in
// memory; outbox() reads the mails it "sent" from its /sandbox/outbox endpoint.

#include "server/EmbeddedSandbox.h"
#include "session/DemoBackend.h"

#include <QNetworkAccessManager>
#include <QPromise>

#include <memory>
#include <optional>

namespace contactdesk::app {

class EmbeddedDemoBackend : public ui::DemoBackend {
    Q_OBJECT
public:
    explicit EmbeddedDemoBackend(sandbox::server::EmbeddedSandboxOptions options = {}, QObject *parent = nullptr);
    ~EmbeddedDemoBackend() override;

    QFuture<Result<ui::DemoEndpoint>> start() override;
    QFuture<Result<QList<ui::OutboxMail>>> outbox(int limit) override;

    sandbox::server::EmbeddedSandbox *sandbox() const { return m_sandbox; }

private:
    void finishStart(Result<ui::DemoEndpoint> result);
    ui::DemoEndpoint endpoint() const;

    sandbox::server::EmbeddedSandboxOptions m_options;
    sandbox::server::EmbeddedSandbox *m_sandbox;
    QNetworkAccessManager *m_network;
    QList<std::shared_ptr<QPromise<Result<ui::DemoEndpoint>>>> m_waiting;
    std::optional<QString> m_failure;
};

} // namespace contactdesk::app
