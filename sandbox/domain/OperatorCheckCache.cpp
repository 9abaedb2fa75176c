#include "domain/OperatorCheckCache.h"

#include "store/Crypto.h"

#include <QMessageAuthenticationCode>

namespace contactdesk::sandbox::domain {

OperatorCheckCache::OperatorCheckCache() : m_secret(store::randomBytes(32)) {}

QByteArray OperatorCheckCache::keyFor(const QString &institution, const QString &login, const QString &password) const
{
    QByteArray message = institution.toUpper().toUtf8();
    message += '\0';
    message += login.toUtf8();
    message += '\0';
    message += password.toUtf8();
    return QMessageAuthenticationCode::hash(message, m_secret, QCryptographicHash::Sha256);
}

bool OperatorCheckCache::contains(const QString &institution, const QString &login, const QString &password,
                                  const QDateTime &now)
{
    const QByteArray key = keyFor(institution, login, password);
    QMutexLocker locker(&m_mutex);
    const auto it = m_passed.constFind(key);
    return it != m_passed.cend() && *it > now;
}

void OperatorCheckCache::insert(const QString &institution, const QString &login, const QString &password,
                                const QDateTime &now)
{
    const QByteArray key = keyFor(institution, login, password);
    QMutexLocker locker(&m_mutex);
    if (m_passed.size() >= maxEntries)
        m_passed.clear();
    m_passed.insert(key, now.addSecs(lifeSeconds));
}

void OperatorCheckCache::clear()
{
    QMutexLocker locker(&m_mutex);
    m_passed.clear();
}

} // namespace contactdesk::sandbox::domain
