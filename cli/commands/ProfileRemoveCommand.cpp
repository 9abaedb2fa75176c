#include "commands/ProfileRemoveCommand.h"

#include "Console.h"
#include "ProfileLookup.h"
#include "credentials/SecretStore.h"
#include "profiles/ProfileStore.h"

namespace contactdesk::cli {

void ProfileRemoveCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        QStringLiteral("Remove a connection profile (shared with the app) and delete its secrets from the keychain."));
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The profile's name or id."));
}

std::optional<CliError> ProfileRemoveCommand::configure(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1)
        return CliError::usage(QStringLiteral("expected one profile NAME"));
    m_name = parser.positionalArguments().first();
    return std::nullopt;
}

void ProfileRemoveCommand::start()
{
    context().profiles().load();
    const std::optional<ConnectionProfile> found = findProfile(context().profiles(), m_name);
    if (!found) {
        fail(CliError::usage(QStringLiteral("Unknown profile \"%1\" (contactdesk-cli profile list)").arg(m_name)));
        return;
    }
    m_profile = *found;
    removeSecrets(allSecretKinds());
}

void ProfileRemoveCommand::removeSecrets(QList<SecretKind> remaining)
{
    if (remaining.isEmpty()) {
        if (!context().profiles().remove(m_profile.id)) {
            fail(CliError::failure(QStringLiteral("profile \"%1\" could not be removed").arg(m_profile.name)));
            return;
        }
        Console::outLine(QStringLiteral("Removed profile \"%1\" and its keychain secrets.").arg(m_profile.name));
        succeed();
        return;
    }
    const SecretKind kind = remaining.takeFirst();
    context().secrets().remove(secretKey(m_profile.id, kind)).then(this, [this, remaining](const Result<bool> &r) {
        if (!r.ok()) {
            fail(CliError::fromApi(r.error(), QStringLiteral("keychain (the profile was kept)")));
            return;
        }
        removeSecrets(remaining);
    });
}

} // namespace contactdesk::cli
