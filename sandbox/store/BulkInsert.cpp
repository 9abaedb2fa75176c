#include "store/BulkInsert.h"

#include "store/Sql.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace contactdesk::sandbox::store {

BulkStatement::BulkStatement(const QSqlDatabase &db, const char *statement)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw StoreError(QStringLiteral("not an SQLite connection"));
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_handle)
        throw StoreError(QStringLiteral("the SQLite connection is closed"));
    check(sqlite3_prepare_v2(m_handle, statement, -1, &m_statement, nullptr), statement);
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

void BulkStatement::check(int code, const char *what)
{
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW) {
        throw StoreError(QStringLiteral("bulk statement failed: %1 [%2]")
                             .arg(QString::fromUtf8(sqlite3_errmsg(m_handle)), QString::fromUtf8(what)));
    }
}

BulkStatement &BulkStatement::bind(qint64 value)
{
    check(sqlite3_bind_int64(m_statement, ++m_index, value), "bind");
    return *this;
}

BulkStatement &BulkStatement::bind(const QString &value)
{
    if (value.isNull())
        return bind(nullptr);
    check(sqlite3_bind_text16(m_statement, ++m_index, value.utf16(), int(value.size() * 2), SQLITE_TRANSIENT),
          "bind");
    return *this;
}

BulkStatement &BulkStatement::bind(const QByteArray &value)
{
    if (value.isNull())
        return bind(nullptr);
    check(sqlite3_bind_blob(m_statement, ++m_index, value.constData(), int(value.size()), SQLITE_TRANSIENT), "bind");
    return *this;
}

BulkStatement &BulkStatement::bind(std::nullptr_t)
{
    check(sqlite3_bind_null(m_statement, ++m_index), "bind");
    return *this;
}

void BulkStatement::exec()
{
    const int code = sqlite3_step(m_statement);
    m_index = 0;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (code != SQLITE_DONE)
        check(code, sqlite3_sql(m_statement));
}

} // namespace contactdesk::sandbox::store
