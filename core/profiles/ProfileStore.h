#pragma once

// Connection profiles kept in QSettings, and which one is current.
//
// Layout (one group per profile, named by its id):
//   currentProfileId=<id>
//   profiles/<id>/name, s360BaseUrl, institutionCode, operatorLogin, partnerName, binding,
//                 salesChannelCode, pointOfSalesId, symphonyBaseUrl, symphonyApiKey,
//                 symphonyBinding, extraCaFile, rateLimitPerMinute, isDemo
// No secret is ever written here: they live in the keychain (SecretStore) only.
//
// Not thread-safe: use it from one thread (the UI thread).

#include "api/Result.h"
#include "profiles/ConnectionProfile.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QSettings;

namespace contactdesk {

class SecretStore;

class ProfileStore : public QObject {
    Q_OBJECT
public:
    // Uses settings (not owned; it must outlive the store).
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    // Uses an INI file at iniFilePath (tests use a temporary file).
    explicit ProfileStore(const QString &iniFilePath, QObject *parent = nullptr);
    ~ProfileStore() override;

    // When set, remove() also deletes the profile's secrets from it.
    void setSecretStore(SecretStore *secrets);

    // Every profile, sorted by name. On the first load, when there is no profile at all, the
    // built-in "Demo sandbox" profile is created and made current; when the remembered current
    // profile no longer exists, the first profile becomes current.
    QList<ConnectionProfile> load();
    // Every profile, sorted by name, without creating anything.
    QList<ConnectionProfile> list() const;
    std::optional<ConnectionProfile> find(const QString &id) const;

    // Validates and stores the profile (a new one when its id is empty or unknown) and returns it
    // as stored (with its id, name trimmed). A Validation error names the first field at fault.
    Result<ConnectionProfile> save(ConnectionProfile profile);
    // Forgets the profile (and its secrets, when a SecretStore is set). False when unknown.
    bool remove(const QString &id);
    // A copy with a new id and the name "<name> (copy)", saved. Secrets are not copied.
    Result<ConnectionProfile> duplicate(const QString &id);

    QString currentProfileId() const;
    // False (and nothing changes) when no profile has that id.
    bool setCurrentProfileId(const QString &id);
    std::optional<ConnectionProfile> currentProfile() const;

    // The settings file (for messages and tests).
    QString fileName() const;

Q_SIGNALS:
    void profilesChanged();
    void currentProfileChanged(const QString &id);

private:
    ApiError syncError() const;
    void writeProfile(const ConnectionProfile &profile);
    ConnectionProfile readProfile(const QString &id) const;
    QStringList ids() const;
    QString uniqueCopyName(const QString &name) const;

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings = nullptr;
    QPointer<SecretStore> m_secrets;
};

} // namespace contactdesk
