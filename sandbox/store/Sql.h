#pragma once

// A thin layer over QSqlQuery: prepare, bind positionally, execute, and throw StoreError on
// any SQL failure so that the caller's transaction rolls back. Error texts carry the
// driver's message and the statement, never a bound value.

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <stdexcept>

namespace contactdesk::sandbox::store {

class StoreError : public std::runtime_error {
public:
    explicit StoreError(const QString &message);
};

// NULL for a null QString / invalid date-time / empty optional; the value otherwise.
QVariant textOrNull(const QString &value);
QVariant millisOrNull(const QDateTime &value);
QVariant dateOrNull(const QDate &value);
template <typename T>
QVariant optionalOrNull(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

class Sql {
public:
    Sql(const QSqlDatabase &db, const QString &statement);
    Sql(const Sql &) = delete;
    Sql &operator=(const Sql &) = delete;

    Sql &bind(const QVariant &value);
    template <typename... A>
    Sql &bindAll(const A &...values)
    {
        (bind(QVariant::fromValue(values)), ...);
        return *this;
    }
    // Executes with the values bound since the last exec, then forgets them (a prepared
    // statement can be executed many times).
    Sql &exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    bool isNull(int column) const { return m_query.isNull(column); }
    QString text(int column) const;
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    QDateTime dateTime(int column) const; // from UTC milliseconds; invalid when NULL
    QDate date(int column) const;         // from ISO text; invalid when NULL
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    // Runs a statement that returns one integer (count, max...), 0 when no row.
    qint64 scalar();

private:
    QSqlQuery m_query;
    QString m_statement;
};

// Executes one statement with no parameters.
void execute(const QSqlDatabase &db, const QString &statement);

} // namespace contactdesk::sandbox::store
