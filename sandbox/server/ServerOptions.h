#pragma once

// How a SandboxServer listens and behaves.

#include "auth/Clock.h"
#include "contract/Services.h"
#include "server/FaultSpec.h"

#include <QHostAddress>
#include <QString>

namespace contactdesk::sandbox::server {

struct ServerOptions {
    // Loopback only unless told otherwise.
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port (see SandboxServer::port())

    // The institution this server serves: WS-Security callers act for it, JWTs must name it
    // in `sub`, Symphony keys of another institution are refused.
    QString institution = QStringLiteral("MOSA");

    // Calls a minute per institution, all services and protocols together; 0: no limit.
    int rateLimitPerMinute = contract::rateLimitPerMinute;

    // A request body over this is refused with HTTP 413 (and the binding's error body).
    qint64 maxRequestBytes = qint64(8) * 1024 * 1024;

    // Threads that run the domain calls; 0: answer on the server's own thread; -1: as many as
    // the machine has cores (at least 2). The HTTP sockets always stay on the server's thread.
    int workerThreads = -1;

    FaultSpec faults;

    // The clock of the JWT and Symphony checks (tests may pin it).
    auth::Clock clock = auth::systemClock();
};

} // namespace contactdesk::sandbox::server
