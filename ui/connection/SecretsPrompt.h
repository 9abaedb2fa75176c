#pragma once

// Asks for the secrets a profile needs and does not have (asked once: kept in the keychain when
// "remember" is ticked, in memory for this run otherwise), then opens the profile.

#include "profiles/ConnectionProfile.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace contactdesk::ui {

class SessionManager;

class SecretsPrompt : public QDialog {
    Q_OBJECT
public:
    SecretsPrompt(SessionManager *sessions, const ConnectionProfile &profile, QWidget *parent = nullptr);

    QLineEdit *operatorPasswordEdit() const { return m_operatorPassword; }
    QLineEdit *jwtSecretEdit() const { return m_jwtSecret; }
    QLineEdit *symphonySecretEdit() const { return m_symphonySecret; }
    QCheckBox *rememberBox() const { return m_remember; }

    void accept() override;

private:
    SessionManager *m_sessions;
    ConnectionProfile m_profile;
    QLineEdit *m_operatorPassword = nullptr;
    QLineEdit *m_jwtSecret = nullptr;
    QLineEdit *m_symphonySecret = nullptr;
    QCheckBox *m_remember = nullptr;
};

} // namespace contactdesk::ui
