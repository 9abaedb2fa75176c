#pragma once

// Walks every page of a contact search (firstResult / maxResults), one call after the other,
// handing each page on as it arrives: the caller writes it out before the next one is asked.
// Stops at totalNumber, at a short or empty page, or at the limit.

#include "api/ApiError.h"
#include "dto/ContactInformationTypes.h"

#include <QObject>

#include <functional>

namespace contactdesk {
class S360Client;
}

namespace contactdesk::cli {

class ContactPager : public QObject {
    Q_OBJECT
public:
    // Called for each page; it calls `next` once it has dealt with the page (it may call a
    // server in between), or never to stop.
    using PageHandler = std::function<void(const QList<dto::ContactDataResult> &page, std::function<void()> next)>;

    // limit 0: no limit.
    ContactPager(S360Client *client, dto::ContactSearchCriteria criteria, int pageSize, qint64 limit,
                 QObject *parent = nullptr);

    void start(PageHandler onPage);
    qint64 delivered() const { return m_delivered; }
    std::optional<int> totalNumber() const { return m_total; }

Q_SIGNALS:
    void done();
    void failed(const contactdesk::ApiError &error);

private:
    void fetch();

    S360Client *m_client;
    dto::ContactSearchCriteria m_criteria;
    int m_pageSize;
    qint64 m_limit;
    qint64 m_delivered = 0;
    int m_nextFirst = 0;
    std::optional<int> m_total;
    PageHandler m_onPage;
};

} // namespace contactdesk::cli
