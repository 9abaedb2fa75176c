#include "store/ContactLinks.h"

#include "store/Sql.h"

namespace contactdesk::sandbox::store {

std::optional<qint64> findSocialLink(const QSqlDatabase &db, qint64 institutionId, const QString &provider,
                                     const QString &providerUserReference)
{
    Sql q(db, QStringLiteral("SELECT contact_id FROM social_links WHERE institution_id = ? AND provider = ? "
                             "AND provider_user_reference = ?"));
    q.bind(institutionId).bind(provider).bind(providerUserReference).exec();
    if (!q.next())
        return std::nullopt;
    return q.integer(0);
}

void insertSocialLink(const QSqlDatabase &db, qint64 institutionId, const QString &provider,
                      const QString &providerUserReference, qint64 contactId)
{
    Sql q(db, QStringLiteral("INSERT INTO social_links (institution_id, provider, provider_user_reference, contact_id) "
                             "VALUES (?, ?, ?, ?)"));
    q.bind(institutionId).bind(provider).bind(providerUserReference).bind(contactId).exec();
}

bool isAuthorizedOnPointOfSales(const QSqlDatabase &db, qint64 pointOfSalesId, qint64 contactId)
{
    Sql q(db, QStringLiteral("SELECT count(*) FROM pos_authorized_contacts WHERE point_of_sales_id = ? "
                             "AND contact_id = ?"));
    q.bind(pointOfSalesId).bind(contactId);
    return q.scalar() > 0;
}

void authorizeOnPointOfSales(const QSqlDatabase &db, qint64 pointOfSalesId, qint64 contactId)
{
    Sql q(db, QStringLiteral("INSERT OR IGNORE INTO pos_authorized_contacts (point_of_sales_id, contact_id) "
                             "VALUES (?, ?)"));
    q.bind(pointOfSalesId).bind(contactId).exec();
}

} // namespace contactdesk::sandbox::store
