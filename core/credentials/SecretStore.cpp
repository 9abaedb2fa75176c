#include "credentials/SecretStore.h"

#include "credentials/KeychainError.h"

#include <QPromise>

#include <memory>

namespace contactdesk {

namespace {

template <typename T> QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

template <typename T> std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

template <typename T> void settle(QPromise<T> &promise, T value)
{
    promise.addResult(std::move(value));
    promise.finish();
}

// A job set up the same way everywhere: our service, the key, no plain-text fallback.
template <typename Job> Job *newJob(const QString &key, QObject *parent)
{
    auto *job = new Job(SecretStore::serviceName(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

SecretStore::~SecretStore() = default;

QString SecretStore::serviceName() { return QStringLiteral("ContactDesk"); }
QString SecretStore::notFoundCode() { return QStringLiteral("notfound"); }
QString SecretStore::unavailableCode() { return QStringLiteral("unavailable"); }

bool SecretStore::isNotFound(const ApiError &error)
{
    return error.kind == ApiError::Kind::Credentials && error.code == notFoundCode();
}

bool SecretStore::isUnavailable(const ApiError &error)
{
    return error.kind == ApiError::Kind::Credentials && error.code == unavailableCode();
}

QFuture<Result<QString>> SecretStore::read(const QString &key)
{
    if (const auto it = m_sessionSecrets.constFind(key); it != m_sessionSecrets.cend())
        return readyFuture(Result<QString>(*it));

    auto promise = startedPromise<Result<QString>>();
    auto *job = newJob<QKeychain::ReadPasswordJob>(key, this);
    connect(job, &QKeychain::Job::finished, this, [this, promise, key](QKeychain::Job *finished) {
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (readJob->error() == QKeychain::NoError) {
            settle(*promise, Result<QString>(readJob->textData()));
        } else if (const auto it = m_sessionSecrets.constFind(key); it != m_sessionSecrets.cend()) {
            // Written to memory while this read was under way.
            settle(*promise, Result<QString>(*it));
        } else {
            settle(*promise, Result<QString>(credentials::keychainError(
                                 readJob->error(), readJob->errorString(), credentials::KeychainAction::Read, key)));
        }
    });
    job->start();
    return promise->future();
}

QFuture<Result<bool>> SecretStore::write(const QString &key, const QString &secret)
{
    auto promise = startedPromise<Result<bool>>();
    auto *job = newJob<QKeychain::WritePasswordJob>(key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, promise, key, secret](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            m_sessionSecrets.remove(key);
            m_persistent = true;
            settle(*promise, Result<bool>(true));
            return;
        }
        m_sessionSecrets.insert(key, secret);
        m_persistent = false;
        settle(*promise, Result<bool>(credentials::keychainError(
                             finished->error(), finished->errorString(), credentials::KeychainAction::Write, key)));
    });
    job->start();
    return promise->future();
}

QFuture<Result<bool>> SecretStore::remove(const QString &key)
{
    m_sessionSecrets.remove(key);
    auto promise = startedPromise<Result<bool>>();
    auto *job = newJob<QKeychain::DeletePasswordJob>(key, this);
    connect(job, &QKeychain::Job::finished, this, [promise, key](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound) {
            settle(*promise, Result<bool>(true));
            return;
        }
        settle(*promise, Result<bool>(credentials::keychainError(
                             finished->error(), finished->errorString(), credentials::KeychainAction::Remove, key)));
    });
    job->start();
    return promise->future();
}

} // namespace contactdesk
