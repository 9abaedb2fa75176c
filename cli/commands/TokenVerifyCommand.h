#pragma once

// `token verify [TOKEN] [--consume]`: asks Symphony whom a registration token belongs to.
// The token is read from stdin (a hidden prompt on a terminal) when TOKEN is absent or "-":
// the safer way, since a command line is visible to other users. It is never printed.

#include "CommandRunner.h"

namespace contactdesk::cli {

class TokenVerifyCommand : public CommandRunner {
    Q_OBJECT
public:
    using CommandRunner::CommandRunner;

    void declare(QCommandLineParser &parser) const override;
    std::optional<CliError> configure(const QCommandLineParser &parser) override;
    void start() override;

private:
    QString m_token;
    bool m_tokenFromStdin = false;
    bool m_consume = false;
    QString m_tokenType;
};

} // namespace contactdesk::cli
