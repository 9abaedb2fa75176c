#pragma once

// `sandbox`: the local S-360 / Symphony server in the foreground, with the options of
// contactdesk-sandbox (--port, --bind, --db, --memory, --seed-contacts, --rate-limit, --faults,
// --workers, --print-secrets, --verbose). Prints its base URL and the demo login; runs until
// SIGINT or SIGTERM, then closes the server and the database.

#include "CommandRunner.h"
#include "domain/SandboxService.h"
#include "server/ServerOptions.h"

#include <memory>

namespace contactdesk::sandbox::server {
class SandboxServer;
}

namespace contactdesk::cli {

class SandboxCommand : public CommandRunner {
    Q_OBJECT
public:
    explicit SandboxCommand(CommandContext &context, QObject *parent = nullptr);
    ~SandboxCommand() override;

    void declare(QCommandLineParser &parser) const override;
    std::optional<CliError> configure(const QCommandLineParser &parser) override;
    void start() override;

private:
    void stop();

    sandbox::server::ServerOptions m_serverOptions;
    sandbox::SandboxOptions m_sandboxOptions;
    bool m_printSecrets = false;
    bool m_logRequests = false;
    std::unique_ptr<sandbox::SandboxService> m_service;
    std::unique_ptr<sandbox::server::SandboxServer> m_server;
};

} // namespace contactdesk::cli
