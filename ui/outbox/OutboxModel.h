#pragma once

// The mails of the demo outbox as a table: when it was sent, to whom, the subject, the kind.
// setMails() replaces the list (one reset); the body stays with the mail (mailAt()).

#include "session/DemoBackend.h"

#include <QAbstractTableModel>

namespace contactdesk::ui {

class OutboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Sent, To, Subject, Kind, ColumnCount };
    enum Roles { MailIdRole = Qt::UserRole + 1, BodyRole };

    explicit OutboxModel(QObject *parent = nullptr);

    void setMails(const QList<OutboxMail> &mails);
    const QList<OutboxMail> &mails() const { return m_mails; }
    // The mail on a row, or nullptr.
    const OutboxMail *mailAt(int row) const;

    static QString columnTitle(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OutboxMail> m_mails;
};

} // namespace contactdesk::ui
