#pragma once

// What every command runner shares: the global options, the app's profile store and keychain
// (the same settings file and keychain entries as the ContactDesk app), and the session opener.

#include "GlobalOptions.h"
#include "SessionOpener.h"

#include <QObject>

#include <memory>

class QSettings;

namespace contactdesk {
class ProfileStore;
class SecretStore;
} // namespace contactdesk

namespace contactdesk::cli {

class CommandContext : public QObject {
    Q_OBJECT
public:
    explicit CommandContext(const GlobalOptions &options, QObject *parent = nullptr);
    ~CommandContext() override;

    const GlobalOptions &options() const { return m_options; }
    ProfileStore &profiles() { return *m_profiles; }
    SecretStore &secrets() { return *m_secrets; }
    // Opens the session of the profile chosen with --profile (see SessionOpener).
    void openSession(SessionNeeds needs, SessionOpener::Done done);

private:
    GlobalOptions m_options;
    std::unique_ptr<QSettings> m_settings;
    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    SessionOpener *m_opener = nullptr;
};

} // namespace contactdesk::cli
