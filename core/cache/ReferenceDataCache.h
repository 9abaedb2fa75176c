#pragma once

// The static data of one profile's institution (structure types, contact criteria,
// authorizations, administrative numbers), cached in memory and on disk for two hours, as
// the vendor recommends (CONTRACT.md 1.5).
//
// get():     data younger than two hours, from memory or from the file a previous run left,
//            without a single call; otherwise the four lists are fetched again.
// refresh(): fetches again whatever the age.
// A fetch asks the source for the four lists at once and succeeds only when all four do. When it
// fails with a Transport, Timeout, TLS or rate-limit error and older data exists, that data is
// returned with stale = true, its fetchedAt and age, and the error in staleReason; any other
// failure, or no older data, returns the error. Calls made while a fetch is under way share it.
//
// The file is <directory>/<profileId>.json, written atomically; a file that cannot be read as a
// snapshot of this profile is ignored. Lives on one thread, which needs a running event loop.

#include "api/Result.h"
#include "cache/ReferenceDataSnapshot.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

template <typename T> class QPromise;

namespace contactdesk {

class ReferenceDataSource;

class ReferenceDataCache : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    // Data younger than this is served without a call.
    static constexpr qint64 maxAgeSeconds = 2 * 60 * 60;

    // QStandardPaths::CacheLocation + "/reference-data".
    static QString defaultDirectory();

    // source is not owned and must outlive the cache. An empty directory means
    // defaultDirectory(); an empty clock means the system clock (UTC).
    ReferenceDataCache(QString profileId, ReferenceDataSource *source, QString directory = {}, Clock clock = {},
                       QObject *parent = nullptr);
    ~ReferenceDataCache() override;

    QFuture<Result<ReferenceDataSnapshot>> get();
    QFuture<Result<ReferenceDataSnapshot>> refresh();

    // What is held now (memory, else the file), whatever its age, without any call; stale is
    // set when it is older than maxAgeSeconds.
    std::optional<ReferenceDataSnapshot> cached();
    bool isFetching() const { return m_inFlight != nullptr; }

    QString profileId() const { return m_profileId; }
    QString filePath() const { return m_filePath; }

Q_SIGNALS:
    // New data arrived from the source (and was stored).
    void updated();

private:
    using Promise = QPromise<Result<ReferenceDataSnapshot>>;
    struct Fetch;

    void ensureLoaded();
    bool isFresh(const ReferenceDataSnapshot &snapshot) const;
    ReferenceDataSnapshot served(const ReferenceDataSnapshot &snapshot) const;
    QFuture<Result<ReferenceDataSnapshot>> startOrJoinFetch();
    void finishFetch(const std::shared_ptr<Fetch> &fetch);

    QString m_profileId;
    ReferenceDataSource *m_source;
    QString m_filePath;
    Clock m_clock;
    bool m_loaded = false;
    std::optional<ReferenceDataSnapshot> m_data;
    std::shared_ptr<Promise> m_inFlight;
};

} // namespace contactdesk
