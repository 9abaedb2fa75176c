#include "ContactPager.h"

#include "api/S360Client.h"

namespace contactdesk::cli {

ContactPager::ContactPager(S360Client *client, dto::ContactSearchCriteria criteria, int pageSize, qint64 limit,
                           QObject *parent)
    : QObject(parent), m_client(client), m_criteria(std::move(criteria)), m_pageSize(pageSize), m_limit(limit)
{
}

void ContactPager::start(PageHandler onPage)
{
    m_onPage = std::move(onPage);
    fetch();
}

void ContactPager::fetch()
{
    dto::ContactSearchCriteria criteria = m_criteria;
    criteria.firstResult = m_nextFirst;
    int size = m_pageSize;
    if (m_limit > 0)
        size = int(std::min<qint64>(size, m_limit - m_delivered));
    criteria.maxResults = size;
    m_client->searchContactByCriteria(criteria).then(this, [this, size](const Result<dto::ContactSearchResult> &result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error());
            return;
        }
        QList<dto::ContactDataResult> page = result->contacts;
        if (result->totalNumber)
            m_total = result->totalNumber;
        m_nextFirst += int(page.size());
        m_delivered += page.size();
        const bool last = page.size() < size || (m_total && m_nextFirst >= *m_total) ||
                          (m_limit > 0 && m_delivered >= m_limit);
        if (page.isEmpty()) {
            Q_EMIT done();
            return;
        }
        m_onPage(page, [this, last] {
            if (last)
                Q_EMIT done();
            else
                fetch();
        });
    });
}

} // namespace contactdesk::cli
