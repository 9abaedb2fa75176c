#include "session/SessionManager.h"

#include "common/FutureResult.h"

#include "cache/ReferenceDataCache.h"
#include "credentials/SecretKey.h"
#include "credentials/SecretStore.h"
#include "credentials/SecretText.h"
#include "profiles/ProfileStore.h"
#include "session/DemoBackend.h"

#include <QPromise>

#include <memory>

namespace contactdesk::ui {

namespace {

// Reads the three secrets of a profile; a secret that is not stored reads as empty.
struct SecretRead {
    QPromise<Result<SessionSecrets>> promise;
    SessionSecrets secrets;
    int pending = 3;
    std::optional<ApiError> failure;
};

} // namespace

SessionManager::SessionManager(ProfileStore *profiles, SecretStore *secrets, DemoBackend *demo, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_secrets(secrets), m_demo(demo)
{
}

SessionManager::~SessionManager() = default;

std::optional<ConnectionProfile> SessionManager::profile() const
{
    return m_profile;
}

void SessionManager::provideSecrets(const QString &profileId, const SessionSecrets &secrets)
{
    m_typedSecrets.insert(profileId, secrets);
}

void SessionManager::forgetSecrets(const QString &profileId)
{
    m_typedSecrets.remove(profileId);
}

QString SessionManager::missingSecret(const ConnectionProfile &profile, const SessionSecrets &secrets)
{
    if (profile.binding == S360Binding::Soap && secrets.s360.operatorPassword.isEmpty())
        return secretKindName(SecretKind::OperatorPassword);
    if (profile.binding == S360Binding::Rest && secrets.s360.jwtSecret.isEmpty())
        return secretKindName(SecretKind::JwtSecret);
    return {};
}

QFuture<Result<SessionManager::Prepared>> SessionManager::prepare(const ConnectionProfile &profile)
{
    auto promise = std::make_shared<QPromise<Result<Prepared>>>();
    promise->start();
    QFuture<Result<Prepared>> future = promise->future();
    const auto finish = [promise](Result<Prepared> result) {
        promise->addResult(std::move(result));
        promise->finish();
    };

    if (profile.isDemo) {
        if (!m_demo) {
            finish(ApiError::make(ApiError::Kind::Transport, tr("The demo sandbox is not available in this build.")));
            return future;
        }
        onResult(m_demo->start(), this, [profile, finish](const Result<DemoEndpoint> &started) {
            if (!started.ok()) {
                finish(started.error());
                return;
            }
            const DemoEndpoint &e = started.value();
            Prepared prepared{profile, e.secrets};
            prepared.profile.s360BaseUrl = e.baseUrl;
            prepared.profile.symphonyBaseUrl = e.baseUrl;
            prepared.profile.institutionCode = e.institution;
            prepared.profile.operatorLogin = e.operatorLogin;
            prepared.profile.partnerName = e.partnerName;
            prepared.profile.symphonyApiKey = e.symphonyApiKey;
            finish(std::move(prepared));
        });
        return future;
    }

    if (const auto typed = m_typedSecrets.constFind(profile.id); typed != m_typedSecrets.cend()) {
        finish(Prepared{profile, *typed});
        return future;
    }
    if (!m_secrets || profile.id.isEmpty()) {
        finish(Prepared{profile, {}});
        return future;
    }

    auto read = std::make_shared<SecretRead>();
    const auto done = [read, profile, finish] {
        if (--read->pending > 0)
            return;
        if (read->failure)
            finish(*read->failure);
        else
            finish(Prepared{profile, read->secrets});
    };
    const auto readOne = [this, read, done, &profile](SecretKind kind, auto store) {
        onResult(m_secrets->read(secretKey(profile.id, kind)), this, [read, done, store](const Result<QString> &secret) {
            if (secret.ok())
                store(read->secrets, secret.value());
            else if (!SecretStore::isNotFound(secret.error()) && !read->failure)
                read->failure = secret.error();
            done();
        });
    };
    readOne(SecretKind::OperatorPassword, [](SessionSecrets &s, const QString &v) { s.s360.operatorPassword = v; });
    readOne(SecretKind::JwtSecret, [](SessionSecrets &s, const QString &v) { s.s360.jwtSecret = secretBytesFromText(v); });
    readOne(SecretKind::SymphonySecret, [](SessionSecrets &s, const QString &v) { s.symphonySecret = secretBytesFromText(v); });
    return future;
}

void SessionManager::openCurrent()
{
    if (!m_profiles)
        return;
    if (m_profiles->list().isEmpty())
        m_profiles->load();
    const std::optional<ConnectionProfile> current = m_profiles->currentProfile();
    if (current)
        open(current->id);
}

void SessionManager::open(const QString &profileId)
{
    const std::optional<ConnectionProfile> found = m_profiles ? m_profiles->find(profileId) : std::nullopt;
    if (!found) {
        Q_EMIT openFailed(ConnectionProfile{}, ApiError::make(ApiError::Kind::Validation, tr("No such connection profile.")));
        return;
    }
    m_profiles->setCurrentProfileId(profileId);
    const quint64 generation = ++m_generation;
    m_opening = true;
    Q_EMIT opening(*found);
    onResult(prepare(*found), this, [this, generation, profile = *found](const Result<Prepared> &prepared) {
        if (generation != m_generation)
            return; // another open started since
        m_opening = false;
        if (!prepared.ok()) {
            if (prepared.error().kind == ApiError::Kind::Credentials) {
                Q_EMIT secretsNeeded(profile, prepared.error().message);
                return;
            }
            Q_EMIT openFailed(profile, prepared.error());
            return;
        }
        const QString missing = missingSecret(prepared->profile, prepared->secrets);
        if (!missing.isEmpty()) {
            Q_EMIT secretsNeeded(profile, missing);
            return;
        }
        ApiSession *previous = m_session;
        m_session = new ApiSession(prepared->profile, prepared->secrets, QString(), this);
        m_profile = prepared->profile;
        m_referenceData.reset();
        Q_EMIT sessionChanged(m_session);
        if (previous)
            previous->deleteLater();
        loadReferenceData(false);
    });
}

void SessionManager::refreshReferenceData()
{
    loadReferenceData(true);
}

void SessionManager::loadReferenceData(bool force)
{
    if (!m_session)
        return;
    ReferenceDataCache *cache = m_session->referenceData();
    if (!force) {
        if (std::optional<ReferenceDataSnapshot> cached = cache->cached()) {
            m_referenceData = std::move(cached);
            Q_EMIT referenceDataChanged();
        }
    }
    QPointer<ApiSession> session = m_session;
    onResult((force ? cache->refresh() : cache->get()), this, [this, session](const Result<ReferenceDataSnapshot> &result) {
        if (!session || session != m_session)
            return;
        if (!result.ok()) {
            Q_EMIT referenceDataFailed(result.error());
            return;
        }
        m_referenceData = result.value();
        Q_EMIT referenceDataChanged();
    });
}

} // namespace contactdesk::ui
