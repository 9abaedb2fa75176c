#pragma once

// `profile remove NAME`: forgets a connection profile and deletes its secrets from the keychain.

#include "CommandRunner.h"
#include "credentials/SecretKey.h"
#include "profiles/ConnectionProfile.h"

namespace contactdesk::cli {

class ProfileRemoveCommand : public CommandRunner {
    Q_OBJECT
public:
    using CommandRunner::CommandRunner;

    void declare(QCommandLineParser &parser) const override;
    std::optional<CliError> configure(const QCommandLineParser &parser) override;
    void start() override;

private:
    void removeSecrets(QList<SecretKind> remaining);

    QString m_name;
    ConnectionProfile m_profile;
};

} // namespace contactdesk::cli
