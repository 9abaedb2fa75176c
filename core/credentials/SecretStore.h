#pragma once

// The one place that talks to the system keychain (QtKeychain, the Secret Service on Linux).
//
// Every secret of ContactDesk (operator password, JWT secret, Symphony secret) is read and
// written here, under the service name "ContactDesk" and a key from secretKey(). QtKeychain's
// insecure plain-text fallback is off. When the keychain cannot be reached (no Secret Service,
// no D-Bus session, access denied), a write fails with a Credentials error that says so, and the
// secret is kept in memory, in this object, for this session only: reads of that key answer from
// memory, and nothing is ever written in plain text anywhere.
//
// Errors are ApiError with kind Credentials and code:
//   "notfound"    no secret is stored under the key;
//   "unavailable" the keychain could not be used (the message says why, in words for the user).
// No error text ever contains a secret.
//
// The jobs run asynchronously on this object's thread, which needs a running event loop.

#include "api/Result.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>

namespace contactdesk {

class SecretStore : public QObject {
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    // The keychain service name every secret is stored under.
    static QString serviceName();
    static QString notFoundCode();
    static QString unavailableCode();
    static bool isNotFound(const ApiError &error);
    static bool isUnavailable(const ApiError &error);

    // The secret stored under key: from memory when this session holds it there (the keychain
    // was unavailable when it was written), from the keychain otherwise.
    QFuture<Result<QString>> read(const QString &key);
    // Stores the secret in the keychain (true). When the keychain is unavailable the result is
    // an "unavailable" error, and the secret is kept in memory for this session only.
    QFuture<Result<bool>> write(const QString &key, const QString &secret);
    // Forgets the secret, in memory and in the keychain; true once nothing is stored under key
    // (also when nothing was).
    QFuture<Result<bool>> remove(const QString &key);

    // Whether the last write that finished reached the keychain (true before any write).
    bool isPersistent() const { return m_persistent; }
    // Whether a secret is held in memory only, for this session, under key.
    bool isSessionOnly(const QString &key) const { return m_sessionSecrets.contains(key); }

private:
    QHash<QString, QString> m_sessionSecrets; // secrets the keychain could not take
    bool m_persistent = true;
};

} // namespace contactdesk
