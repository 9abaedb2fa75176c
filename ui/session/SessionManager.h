#pragma once

// Which connection profile the app talks to, and the ApiSession for it.
//
// open(id) gathers the profile's secrets (typed this run and held in memory, or read from the
// keychain; for the demo profile, handed over in memory by the embedded sandbox, whose live URL
// replaces the profile's placeholders), builds a new ApiSession and emits sessionChanged(). The
// previous session is deleted once the new one is announced. When a secret the binding needs
// is missing, secretsNeeded() asks the owner to prompt for it (provideSecrets() then retries).
// After each open the reference data is loaded (from the two-hour cache when fresh).
//
// Lives on the UI thread.

#include "api/ApiSession.h"
#include "cache/ReferenceDataSnapshot.h"
#include "profiles/ConnectionProfile.h"
#include "session/DemoBackend.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace contactdesk {
class ProfileStore;
class SecretStore;
} // namespace contactdesk

namespace contactdesk::ui {


class SessionManager : public QObject {
    Q_OBJECT
public:
    // None is owned; demo may be null (then the demo profile cannot be opened).
    SessionManager(ProfileStore *profiles, SecretStore *secrets, DemoBackend *demo, QObject *parent = nullptr);
    ~SessionManager() override;

    ProfileStore *profiles() const { return m_profiles; }
    SecretStore *secretStore() const { return m_secrets; }
    DemoBackend *demo() const { return m_demo; }

    ApiSession *session() const { return m_session; }
    // The profile of the open session (for the demo: with the sandbox's live URLs).
    std::optional<ConnectionProfile> profile() const;
    const std::optional<ReferenceDataSnapshot> &referenceData() const { return m_referenceData; }
    bool isOpening() const { return m_opening; }

    // Opens the profile with this id (and makes it the current one of the ProfileStore).
    void open(const QString &profileId);
    // Opens the ProfileStore's current profile (the demo on a first start).
    void openCurrent();
    // Secrets typed by the user for this run; open() uses them before the keychain.
    void provideSecrets(const QString &profileId, const SessionSecrets &secrets);
    void forgetSecrets(const QString &profileId);
    bool hasTypedSecrets(const QString &profileId) const { return m_typedSecrets.contains(profileId); }

    // The secrets a profile would be opened with, and the profile as it would be used (the demo
    // one with its live URLs). Used by open() and by "Test connection".
    struct Prepared {
        ConnectionProfile profile;
        SessionSecrets secrets;
    };
    QFuture<Result<Prepared>> prepare(const ConnectionProfile &profile);
    // Which secret the profile's binding cannot do without, if it is missing; empty otherwise.
    static QString missingSecret(const ConnectionProfile &profile, const SessionSecrets &secrets);

    // Asks the server again for the reference data, whatever its age.
    void refreshReferenceData();

Q_SIGNALS:
    void opening(const contactdesk::ConnectionProfile &profile);
    void sessionChanged(contactdesk::ApiSession *session);
    void openFailed(const contactdesk::ConnectionProfile &profile, const contactdesk::ApiError &error);
    void secretsNeeded(const contactdesk::ConnectionProfile &profile, const QString &missing);
    void referenceDataChanged();
    void referenceDataFailed(const contactdesk::ApiError &error);

private:
    void loadReferenceData(bool force);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QPointer<DemoBackend> m_demo;
    QPointer<ApiSession> m_session;
    std::optional<ConnectionProfile> m_profile;
    std::optional<ReferenceDataSnapshot> m_referenceData;
    QHash<QString, SessionSecrets> m_typedSecrets;
    quint64 m_generation = 0;
    bool m_opening = false;
};

} // namespace contactdesk::ui
