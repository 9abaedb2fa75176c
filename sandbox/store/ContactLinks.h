#pragma once

// What ties a contact to the outside: social-login identities (addLink, createUser) and
// the B2B points of sales a contact is authorized on (authenticate, listAuthorizedPOS).

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace contactdesk::sandbox::store {

std::optional<qint64> findSocialLink(const QSqlDatabase &db, qint64 institutionId, const QString &provider,
                                     const QString &providerUserReference);
void insertSocialLink(const QSqlDatabase &db, qint64 institutionId, const QString &provider,
                      const QString &providerUserReference, qint64 contactId);

bool isAuthorizedOnPointOfSales(const QSqlDatabase &db, qint64 pointOfSalesId, qint64 contactId);
void authorizeOnPointOfSales(const QSqlDatabase &db, qint64 pointOfSalesId, qint64 contactId);

} // namespace contactdesk::sandbox::store
