#include "SessionOpener.h"

#include "ProfileLookup.h"
#include "SecretInput.h"
#include "credentials/SecretStore.h"
#include "credentials/SecretText.h"
#include "profiles/ProfileStore.h"
#include "server/EmbeddedSandbox.h"

#include <QTimer>

#include <memory>

namespace contactdesk::cli {

namespace {

using sandbox::server::EmbeddedSandbox;

SessionSecrets fromNamed(const NamedSecrets &named)
{
    SessionSecrets s;
    s.s360.operatorPassword = named.value(SecretKind::OperatorPassword);
    s.s360.jwtSecret = secretBytesFromText(named.value(SecretKind::JwtSecret));
    s.symphonySecret = secretBytesFromText(named.value(SecretKind::SymphonySecret));
    return s;
}

// What is missing for the command to run, in words; empty when nothing is.
QString missingPiece(const ConnectionProfile &p, const SessionSecrets &s, SessionNeeds needs)
{
    const QString hint = QStringLiteral("(store it with the app or `contactdesk-cli profile add`, or give it with "
                                        "--secrets-stdin)");
    if (needs.s360) {
        if (p.binding == S360Binding::Soap && s.s360.operatorPassword.isEmpty())
            return QStringLiteral("Profile \"%1\" has no %2 in the keychain %3")
                .arg(p.name, secretKindName(SecretKind::OperatorPassword), hint);
        if (p.binding == S360Binding::Rest && s.s360.jwtSecret.isEmpty())
            return QStringLiteral("Profile \"%1\" has no %2 in the keychain %3")
                .arg(p.name, secretKindName(SecretKind::JwtSecret), hint);
    }
    if (needs.symphony) {
        if (p.symphonyBaseUrl.isEmpty() || p.symphonyApiKey.isEmpty())
            return QStringLiteral("Profile \"%1\" has no Symphony URL or API key").arg(p.name);
        if (s.symphonySecret.isEmpty())
            return QStringLiteral("Profile \"%1\" has no %2 in the keychain %3")
                .arg(p.name, secretKindName(SecretKind::SymphonySecret), hint);
    }
    return {};
}

struct KeychainRead {
    NamedSecrets secrets;
    int pending = 0;
    std::optional<ApiError> failure;
};

} // namespace

SessionOpener::SessionOpener(ProfileStore &profiles, SecretStore &secrets, const GlobalOptions &options,
                             QObject *parent)
    : QObject(parent), m_profiles(profiles), m_secrets(secrets), m_options(options)
{
}

SessionOpener::~SessionOpener()
{
    delete m_session; // before the sandbox it may talk to
    m_session = nullptr;
    delete m_sandbox; // stops the server and waits for its thread
    m_sandbox = nullptr;
}

void SessionOpener::open(SessionNeeds needs, Done done)
{
    std::variant<ConnectionProfile, CliError> resolved = resolveProfile(m_profiles, m_options.profile);
    if (std::holds_alternative<CliError>(resolved)) {
        QTimer::singleShot(0, this, [done, error = std::get<CliError>(resolved)] { done(error); });
        return;
    }
    ConnectionProfile profile = std::get<ConnectionProfile>(resolved);
    if (!m_options.baseUrl.isEmpty()) {
        profile.s360BaseUrl = m_options.baseUrl;
        profile.symphonyBaseUrl = m_options.baseUrl;
    }
    if (profile.isDemo && m_options.baseUrl.isEmpty()) {
        startDemo(profile, needs, std::move(done));
        return;
    }
    if (m_options.secretsFromStdin) {
        std::variant<NamedSecrets, CliError> read = SecretInput::readLines();
        QTimer::singleShot(0, this, [this, profile, read, needs, done] {
            if (std::holds_alternative<CliError>(read))
                done(std::get<CliError>(read));
            else
                finish(profile, fromNamed(std::get<NamedSecrets>(read)), needs, done);
        });
        return;
    }
    readKeychain(profile, needs, std::move(done));
}

void SessionOpener::startDemo(const ConnectionProfile &profile, SessionNeeds needs, Done done)
{
    m_sandbox = new EmbeddedSandbox(this);
    connect(m_sandbox, &EmbeddedSandbox::started, this, [this, profile, needs, done](const QUrl &url) {
        const sandbox::DemoCredentials c = m_sandbox->credentials();
        ConnectionProfile live = profile;
        live.s360BaseUrl = url;
        live.symphonyBaseUrl = url;
        live.institutionCode = c.institution;
        live.operatorLogin = c.operatorLogin;
        live.partnerName = c.partnerName;
        live.symphonyApiKey = c.symphonyApiKey;
        SessionSecrets secrets;
        secrets.s360.operatorPassword = c.operatorPassword;
        secrets.s360.jwtSecret = c.jwtSecret;
        secrets.symphonySecret = c.symphonySecret;
        finish(live, secrets, needs, done);
    });
    connect(m_sandbox, &EmbeddedSandbox::failed, this, [done](const QString &why) {
        done(CliError::failure(QStringLiteral("The embedded demo sandbox did not start: %1").arg(why)));
    });
    m_sandbox->start();
}

void SessionOpener::readKeychain(const ConnectionProfile &profile, SessionNeeds needs, Done done)
{
    auto read = std::make_shared<KeychainRead>();
    const QList<SecretKind> kinds = allSecretKinds();
    read->pending = int(kinds.size());
    for (SecretKind kind : kinds) {
        m_secrets.read(secretKey(profile.id, kind)).then(this, [this, read, kind, profile, needs, done](const Result<QString> &secret) {
            if (secret.ok())
                read->secrets.insert(kind, secret.value());
            else if (!SecretStore::isNotFound(secret.error()) && !read->failure)
                read->failure = secret.error();
            if (--read->pending > 0)
                return;
            if (read->failure) {
                done(CliError::fromApi(*read->failure, QStringLiteral("keychain")));
                return;
            }
            finish(profile, fromNamed(read->secrets), needs, done);
        });
    }
}

void SessionOpener::finish(ConnectionProfile profile, const SessionSecrets &secrets, SessionNeeds needs,
                           const Done &done)
{
    if (const QString missing = missingPiece(profile, secrets, needs); !missing.isEmpty()) {
        done(CliError::failure(missing));
        return;
    }
    m_session = new ApiSession(profile, secrets, QString(), this);
    if (!m_session->tlsSetupError().isEmpty()) {
        done(CliError::failure(m_session->tlsSetupError()));
        return;
    }
    done(m_session);
}

} // namespace contactdesk::cli
