#include "cache/ReferenceDataCache.h"

#include "cache/ReferenceDataFile.h"
#include "cache/ReferenceDataSource.h"
#include "contract/Services.h"

#include <QDir>
#include <QFutureWatcher>
#include <QPromise>
#include <QStandardPaths>
#include <QUrl>

namespace contactdesk {

namespace {

// Calls onDone(result) on context's thread once future has finished; a future that ends
// without a result counts as cancelled.
template <typename T, typename OnDone> void whenFinished(QObject *context, const QFuture<T> &future, OnDone onDone)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, onDone = std::move(onDone)]() mutable {
        const QFuture<T> f = watcher->future();
        watcher->deleteLater();
        if (f.resultCount() > 0)
            onDone(f.result());
        else
            onDone(T(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("the request was cancelled"))));
    });
    watcher->setFuture(future);
}

// A result that arrived with a statusCode other than success is a failure too.
template <typename R> std::optional<R> takeList(const Result<R> &result, ApiError &firstError)
{
    if (!result.ok()) {
        if (!firstError.isError())
            firstError = result.error();
        return std::nullopt;
    }
    const QString &status = result.value().statusCode;
    if (!status.isEmpty() && status != QLatin1StringView(contract::statusSuccess)) {
        if (!firstError.isError())
            firstError = ApiError::make(ApiError::Kind::Status, result.value().statusDetail, status);
        return std::nullopt;
    }
    return result.value();
}

bool servesStaleOn(ApiError::Kind kind)
{
    return kind == ApiError::Kind::Transport || kind == ApiError::Kind::Timeout || kind == ApiError::Kind::Tls
           || kind == ApiError::Kind::RateLimited;
}

QString fileNameFor(const QString &profileId)
{
    // Profile ids are UUIDs; anything else is percent-encoded (dots and slashes included).
    QString name = QString::fromLatin1(QUrl::toPercentEncoding(profileId, QByteArray(), "."));
    if (name.isEmpty())
        name = QStringLiteral("_");
    return name + QStringLiteral(".json");
}

template <typename T> QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

} // namespace

struct ReferenceDataCache::Fetch {
    std::shared_ptr<Promise> promise;
    int pending = 4;
    Result<dto::StructureTypeListResult> structureTypes;
    Result<dto::ContactCriterionListResult> contactCriteria;
    Result<dto::AuthorizationListResult> authorizations;
    Result<dto::AdministrativeNumberListResult> administrativeNumbers;
};

QString ReferenceDataCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/reference-data");
}

ReferenceDataCache::ReferenceDataCache(QString profileId, ReferenceDataSource *source, QString directory, Clock clock,
                                       QObject *parent)
    : QObject(parent), m_profileId(std::move(profileId)), m_source(source),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    if (directory.isEmpty())
        directory = defaultDirectory();
    m_filePath = QDir(directory).filePath(fileNameFor(m_profileId));
}

ReferenceDataCache::~ReferenceDataCache() = default;

void ReferenceDataCache::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    if (!m_data)
        m_data = cache::readReferenceDataFile(m_filePath, m_profileId);
}

bool ReferenceDataCache::isFresh(const ReferenceDataSnapshot &snapshot) const
{
    const qint64 age = snapshot.fetchedAt.secsTo(m_clock());
    return age >= 0 && age < maxAgeSeconds; // a clock set back makes the data suspect: fetch again
}

ReferenceDataSnapshot ReferenceDataCache::served(const ReferenceDataSnapshot &snapshot) const
{
    ReferenceDataSnapshot s = snapshot;
    s.ageSeconds = snapshot.fetchedAt.secsTo(m_clock());
    s.stale = !isFresh(snapshot);
    s.staleReason = {};
    return s;
}

std::optional<ReferenceDataSnapshot> ReferenceDataCache::cached()
{
    ensureLoaded();
    if (!m_data)
        return std::nullopt;
    return served(*m_data);
}

QFuture<Result<ReferenceDataSnapshot>> ReferenceDataCache::get()
{
    ensureLoaded();
    if (m_data && isFresh(*m_data))
        return readyFuture(Result<ReferenceDataSnapshot>(served(*m_data)));
    return startOrJoinFetch();
}

QFuture<Result<ReferenceDataSnapshot>> ReferenceDataCache::refresh()
{
    ensureLoaded();
    return startOrJoinFetch();
}

QFuture<Result<ReferenceDataSnapshot>> ReferenceDataCache::startOrJoinFetch()
{
    if (m_inFlight)
        return m_inFlight->future();
    if (!m_source) {
        return readyFuture(Result<ReferenceDataSnapshot>(
            ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("no reference data source is connected"))));
    }

    auto promise = std::make_shared<Promise>();
    promise->start();
    m_inFlight = promise;
    auto fetch = std::make_shared<Fetch>();
    fetch->promise = promise;

    auto arrived = [this, fetch](auto &slot) {
        return [this, fetch, &slot](auto result) {
            slot = std::move(result);
            if (--fetch->pending == 0)
                finishFetch(fetch);
        };
    };
    whenFinished(this, m_source->fetchStructureTypes(), arrived(fetch->structureTypes));
    whenFinished(this, m_source->fetchContactCriteria(), arrived(fetch->contactCriteria));
    whenFinished(this, m_source->fetchAuthorizations(), arrived(fetch->authorizations));
    whenFinished(this, m_source->fetchAdministrativeNumbers(), arrived(fetch->administrativeNumbers));
    return promise->future();
}

void ReferenceDataCache::finishFetch(const std::shared_ptr<Fetch> &fetch)
{
    if (m_inFlight == fetch->promise)
        m_inFlight.reset();

    ApiError error;
    auto structureTypes = takeList(fetch->structureTypes, error);
    auto contactCriteria = takeList(fetch->contactCriteria, error);
    auto authorizations = takeList(fetch->authorizations, error);
    auto administrativeNumbers = takeList(fetch->administrativeNumbers, error);

    Result<ReferenceDataSnapshot> outcome;
    if (!error.isError()) {
        ReferenceDataSnapshot s;
        s.structureTypes = std::move(*structureTypes);
        s.contactCriteria = std::move(*contactCriteria);
        s.authorizations = std::move(*authorizations);
        s.administrativeNumbers = std::move(*administrativeNumbers);
        s.fetchedAt = m_clock().toUTC();
        m_data = s;
        QString writeError;
        if (!cache::writeReferenceDataFile(m_filePath, s, m_profileId, &writeError))
            qWarning("reference data cache: %s", qPrintable(writeError));
        outcome = Result<ReferenceDataSnapshot>(std::move(s));
    } else if (servesStaleOn(error.kind) && m_data) {
        ReferenceDataSnapshot s = served(*m_data);
        s.stale = true;
        s.staleReason = error;
        outcome = Result<ReferenceDataSnapshot>(std::move(s));
    } else {
        outcome = Result<ReferenceDataSnapshot>(error);
    }

    const bool updatedNow = !error.isError();
    fetch->promise->addResult(std::move(outcome));
    fetch->promise->finish();
    if (updatedNow)
        Q_EMIT updated();
}

} // namespace contactdesk
