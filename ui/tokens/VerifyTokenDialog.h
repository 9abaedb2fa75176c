#pragma once

// "Verify a token…": checks a registration token with the Symphony API (optionally consuming a
// single-use token) and shows which contact it belongs to. The token is a secret: it is never
// logged and the field is cleared once checked.

#include "api/ApiSession.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace contactdesk::ui {

class VerifyTokenDialog : public QDialog {
    Q_OBJECT
public:
    explicit VerifyTokenDialog(ApiSession *session, QWidget *parent = nullptr);

    void verify();
    QLineEdit *tokenEdit() const { return m_token; }
    QCheckBox *consumeBox() const { return m_consume; }
    QLabel *resultLabel() const { return m_result; }

Q_SIGNALS:
    void verified(int contactId, const QString &email);
    void failed(const QString &message);

private:
    QPointer<ApiSession> m_session;
    QLineEdit *m_token = nullptr;
    QCheckBox *m_consume = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_verify = nullptr;
};

} // namespace contactdesk::ui
