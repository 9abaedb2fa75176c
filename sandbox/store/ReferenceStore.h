#pragma once

// Institutions, operators, Symphony API keys and the static reference data of an
// institution (structure types, criteria and their elements, authorizations,
// administrative number types, sales channels and points of sales).

#include "dto/ContactAuthenticationTypes.h"
#include "dto/ContactInformationTypes.h"
#include "store/Crypto.h"

#include <QSqlDatabase>

#include <optional>

namespace contactdesk::sandbox::store {

struct InstitutionRow {
    qint64 institutionId = 0;
    QString code;
    QString name;
};

struct SalesChannelRow {
    QString code;
    QString name;
};

struct PointOfSalesRow {
    dto::PointOfSales pointOfSales;
    bool b2b = false;
};

struct ReferenceData {
    QList<dto::CodeName> structureTypes;
    QList<dto::ContactCriterion> criteria;
    QList<dto::AvailableAuthorization> authorizations;
    QList<dto::AvailableAdministrativeNumber> administrativeNumbers;
    QList<SalesChannelRow> salesChannels;
    QList<PointOfSalesRow> pointsOfSales;
};

struct OperatorRow {
    qint64 operatorId = 0;
    qint64 institutionId = 0;
    QString login;
    QString partnerName;
    PasswordHash password;
    QByteArray apiSecret;
};

struct SymphonyKeyRow {
    QString apiKey;
    qint64 institutionId = 0;
    QString partnerName;
    QByteArray secret;
};

// Empty code: the first institution (the sandbox's default).
std::optional<InstitutionRow> findInstitution(const QSqlDatabase &db, const QString &code);
std::optional<InstitutionRow> findInstitutionById(const QSqlDatabase &db, qint64 institutionId);
qint64 insertInstitution(const QSqlDatabase &db, const QString &code, const QString &name);

ReferenceData loadReferenceData(const QSqlDatabase &db, qint64 institutionId);
void insertReferenceData(const QSqlDatabase &db, qint64 institutionId, const ReferenceData &data);

std::optional<OperatorRow> findOperator(const QSqlDatabase &db, qint64 institutionId, const QString &login);
void insertOperator(const QSqlDatabase &db, const OperatorRow &row);
void updateOperatorPassword(const QSqlDatabase &db, qint64 operatorId, const PasswordHash &password);

std::optional<SymphonyKeyRow> findSymphonyKey(const QSqlDatabase &db, const QString &apiKey);
std::optional<SymphonyKeyRow> firstSymphonyKey(const QSqlDatabase &db, qint64 institutionId);
void insertSymphonyKey(const QSqlDatabase &db, const SymphonyKeyRow &row);

// sandbox_meta key/value pairs (seed facts, never secrets).
std::optional<QString> metaValue(const QSqlDatabase &db, const QString &key);
void setMetaValue(const QSqlDatabase &db, const QString &key, const QString &value);

} // namespace contactdesk::sandbox::store
