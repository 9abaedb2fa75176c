#pragma once

// Remembers, for a few minutes and in memory only, which operator credentials passed the
// PBKDF2 check, so that a SOAP client sending the same UsernameToken on every call does
// not pay 120,000 PBKDF2 rounds per request. An entry is an HMAC-SHA256 of
// institution, login and password under a random key made at start-up: it cannot be
// turned back into the password and means nothing outside this process. Failed checks
// are never cached.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

namespace contactdesk::sandbox::domain {

class OperatorCheckCache {
public:
    OperatorCheckCache();
    bool contains(const QString &institution, const QString &login, const QString &password, const QDateTime &now);
    void insert(const QString &institution, const QString &login, const QString &password, const QDateTime &now);
    void clear();

    static constexpr int lifeSeconds = 600;
    static constexpr int maxEntries = 1024;

private:
    QByteArray keyFor(const QString &institution, const QString &login, const QString &password) const;

    QByteArray m_secret;
    QMutex m_mutex;
    QHash<QByteArray, QDateTime> m_passed;
};

} // namespace contactdesk::sandbox::domain
