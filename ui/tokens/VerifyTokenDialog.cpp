#include "tokens/VerifyTokenDialog.h"

#include "common/ErrorText.h"
#include "common/FutureResult.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace contactdesk::ui {

VerifyTokenDialog::VerifyTokenDialog(ApiSession *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("verifyTokenDialog"));
    setWindowTitle(tr("Verify a registration token"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setAccessibleName(tr("Token"));
    m_token->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    form->addRow(tr("&Token:"), m_token);
    m_consume = new QCheckBox(tr("&Consume it (a single-use token then stops working)"), this);
    m_consume->setObjectName(QStringLiteral("consume"));
    form->addRow(m_consume);
    layout->addLayout(form);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("verifyResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_verify = buttons->addButton(tr("&Verify"), QDialogButtonBox::ActionRole);
    m_verify->setDefault(true);
    connect(m_verify, &QPushButton::clicked, this, &VerifyTokenDialog::verify);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void VerifyTokenDialog::verify()
{
    const QString token = m_token->text().trimmed();
    if (!m_session || token.isEmpty())
        return;
    m_verify->setEnabled(false);
    m_result->setText(tr("Checking…"));
    onResult(m_session->symphony()->verifyTokenForContact(token, m_consume->isChecked()), this,
             [this](const Result<dto::ContactTokenResult> &result) {
                 m_verify->setEnabled(true);
                 m_token->clear();
                 if (!result.ok()) {
                     const QString message = errorText(result.error());
                     m_result->setText(tr("Not valid: %1").arg(message));
                     Q_EMIT failed(message);
                     return;
                 }
                 const int id = result->contactId.value_or(0);
                 m_result->setText(tr("Valid: contact id %1, %2").arg(id).arg(result->contactEmail));
                 Q_EMIT verified(id, result->contactEmail);
             });
}

} // namespace contactdesk::ui
