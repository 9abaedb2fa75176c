#include "ProfileLookup.h"

#include "profiles/ProfileStore.h"

namespace contactdesk::cli {

std::optional<ConnectionProfile> findProfile(const ProfileStore &store, const QString &nameOrId)
{
    const QList<ConnectionProfile> profiles = store.list();
    for (const ConnectionProfile &p : profiles) {
        if (p.name == nameOrId || p.id == nameOrId)
            return p;
    }
    std::optional<ConnectionProfile> folded;
    for (const ConnectionProfile &p : profiles) {
        if (p.name.compare(nameOrId, Qt::CaseInsensitive) == 0) {
            if (folded)
                return std::nullopt; // ambiguous
            folded = p;
        }
    }
    return folded;
}

std::variant<ConnectionProfile, CliError> resolveProfile(ProfileStore &store, const QString &nameOrId)
{
    store.load(); // creates the demo profile on a first run, fixes a stale current id
    if (nameOrId.isEmpty()) {
        if (std::optional<ConnectionProfile> current = store.currentProfile())
            return *current;
        return CliError::usage(QStringLiteral("No current profile: use --profile NAME (contactdesk-cli profile list)"));
    }
    if (std::optional<ConnectionProfile> found = findProfile(store, nameOrId))
        return *found;
    return CliError::usage(QStringLiteral("Unknown profile \"%1\" (contactdesk-cli profile list)").arg(nameOrId));
}

} // namespace contactdesk::cli
