#include "connection/SecretsPrompt.h"

#include "credentials/SecretKey.h"
#include "credentials/SecretStore.h"
#include "credentials/SecretText.h"
#include "session/SessionManager.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <memory>

namespace contactdesk::ui {

SecretsPrompt::SecretsPrompt(SessionManager *sessions, const ConnectionProfile &profile, QWidget *parent)
    : QDialog(parent), m_sessions(sessions), m_profile(profile)
{
    setObjectName(QStringLiteral("secretsPrompt"));
    setWindowTitle(tr("Sign in to %1").arg(profile.name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("ContactDesk needs the secrets of \"%1\" (%2, operator %3).")
                                 .arg(profile.name, profile.institutionCode, profile.operatorLogin),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const auto secret = [this, form](const QString &label, const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setEchoMode(QLineEdit::Password);
        QString accessible = label;
        accessible.remove(u'&');
        accessible.chop(1);
        edit->setAccessibleName(accessible);
        form->addRow(label, edit);
        return edit;
    };
    if (profile.binding == S360Binding::Soap)
        m_operatorPassword = secret(tr("Operator &password:"), QStringLiteral("operatorPassword"));
    else
        m_jwtSecret = secret(tr("API &secret (REST):"), QStringLiteral("jwtSecret"));
    if (!profile.symphonyBaseUrl.isEmpty())
        m_symphonySecret = secret(tr("S&ymphony secret:"), QStringLiteral("symphonySecret"));
    layout->addLayout(form);
    m_remember = new QCheckBox(tr("&Remember in the system keychain"), this);
    m_remember->setChecked(true);
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SecretsPrompt::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void SecretsPrompt::accept()
{
    SessionSecrets secrets;
    QList<std::pair<SecretKind, QString>> typed;
    if (m_operatorPassword && !m_operatorPassword->text().isEmpty()) {
        secrets.s360.operatorPassword = m_operatorPassword->text();
        typed.append({SecretKind::OperatorPassword, m_operatorPassword->text()});
    }
    if (m_jwtSecret && !m_jwtSecret->text().isEmpty()) {
        secrets.s360.jwtSecret = secretBytesFromText(m_jwtSecret->text());
        typed.append({SecretKind::JwtSecret, m_jwtSecret->text()});
    }
    if (m_symphonySecret && !m_symphonySecret->text().isEmpty()) {
        secrets.symphonySecret = secretBytesFromText(m_symphonySecret->text());
        typed.append({SecretKind::SymphonySecret, m_symphonySecret->text()});
    }
    for (QLineEdit *edit : {m_operatorPassword, m_jwtSecret, m_symphonySecret}) {
        if (edit)
            edit->clear();
    }
    // In memory for this run in any case (asked once); in the keychain too when remembered.
    m_sessions->provideSecrets(m_profile.id, secrets);
    if (m_remember->isChecked() && m_sessions->secretStore()) {
        for (const auto &[kind, text] : std::as_const(typed))
            m_sessions->secretStore()->write(secretKey(m_profile.id, kind), text);
    }
    m_sessions->open(m_profile.id);
    QDialog::accept();
}

} // namespace contactdesk::ui
