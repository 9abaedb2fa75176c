#pragma once

// `profile add --name N --url URL --institution CODE --login LOGIN ...`: a new connection
// profile in the store the app shares, and its secrets in the keychain (SecretStore), read from
// stdin as KIND=VALUE lines or from a hidden prompt, never from argv. When the keychain cannot
// take them, nothing is added.

#include "CommandRunner.h"
#include "SecretInput.h"
#include "profiles/ConnectionProfile.h"

namespace contactdesk::cli {

class ProfileAddCommand : public CommandRunner {
    Q_OBJECT
public:
    using CommandRunner::CommandRunner;

    void declare(QCommandLineParser &parser) const override;
    std::optional<CliError> configure(const QCommandLineParser &parser) override;
    void start() override;

private:
    void writeSecrets(QList<SecretKind> remaining);
    void rollBack(const CliError &error);
    void done();

    ConnectionProfile m_profile;
    bool m_makeCurrent = false;
    NamedSecrets m_secrets;
    QStringList m_writtenKeys;
};

} // namespace contactdesk::cli
