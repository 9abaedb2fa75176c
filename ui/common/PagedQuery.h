#pragma once

// The bookkeeping of a list read page by page (firstResult/maxResults) into a model: the
// generation of the query, the call under way, loading, the announced total, the last error.
//
// restart() begins a new generation: the call under way is cancelled and, should its answer
// still come, it is dropped, so a late answer to a superseded query never reaches the rows.
// restart() leaves the loading state alone: request() the first page next, or stopLoading().
// request() sends one page; when its answer belongs to the current generation, `append` adds the
// page's rows to the model (returning how many it added, or -1 when the page no longer fits the
// rows) and the hooks report loading, the total, a failure and the page.
// Page is a result DTO with an optional `totalNumber`.

#include "api/Result.h"
#include "common/FutureResult.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>

#include <functional>

namespace contactdesk::ui {

template <class Page> class PagedQuery {
public:
    struct Hooks {
        std::function<int()> rowCount;
        std::function<void(bool loading)> loadingChanged;
        std::function<void(int total)> totalChanged;
        std::function<void(const ApiError &error)> failed;
        std::function<void(int firstRow, int rows, qint64 elapsedMs)> pageLoaded;
    };

    // `owner` is the model that holds this query: an answer that comes after it is gone is dropped.
    PagedQuery(QObject *owner, Hooks hooks) : m_owner(owner), m_hooks(std::move(hooks)) {}

    void restart()
    {
        ++m_generation;
        if (m_pending.isRunning())
            m_pending.cancel();
        m_pending = {};
        m_error = {};
        setTotal(-1);
    }
    // Nothing is asked for after a restart() (a query that needs no call).
    void stopLoading() { setLoading(false); }

    template <class Append> void request(int firstResult, QFuture<Result<Page>> future, Append append)
    {
        const quint64 generation = m_generation;
        setLoading(true);
        m_timer.start();
        m_pending = future;
        onResult(m_pending, m_owner, [this, generation, firstResult, append](const Result<Page> &result) {
            if (generation != m_generation)
                return; // superseded: a newer query owns the model
            m_pending = {};
            setLoading(false);
            if (!result.ok()) {
                m_error = result.error();
                m_hooks.failed(m_error);
                return;
            }
            const int added = append(result.value());
            if (added < 0)
                return;
            const int rows = m_hooks.rowCount();
            // A server that returns fewer rows than announced: stop asking.
            setTotal(added == 0 ? rows : result->totalNumber.value_or(rows));
            m_hooks.pageLoaded(firstResult, added, m_timer.elapsed());
        });
    }

    bool canFetchMore() const { return !m_loading && !m_error.isError() && m_total > m_hooks.rowCount(); }
    bool isLoading() const { return m_loading; }
    int total() const { return m_total; } // -1 before the first answer
    quint64 generation() const { return m_generation; }
    const ApiError &lastError() const { return m_error; }

private:
    void setLoading(bool loading)
    {
        if (m_loading == loading)
            return;
        m_loading = loading;
        m_hooks.loadingChanged(loading);
    }
    void setTotal(int total)
    {
        if (m_total == total)
            return;
        m_total = total;
        m_hooks.totalChanged(total);
    }

    QObject *m_owner;
    Hooks m_hooks;
    QFuture<Result<Page>> m_pending;
    QElapsedTimer m_timer;
    ApiError m_error;
    quint64 m_generation = 0;
    int m_total = -1;
    bool m_loading = false;
};

} // namespace contactdesk::ui
