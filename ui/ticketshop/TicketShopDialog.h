#pragma once

// Ticket-shop tools for one contact (admin):
// - test a login and password on a point of sales listed by listAuthorizedPOS, optionally with
//   "remember me", and copy the resulting remember-me cookie to the clipboard (never shown);
// - recover a password (the server mails a new one);
// - change a password (current and new).
// Passwords and tokens are secrets: the fields are cleared after each call and nothing is logged.

#include "api/ApiSession.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace contactdesk::ui {

class TicketShopDialog : public QDialog {
    Q_OBJECT
public:
    TicketShopDialog(ApiSession *session, const QString &contactNumber, const QString &login, const QString &email,
                     QWidget *parent = nullptr);

    void loadPointsOfSales();
    void testLogin();
    void copyCookie();
    void recoverPassword();
    void changePassword();

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *pointOfSalesBox() const { return m_pos; }
    QCheckBox *rememberMeBox() const { return m_rememberMe; }
    QLabel *loginResult() const { return m_loginResult; }
    QPushButton *copyCookieButton() const { return m_copyCookie; }
    QLineEdit *recoverEmailEdit() const { return m_recoverEmail; }
    QLabel *recoverResult() const { return m_recoverResult; }
    QLineEdit *currentPasswordEdit() const { return m_current; }
    QLineEdit *newPasswordEdit() const { return m_new; }
    QLineEdit *confirmPasswordEdit() const { return m_confirm; }
    QLabel *changeResult() const { return m_changeResult; }

Q_SIGNALS:
    void pointsOfSalesLoaded(int count);
    void loginTested(bool ok);
    void recoverFinished(bool ok);
    void changeFinished(bool ok);

private:
    dto::ContactAuthenticationData credentials() const;

    QPointer<ApiSession> m_session;
    QString m_contactNumber;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_pos = nullptr;
    QCheckBox *m_rememberMe = nullptr;
    QLabel *m_loginResult = nullptr;
    QPushButton *m_copyCookie = nullptr;
    QLineEdit *m_recoverEmail = nullptr;
    QLabel *m_recoverResult = nullptr;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_changeResult = nullptr;
    QList<dto::PointOfSales> m_pointsOfSales;
    QByteArray m_cookieHeader; // the Set-Cookie line of the last remembered login, in memory only
};

} // namespace contactdesk::ui
