#include "store/Sql.h"

#include <QSqlError>

namespace contactdesk::sandbox::store {

StoreError::StoreError(const QString &message) : std::runtime_error(message.toStdString()) {}

QVariant textOrNull(const QString &value)
{
    return value.isNull() ? QVariant() : QVariant(value);
}

QVariant millisOrNull(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toMSecsSinceEpoch()) : QVariant();
}

QVariant dateOrNull(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

Sql::Sql(const QSqlDatabase &db, const QString &statement) : m_query(db), m_statement(statement)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(statement))
        throw StoreError(QStringLiteral("prepare failed: %1 [%2]").arg(m_query.lastError().text(), statement));
}

Sql &Sql::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

Sql &Sql::exec()
{
    if (!m_query.exec())
        throw StoreError(QStringLiteral("statement failed: %1 [%2]").arg(m_query.lastError().text(), m_statement));
    return *this;
}

QString Sql::text(int column) const
{
    return m_query.isNull(column) ? QString() : m_query.value(column).toString();
}

QDateTime Sql::dateTime(int column) const
{
    if (m_query.isNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_query.value(column).toLongLong(), Qt::UTC);
}

QDate Sql::date(int column) const
{
    if (m_query.isNull(column))
        return {};
    return QDate::fromString(m_query.value(column).toString(), Qt::ISODate);
}

qint64 Sql::scalar()
{
    exec();
    const qint64 result = next() ? integer(0) : 0;
    m_query.finish();
    return result;
}

void execute(const QSqlDatabase &db, const QString &statement)
{
    Sql(db, statement).exec();
}

} // namespace contactdesk::sandbox::store
