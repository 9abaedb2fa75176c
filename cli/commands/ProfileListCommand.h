#pragma once

// `profile list`: the connection profiles the app and the CLI share, the current one marked,
// with the names of the secrets the keychain holds for each (never their values).

#include "CommandRunner.h"
#include "profiles/ConnectionProfile.h"

#include <QMap>

namespace contactdesk::cli {

class ProfileListCommand : public CommandRunner {
    Q_OBJECT
public:
    using CommandRunner::CommandRunner;

    void declare(QCommandLineParser &parser) const override;
    std::optional<CliError> configure(const QCommandLineParser &parser) override;
    void start() override;

private:
    void print();

    QList<ConnectionProfile> m_profiles;
    QMap<QString, QStringList> m_storedSecrets; // profile id -> kind names
    int m_pending = 0;
};

} // namespace contactdesk::cli
