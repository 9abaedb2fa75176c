#pragma once

// "Send registration token…" for one contact: single use or not; the Symphony server mails the
// token to the contact and answers with the address, shown as "Sent to <email>". A token is
// never retried automatically (a retry would mail a second one).

#include "api/ApiSession.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPushButton;

namespace contactdesk::ui {

class SendTokenDialog : public QDialog {
    Q_OBJECT
public:
    SendTokenDialog(ApiSession *session, qint64 contactId, const QString &contactName, QWidget *parent = nullptr);

    void send();
    QCheckBox *singleUseBox() const { return m_singleUse; }
    QLabel *resultLabel() const { return m_result; }
    QPushButton *sendButton() const { return m_send; }

Q_SIGNALS:
    void sent(const QString &email);
    void failed(const QString &message);

private:
    QPointer<ApiSession> m_session;
    qint64 m_contactId;
    QCheckBox *m_singleUse = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace contactdesk::ui
