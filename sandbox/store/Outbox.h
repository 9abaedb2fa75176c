#pragma once

// Every mail the sandbox would send (Symphony registration tokens, recovered passwords),
// kept so that a user or a test can read it: GET /sandbox/outbox lists it newest first.
// The mails carry the token or password they deliver: that is their purpose.

#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

namespace contactdesk::sandbox::store {

struct OutboxMail {
    qint64 institutionId = 0;
    QDateTime createdAt;
    QString recipient;
    QString subject;
    QString body;
    QString kind; // symphonyToken | recoveredPassword
};

inline constexpr const char *mailKindSymphonyToken = "symphonyToken";
inline constexpr const char *mailKindRecoveredPassword = "recoveredPassword";

void appendToOutbox(const QSqlDatabase &db, const OutboxMail &mail);
// Newest first: [{id, at, to, subject, body, kind}]; limit <= 0: all.
QJsonArray readOutbox(const QSqlDatabase &db, int limit);

} // namespace contactdesk::sandbox::store
