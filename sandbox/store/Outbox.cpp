#include "store/Outbox.h"

#include "store/Sql.h"

#include <QJsonObject>

namespace contactdesk::sandbox::store {

void appendToOutbox(const QSqlDatabase &db, const OutboxMail &mail)
{
    Sql q(db, QStringLiteral("INSERT INTO outbox (institution_id, created_at, recipient, subject, body, kind) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(mail.institutionId).bind(mail.createdAt.toMSecsSinceEpoch()).bind(mail.recipient).bind(mail.subject)
        .bind(mail.body).bind(mail.kind).exec();
}

QJsonArray readOutbox(const QSqlDatabase &db, int limit)
{
    Sql q(db, QStringLiteral("SELECT mail_id, created_at, recipient, subject, body, kind FROM outbox "
                             "ORDER BY created_at DESC, mail_id DESC LIMIT ?"));
    q.bind(limit > 0 ? limit : -1).exec();
    QJsonArray mails;
    while (q.next()) {
        QJsonObject mail;
        mail.insert(QStringLiteral("id"), q.integer(0));
        mail.insert(QStringLiteral("at"), q.dateTime(1).toString(Qt::ISODateWithMs));
        mail.insert(QStringLiteral("to"), q.text(2));
        mail.insert(QStringLiteral("subject"), q.text(3));
        mail.insert(QStringLiteral("body"), q.text(4));
        mail.insert(QStringLiteral("kind"), q.text(5));
        mails.append(mail);
    }
    return mails;
}

} // namespace contactdesk::sandbox::store
