#include "store/ReferenceStore.h"

#include "store/Sql.h"

#include <QHash>

namespace contactdesk::sandbox::store {

namespace {
InstitutionRow readInstitution(const Sql &q)
{
    return {q.integer(0), q.text(1), q.text(2)};
}
} // namespace

std::optional<InstitutionRow> findInstitution(const QSqlDatabase &db, const QString &code)
{
    if (code.isEmpty()) {
        Sql q(db, QStringLiteral("SELECT institution_id, code, name FROM institutions ORDER BY institution_id LIMIT 1"));
        q.exec();
        if (!q.next())
            return std::nullopt;
        return readInstitution(q);
    }
    Sql q(db, QStringLiteral("SELECT institution_id, code, name FROM institutions WHERE code = ?"));
    q.bind(code.toUpper()).exec();
    if (!q.next())
        return std::nullopt;
    return readInstitution(q);
}

std::optional<InstitutionRow> findInstitutionById(const QSqlDatabase &db, qint64 institutionId)
{
    Sql q(db, QStringLiteral("SELECT institution_id, code, name FROM institutions WHERE institution_id = ?"));
    q.bind(institutionId).exec();
    if (!q.next())
        return std::nullopt;
    return readInstitution(q);
}

qint64 insertInstitution(const QSqlDatabase &db, const QString &code, const QString &name)
{
    Sql q(db, QStringLiteral("INSERT INTO institutions (code, name) VALUES (?, ?)"));
    q.bind(code).bind(name).exec();
    return q.lastInsertId();
}

ReferenceData loadReferenceData(const QSqlDatabase &db, qint64 institutionId)
{
    ReferenceData data;
    {
        Sql q(db, QStringLiteral("SELECT code, name FROM structure_types WHERE institution_id = ? ORDER BY position"));
        q.bind(institutionId).exec();
        while (q.next())
            data.structureTypes.append({q.text(0), q.text(1)});
    }
    {
        Sql q(db, QStringLiteral("SELECT code, name, type, multiple FROM criteria WHERE institution_id = ? "
                                 "ORDER BY position"));
        q.bind(institutionId).exec();
        while (q.next()) {
            dto::ContactCriterion c;
            c.code = q.text(0);
            c.name = q.text(1);
            c.type = q.text(2);
            c.multiple = q.integer(3) != 0;
            data.criteria.append(c);
        }
        Sql e(db, QStringLiteral("SELECT criterion_code, code, name FROM criterion_elements WHERE institution_id = ? "
                                 "ORDER BY criterion_code, position"));
        e.bind(institutionId).exec();
        while (e.next()) {
            for (dto::ContactCriterion &c : data.criteria) {
                if (c.code == e.text(0))
                    c.elements.append({e.text(1), e.text(2)});
            }
        }
    }
    {
        Sql q(db, QStringLiteral("SELECT code, name, channel, third_party FROM authorization_types "
                                 "WHERE institution_id = ? ORDER BY position"));
        q.bind(institutionId).exec();
        while (q.next())
            data.authorizations.append({q.text(0), q.text(1), q.text(2), q.integer(3) != 0});
    }
    {
        Sql q(db, QStringLiteral("SELECT code, name, pattern FROM administrative_number_types WHERE institution_id = ? "
                                 "ORDER BY position"));
        q.bind(institutionId).exec();
        while (q.next())
            data.administrativeNumbers.append({q.text(0), q.text(1), q.text(2)});
    }
    {
        Sql q(db, QStringLiteral("SELECT code, name FROM sales_channels WHERE institution_id = ? ORDER BY code"));
        q.bind(institutionId).exec();
        while (q.next())
            data.salesChannels.append({q.text(0), q.text(1)});
    }
    {
        Sql q(db, QStringLiteral("SELECT point_of_sales_id, code, name, sales_channel_code, b2b FROM points_of_sales "
                                 "WHERE institution_id = ? ORDER BY point_of_sales_id"));
        q.bind(institutionId).exec();
        while (q.next()) {
            PointOfSalesRow row;
            row.pointOfSales.pointOfSalesId = q.integer(0);
            row.pointOfSales.code = q.text(1);
            row.pointOfSales.name = q.text(2);
            row.pointOfSales.salesChannelCode = q.text(3);
            row.b2b = q.integer(4) != 0;
            data.pointsOfSales.append(row);
        }
    }
    return data;
}

void insertReferenceData(const QSqlDatabase &db, qint64 institutionId, const ReferenceData &data)
{
    Sql types(db, QStringLiteral("INSERT INTO structure_types (institution_id, code, name, position) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < data.structureTypes.size(); ++i)
        types.bind(institutionId).bind(data.structureTypes[i].code).bind(data.structureTypes[i].name).bind(qint64(i)).exec();

    Sql criteria(db, QStringLiteral("INSERT INTO criteria (institution_id, code, name, type, multiple, position) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"));
    Sql elements(db, QStringLiteral("INSERT INTO criterion_elements (institution_id, criterion_code, code, name, "
                                    "position) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < data.criteria.size(); ++i) {
        const dto::ContactCriterion &c = data.criteria[i];
        criteria.bind(institutionId).bind(c.code).bind(c.name).bind(c.type).bind(c.multiple.value_or(false) ? 1 : 0)
            .bind(qint64(i)).exec();
        for (qsizetype j = 0; j < c.elements.size(); ++j)
            elements.bind(institutionId).bind(c.code).bind(c.elements[j].code).bind(c.elements[j].name).bind(qint64(j)).exec();
    }

    Sql authorizations(db, QStringLiteral("INSERT INTO authorization_types (institution_id, code, name, channel, "
                                          "third_party, position) VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < data.authorizations.size(); ++i) {
        const dto::AvailableAuthorization &a = data.authorizations[i];
        authorizations.bind(institutionId).bind(a.code).bind(a.name).bind(a.channel)
            .bind(a.thirdParty.value_or(false) ? 1 : 0).bind(qint64(i)).exec();
    }

    Sql numbers(db, QStringLiteral("INSERT INTO administrative_number_types (institution_id, code, name, pattern, "
                                   "position) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < data.administrativeNumbers.size(); ++i) {
        const dto::AvailableAdministrativeNumber &n = data.administrativeNumbers[i];
        numbers.bind(institutionId).bind(n.code).bind(n.name).bind(textOrNull(n.pattern)).bind(qint64(i)).exec();
    }

    Sql channels(db, QStringLiteral("INSERT INTO sales_channels (institution_id, code, name) VALUES (?, ?, ?)"));
    for (const SalesChannelRow &c : data.salesChannels)
        channels.bind(institutionId).bind(c.code).bind(c.name).exec();

    Sql pos(db, QStringLiteral("INSERT INTO points_of_sales (point_of_sales_id, institution_id, code, name, "
                               "sales_channel_code, b2b) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const PointOfSalesRow &p : data.pointsOfSales) {
        pos.bind(optionalOrNull(p.pointOfSales.pointOfSalesId)).bind(institutionId).bind(p.pointOfSales.code)
            .bind(p.pointOfSales.name).bind(p.pointOfSales.salesChannelCode).bind(p.b2b ? 1 : 0).exec();
    }
}

std::optional<OperatorRow> findOperator(const QSqlDatabase &db, qint64 institutionId, const QString &login)
{
    Sql q(db, QStringLiteral("SELECT operator_id, institution_id, login, partner_name, password_hash, password_salt, "
                             "password_iterations, api_secret FROM operators WHERE institution_id = ? AND login = ?"));
    q.bind(institutionId).bind(login).exec();
    if (!q.next())
        return std::nullopt;
    OperatorRow row;
    row.operatorId = q.integer(0);
    row.institutionId = q.integer(1);
    row.login = q.text(2);
    row.partnerName = q.text(3);
    row.password.hash = q.value(4).toByteArray();
    row.password.salt = q.value(5).toByteArray();
    row.password.iterations = int(q.integer(6));
    row.apiSecret = q.value(7).toByteArray();
    return row;
}

void insertOperator(const QSqlDatabase &db, const OperatorRow &row)
{
    Sql q(db, QStringLiteral("INSERT INTO operators (institution_id, login, partner_name, password_hash, password_salt, "
                             "password_iterations, api_secret) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(row.institutionId).bind(row.login).bind(row.partnerName).bind(row.password.hash).bind(row.password.salt)
        .bind(row.password.iterations).bind(row.apiSecret).exec();
}

void updateOperatorPassword(const QSqlDatabase &db, qint64 operatorId, const PasswordHash &password)
{
    Sql q(db, QStringLiteral("UPDATE operators SET password_hash = ?, password_salt = ?, password_iterations = ? "
                             "WHERE operator_id = ?"));
    q.bind(password.hash).bind(password.salt).bind(password.iterations).bind(operatorId).exec();
}

namespace {
SymphonyKeyRow readKey(const Sql &q)
{
    return {q.text(0), q.integer(1), q.text(2), q.value(3).toByteArray()};
}
} // namespace

std::optional<SymphonyKeyRow> findSymphonyKey(const QSqlDatabase &db, const QString &apiKey)
{
    Sql q(db, QStringLiteral("SELECT api_key, institution_id, partner_name, secret FROM symphony_api_keys "
                             "WHERE api_key = ?"));
    q.bind(apiKey).exec();
    if (!q.next())
        return std::nullopt;
    return readKey(q);
}

std::optional<SymphonyKeyRow> firstSymphonyKey(const QSqlDatabase &db, qint64 institutionId)
{
    Sql q(db, QStringLiteral("SELECT api_key, institution_id, partner_name, secret FROM symphony_api_keys "
                             "WHERE institution_id = ? ORDER BY rowid LIMIT 1"));
    q.bind(institutionId).exec();
    if (!q.next())
        return std::nullopt;
    return readKey(q);
}

void insertSymphonyKey(const QSqlDatabase &db, const SymphonyKeyRow &row)
{
    Sql q(db, QStringLiteral("INSERT INTO symphony_api_keys (api_key, institution_id, partner_name, secret) "
                             "VALUES (?, ?, ?, ?)"));
    q.bind(row.apiKey).bind(row.institutionId).bind(row.partnerName).bind(row.secret).exec();
}

std::optional<QString> metaValue(const QSqlDatabase &db, const QString &key)
{
    Sql q(db, QStringLiteral("SELECT value FROM sandbox_meta WHERE key = ?"));
    q.bind(key).exec();
    if (!q.next())
        return std::nullopt;
    return q.text(0);
}

void setMetaValue(const QSqlDatabase &db, const QString &key, const QString &value)
{
    Sql q(db, QStringLiteral("INSERT INTO sandbox_meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bind(key).bind(value).exec();
}

} // namespace contactdesk::sandbox::store
