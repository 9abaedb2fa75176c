#include "CommandContext.h"

#include "credentials/SecretStore.h"
#include "profiles/ProfileStore.h"

#include <QSettings>

namespace contactdesk::cli {

CommandContext::CommandContext(const GlobalOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(std::make_unique<QSettings>()) // the app's settings: same organisation and application name
    , m_profiles(new ProfileStore(m_settings.get(), this))
    , m_secrets(new SecretStore(this))
{
}

CommandContext::~CommandContext()
{
    delete m_opener; // the session and the embedded sandbox go first
    m_opener = nullptr;
}

void CommandContext::openSession(SessionNeeds needs, SessionOpener::Done done)
{
    if (!m_opener)
        m_opener = new SessionOpener(*m_profiles, *m_secrets, m_options, this);
    m_opener->open(needs, std::move(done));
}

} // namespace contactdesk::cli
