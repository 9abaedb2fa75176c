#pragma once

// Tokens handed to contacts, stored as SHA-256 hashes only: remember-me pairs
// (identification + uniqueToken) and Symphony registration tokens.

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace contactdesk::sandbox::store {

struct RememberMeRow {
    QString identification;
    qint64 contactId = 0;
    QByteArray tokenHash;
    QDateTime createdAt;
    QDateTime expiresAt;
};

std::optional<RememberMeRow> findRememberMe(const QSqlDatabase &db, const QString &identification);
void insertRememberMe(const QSqlDatabase &db, const RememberMeRow &row);
void deleteRememberMe(const QSqlDatabase &db, const QString &identification);
void deleteRememberMeOfContact(const QSqlDatabase &db, qint64 contactId);
void deleteExpiredRememberMe(const QSqlDatabase &db, const QDateTime &now);

struct SymphonyTokenRow {
    qint64 tokenId = 0;
    qint64 contactId = 0;
    QString tokenType;
    QByteArray tokenHash;
    bool singleUse = true;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime usedAt;
};

std::optional<SymphonyTokenRow> findSymphonyToken(const QSqlDatabase &db, const QByteArray &tokenHash);
void insertSymphonyToken(const QSqlDatabase &db, const SymphonyTokenRow &row);
// Deletes every token of this contact and type (GenerateTokenForContact replaces them).
void deleteSymphonyTokens(const QSqlDatabase &db, qint64 contactId, const QString &tokenType);
void markSymphonyTokenUsed(const QSqlDatabase &db, qint64 tokenId, const QDateTime &usedAt);

} // namespace contactdesk::sandbox::store
