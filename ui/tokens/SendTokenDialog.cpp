#include "tokens/SendTokenDialog.h"

#include "common/ErrorText.h"
#include "common/FutureResult.h"
#include "common/Icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <limits>

namespace contactdesk::ui {

SendTokenDialog::SendTokenDialog(ApiSession *session, qint64 contactId, const QString &contactName, QWidget *parent)
    : QDialog(parent), m_session(session), m_contactId(contactId)
{
    setObjectName(QStringLiteral("sendTokenDialog"));
    setWindowTitle(tr("Send a registration token"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A registration token for %1 (contact id %2) is mailed to the contact's address. "
                                "Any earlier token of this contact stops working.")
                                 .arg(contactName)
                                 .arg(contactId),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_singleUse = new QCheckBox(tr("&Single use (stops working once verified)"), this);
    m_singleUse->setObjectName(QStringLiteral("singleUse"));
    m_singleUse->setChecked(true);
    layout->addWidget(m_singleUse);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("tokenResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Result"));
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::ActionRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setIcon(icon(Icon::Token));
    m_send->setDefault(true);
    connect(m_send, &QPushButton::clicked, this, &SendTokenDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (contactId <= 0 || contactId > std::numeric_limits<int>::max()) {
        m_send->setEnabled(false);
        m_result->setText(tr("This contact has no id the Symphony API can use."));
    }
}

void SendTokenDialog::send()
{
    if (!m_session)
        return;
    m_send->setEnabled(false);
    m_result->setText(tr("Sending…"));
    onResult(m_session->symphony()->generateTokenForContact(int(m_contactId), m_singleUse->isChecked()), this,
             [this](const Result<dto::ContactTokenResult> &result) {
                 m_send->setEnabled(true);
                 if (!result.ok()) {
                     const QString message = errorText(result.error());
                     m_result->setText(tr("Not sent: %1").arg(message));
                     Q_EMIT failed(message);
                     return;
                 }
                 m_result->setText(tr("Sent to %1").arg(result->contactEmail));
                 Q_EMIT sent(result->contactEmail);
             });
}

} // namespace contactdesk::ui
