#include "store/TokenStore.h"

#include "store/Sql.h"

namespace contactdesk::sandbox::store {

std::optional<RememberMeRow> findRememberMe(const QSqlDatabase &db, const QString &identification)
{
    Sql q(db, QStringLiteral("SELECT identification, contact_id, token_hash, created_at, expires_at "
                             "FROM remember_me_tokens WHERE identification = ?"));
    q.bind(identification).exec();
    if (!q.next())
        return std::nullopt;
    return RememberMeRow{q.text(0), q.integer(1), q.value(2).toByteArray(), q.dateTime(3), q.dateTime(4)};
}

void insertRememberMe(const QSqlDatabase &db, const RememberMeRow &row)
{
    Sql q(db, QStringLiteral("INSERT INTO remember_me_tokens (identification, contact_id, token_hash, created_at, "
                             "expires_at) VALUES (?, ?, ?, ?, ?)"));
    q.bind(row.identification).bind(row.contactId).bind(row.tokenHash).bind(millisOrNull(row.createdAt))
        .bind(millisOrNull(row.expiresAt)).exec();
}

void deleteRememberMe(const QSqlDatabase &db, const QString &identification)
{
    Sql(db, QStringLiteral("DELETE FROM remember_me_tokens WHERE identification = ?")).bind(identification).exec();
}

void deleteRememberMeOfContact(const QSqlDatabase &db, qint64 contactId)
{
    Sql(db, QStringLiteral("DELETE FROM remember_me_tokens WHERE contact_id = ?")).bind(contactId).exec();
}

void deleteExpiredRememberMe(const QSqlDatabase &db, const QDateTime &now)
{
    Sql(db, QStringLiteral("DELETE FROM remember_me_tokens WHERE expires_at <= ?")).bind(now.toMSecsSinceEpoch()).exec();
}

std::optional<SymphonyTokenRow> findSymphonyToken(const QSqlDatabase &db, const QByteArray &tokenHash)
{
    Sql q(db, QStringLiteral("SELECT token_id, contact_id, token_type, token_hash, single_use, created_at, expires_at, "
                             "used_at FROM symphony_tokens WHERE token_hash = ?"));
    q.bind(tokenHash).exec();
    if (!q.next())
        return std::nullopt;
    SymphonyTokenRow row;
    row.tokenId = q.integer(0);
    row.contactId = q.integer(1);
    row.tokenType = q.text(2);
    row.tokenHash = q.value(3).toByteArray();
    row.singleUse = q.integer(4) != 0;
    row.createdAt = q.dateTime(5);
    row.expiresAt = q.dateTime(6);
    row.usedAt = q.dateTime(7);
    return row;
}

void insertSymphonyToken(const QSqlDatabase &db, const SymphonyTokenRow &row)
{
    Sql q(db, QStringLiteral("INSERT INTO symphony_tokens (contact_id, token_type, token_hash, single_use, created_at, "
                             "expires_at, used_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bind(row.contactId).bind(row.tokenType).bind(row.tokenHash).bind(row.singleUse ? 1 : 0)
        .bind(millisOrNull(row.createdAt)).bind(millisOrNull(row.expiresAt)).bind(millisOrNull(row.usedAt)).exec();
}

void deleteSymphonyTokens(const QSqlDatabase &db, qint64 contactId, const QString &tokenType)
{
    Sql(db, QStringLiteral("DELETE FROM symphony_tokens WHERE contact_id = ? AND token_type = ?"))
        .bind(contactId)
        .bind(tokenType)
        .exec();
}

void markSymphonyTokenUsed(const QSqlDatabase &db, qint64 tokenId, const QDateTime &usedAt)
{
    Sql(db, QStringLiteral("UPDATE symphony_tokens SET used_at = ? WHERE token_id = ?"))
        .bind(usedAt.toMSecsSinceEpoch())
        .bind(tokenId)
        .exec();
}

} // namespace contactdesk::sandbox::store
