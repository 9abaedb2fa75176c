#pragma once

// Builds the ApiSession of the chosen profile, as the app does: the secrets come from the
// keychain (SecretStore, the app's entries) or, with --secrets-stdin, from stdin; for the demo
// profile, unless --base-url is given, the embedded sandbox is started in this process and its
// live URL and in-memory credentials are used. --base-url replaces the profile's URLs.

#include "CliError.h"
#include "GlobalOptions.h"
#include "api/ApiSession.h"

#include <QObject>

#include <functional>
#include <variant>

namespace contactdesk {
class ProfileStore;
class SecretStore;
namespace sandbox::server {
class EmbeddedSandbox;
}
} // namespace contactdesk

namespace contactdesk::cli {

// Which services a command calls (their secrets must be there).
struct SessionNeeds {
    bool s360 = true;
    bool symphony = false;
};

class SessionOpener : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(std::variant<ApiSession *, CliError>)>;

    SessionOpener(ProfileStore &profiles, SecretStore &secrets, const GlobalOptions &options,
                  QObject *parent = nullptr);
    ~SessionOpener() override;

    // Calls done once, later (from the event loop), with a session owned by this opener.
    void open(SessionNeeds needs, Done done);

private:
    void startDemo(const ConnectionProfile &profile, SessionNeeds needs, Done done);
    void readKeychain(const ConnectionProfile &profile, SessionNeeds needs, Done done);
    void finish(ConnectionProfile profile, const SessionSecrets &secrets, SessionNeeds needs, const Done &done);

    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    GlobalOptions m_options;
    sandbox::server::EmbeddedSandbox *m_sandbox = nullptr;
    ApiSession *m_session = nullptr;
};

} // namespace contactdesk::cli
