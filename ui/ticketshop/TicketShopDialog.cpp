#include "ticketshop/TicketShopDialog.h"

#include "auth/RememberMeCookie.h"
#include "common/ErrorText.h"
#include "common/FutureResult.h"
#include "common/Icons.h"
#include "validation/FieldChecks.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace contactdesk::ui {

namespace {

QLineEdit *passwordField(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessible);
    return edit;
}

QLabel *resultLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

TicketShopDialog::TicketShopDialog(ApiSession *session, const QString &contactNumber, const QString &login,
                                   const QString &email, QWidget *parent)
    : QDialog(parent), m_session(session), m_contactNumber(contactNumber)
{
    setObjectName(QStringLiteral("ticketShopDialog"));
    setWindowTitle(tr("Ticket-shop tools — contact %1").arg(contactNumber));
    auto *layout = new QVBoxLayout(this);

    auto *loginBox = new QGroupBox(tr("Test a login"), this);
    auto *loginForm = new QFormLayout(loginBox);
    m_login = new QLineEdit(login, loginBox);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setAccessibleName(tr("Login"));
    loginForm->addRow(tr("&Login:"), m_login);
    m_password = passwordField(loginBox, QStringLiteral("password"), tr("Password"));
    loginForm->addRow(tr("&Password:"), m_password);
    auto *posRow = new QWidget(loginBox);
    auto *posLayout = new QHBoxLayout(posRow);
    posLayout->setContentsMargins(0, 0, 0, 0);
    m_pos = new QComboBox(posRow);
    m_pos->setObjectName(QStringLiteral("pointOfSales"));
    m_pos->setAccessibleName(tr("Point of sales"));
    m_pos->addItem(tr("(any point of sales)"), QVariant());
    auto *loadPos = new QPushButton(tr("Lis&t authorized"), posRow);
    loadPos->setToolTip(tr("The points of sales this login may use (listAuthorizedPOS)"));
    posLayout->addWidget(m_pos, 1);
    posLayout->addWidget(loadPos);
    loginForm->addRow(tr("Point of &sales:"), posRow);
    m_rememberMe = new QCheckBox(tr("&Remember me (issues a remember-me token)"), loginBox);
    m_rememberMe->setObjectName(QStringLiteral("rememberMe"));
    loginForm->addRow(m_rememberMe);
    auto *loginButtons = new QHBoxLayout;
    auto *test = new QPushButton(icon(Icon::Ticket), tr("T&est the login"), loginBox);
    test->setObjectName(QStringLiteral("testLoginButton"));
    m_copyCookie = new QPushButton(icon(Icon::Copy), tr("&Copy the remember-me cookie"), loginBox);
    m_copyCookie->setObjectName(QStringLiteral("copyCookieButton"));
    m_copyCookie->setEnabled(false);
    loginButtons->addWidget(test);
    loginButtons->addWidget(m_copyCookie);
    loginButtons->addStretch(1);
    loginForm->addRow(loginButtons);
    m_loginResult = resultLabel(loginBox, QStringLiteral("loginResult"));
    loginForm->addRow(m_loginResult);
    layout->addWidget(loginBox);

    auto *recoverBox = new QGroupBox(tr("Recover the password"), this);
    auto *recoverForm = new QFormLayout(recoverBox);
    m_recoverEmail = new QLineEdit(email, recoverBox);
    m_recoverEmail->setObjectName(QStringLiteral("recoverEmail"));
    m_recoverEmail->setAccessibleName(tr("Email to recover"));
    recoverForm->addRow(tr("E&mail:"), m_recoverEmail);
    auto *recover = new QPushButton(tr("Mail a &new password"), recoverBox);
    recover->setObjectName(QStringLiteral("recoverButton"));
    recoverForm->addRow(recover);
    m_recoverResult = resultLabel(recoverBox, QStringLiteral("recoverResult"));
    recoverForm->addRow(m_recoverResult);
    layout->addWidget(recoverBox);

    auto *changeBox = new QGroupBox(tr("Change the password"), this);
    auto *changeForm = new QFormLayout(changeBox);
    m_current = passwordField(changeBox, QStringLiteral("currentPassword"), tr("Current password"));
    changeForm->addRow(tr("C&urrent password:"), m_current);
    m_new = passwordField(changeBox, QStringLiteral("newPassword"), tr("New password"));
    changeForm->addRow(tr("Ne&w password:"), m_new);
    m_confirm = passwordField(changeBox, QStringLiteral("confirmPassword"), tr("Confirm the new password"));
    changeForm->addRow(tr("Con&firm:"), m_confirm);
    auto *change = new QPushButton(tr("C&hange the password"), changeBox);
    change->setObjectName(QStringLiteral("changeButton"));
    changeForm->addRow(change);
    m_changeResult = resultLabel(changeBox, QStringLiteral("changeResult"));
    changeForm->addRow(m_changeResult);
    layout->addWidget(changeBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(loadPos, &QPushButton::clicked, this, &TicketShopDialog::loadPointsOfSales);
    connect(test, &QPushButton::clicked, this, &TicketShopDialog::testLogin);
    connect(m_copyCookie, &QPushButton::clicked, this, &TicketShopDialog::copyCookie);
    connect(recover, &QPushButton::clicked, this, &TicketShopDialog::recoverPassword);
    connect(change, &QPushButton::clicked, this, &TicketShopDialog::changePassword);
}

dto::ContactAuthenticationData TicketShopDialog::credentials() const
{
    dto::ContactAuthenticationData values;
    values.login = m_login->text().trimmed();
    values.password = m_password->text();
    values.contactTypeScope = QStringLiteral("ANY");
    if (m_pos->currentData().isValid())
        values.pointOfSalesId = m_pos->currentData().toLongLong();
    return values;
}

void TicketShopDialog::loadPointsOfSales()
{
    if (!m_session)
        return;
    dto::ContactAuthenticationData request = credentials();
    request.pointOfSalesId.reset();
    m_loginResult->setText(tr("Asking for the points of sales…"));
    onResult(m_session->s360()->listAuthorizedPos(request), this, [this](const Result<dto::PointOfSalesListResult> &r) {
        if (!r.ok()) {
            m_loginResult->setText(errorText(r.error()));
            Q_EMIT pointsOfSalesLoaded(-1);
            return;
        }
        m_pointsOfSales = r->pointsOfSales;
        m_pos->clear();
        m_pos->addItem(tr("(any point of sales)"), QVariant());
        for (const dto::PointOfSales &pos : std::as_const(m_pointsOfSales)) {
            m_pos->addItem(tr("%1 — %2 (%3)").arg(pos.code, pos.name, pos.salesChannelCode),
                           pos.pointOfSalesId ? QVariant(*pos.pointOfSalesId) : QVariant());
        }
        if (m_pos->count() > 1)
            m_pos->setCurrentIndex(1);
        m_loginResult->setText(tr("%n point(s) of sales for this login.", nullptr, int(m_pointsOfSales.size())));
        Q_EMIT pointsOfSalesLoaded(int(m_pointsOfSales.size()));
    });
}

void TicketShopDialog::testLogin()
{
    if (!m_session)
        return;
    dto::ContactAuthenticationData request = credentials();
    const bool remember = m_rememberMe->isChecked();
    request.rememberMe = remember;
    m_password->clear();
    m_cookieHeader.clear();
    m_copyCookie->setEnabled(false);
    m_loginResult->setText(tr("Trying the login…"));
    const std::optional<qint64> posId = request.pointOfSalesId;
    QString channel = m_session->profile().salesChannelCode;
    for (const dto::PointOfSales &pos : std::as_const(m_pointsOfSales)) {
        if (posId && pos.pointOfSalesId == posId)
            channel = pos.salesChannelCode;
    }
    const QString institution = m_session->profile().institutionCode;
    onResult(m_session->s360()->authenticate(request), this,
             [this, remember, posId, channel, institution](const Result<dto::ContactAuthenticationResult> &r) {
                 if (!r.ok()) {
                     m_loginResult->setText(tr("The login fails: %1").arg(errorText(r.error())));
                     Q_EMIT loginTested(false);
                     return;
                 }
                 QString text = tr("The login works: contact %1.").arg(r->contactNumber);
                 if (remember) {
                     const Result<QNetworkCookie> cookie =
                         auth::RememberMeCookie::build(r.value(), institution, channel, posId.value_or(0));
                     if (cookie.ok()) {
                         m_cookieHeader = cookie->toRawForm();
                         m_copyCookie->setEnabled(true);
                         text += u' ' + tr("A remember-me cookie is ready to copy.");
                     } else {
                         text += u' ' + tr("No remember-me cookie: %1").arg(cookie.error().message);
                     }
                 }
                 m_loginResult->setText(text);
                 Q_EMIT loginTested(true);
             });
}

void TicketShopDialog::copyCookie()
{
    if (m_cookieHeader.isEmpty())
        return;
    QApplication::clipboard()->setText(QString::fromLatin1(m_cookieHeader));
    m_loginResult->setText(tr("The remember-me cookie is on the clipboard."));
}

void TicketShopDialog::recoverPassword()
{
    const QString email = m_recoverEmail->text().trimmed();
    if (const QString problem = validation::checkEmail(email); !problem.isEmpty() || email.isEmpty()) {
        m_recoverResult->setText(problem.isEmpty() ? validation::checkMandatory(email) : problem);
        Q_EMIT recoverFinished(false);
        return;
    }
    if (!m_session)
        return;
    std::optional<qint64> pos;
    if (m_pos->currentData().isValid())
        pos = m_pos->currentData().toLongLong();
    m_recoverResult->setText(tr("Asking…"));
    onResult(m_session->s360()->recoverPassword(email, pos), this, [this, email](const Result<dto::WebMethodResult> &r) {
        if (!r.ok()) {
            m_recoverResult->setText(errorText(r.error()));
            Q_EMIT recoverFinished(false);
            return;
        }
        m_recoverResult->setText(tr("A new password was mailed to %1.").arg(email));
        Q_EMIT recoverFinished(true);
    });
}

void TicketShopDialog::changePassword()
{
    const QString current = m_current->text();
    const QString next = m_new->text();
    QString problem;
    if (current.isEmpty())
        problem = tr("Type the current password.");
    else if (next != m_confirm->text())
        problem = tr("The new password and its confirmation differ.");
    else
        problem = validation::checkNewPassword(next);
    if (!problem.isEmpty() || !m_session) {
        m_changeResult->setText(problem);
        Q_EMIT changeFinished(false);
        return;
    }
    for (QLineEdit *edit : {m_current, m_new, m_confirm})
        edit->clear();
    m_changeResult->setText(tr("Changing…"));
    onResult(m_session->s360()->changePassword(m_contactNumber, current, next), this,
             [this](const Result<dto::WebMethodResult> &r) {
                 if (!r.ok()) {
                     m_changeResult->setText(errorText(r.error()));
                     Q_EMIT changeFinished(false);
                     return;
                 }
                 m_changeResult->setText(tr("The password was changed."));
                 Q_EMIT changeFinished(true);
             });
}

} // namespace contactdesk::ui
