#pragma once

// Manages the connection profiles: add, edit, duplicate, delete, test the connection, and
// connect (switch the app to the profile without a restart).
//
// Secrets (operator password, API secret for REST, Symphony secret) are typed here and never
// shown back: a field only says whether one is stored. With "Remember in the keychain" ticked
// they go to the system keychain (SecretStore); otherwise they are held in memory for this run
// (SessionManager::provideSecrets). The settings file never receives a secret.
//
// The built-in demo profile is served by the sandbox inside the app: its fields are read-only.

#include "profiles/ConnectionProfile.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace contactdesk {
class ApiSession;
}

namespace contactdesk::ui {

class FieldErrorRegistry;
class MessageBar;
class SessionManager;

class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(SessionManager *sessions, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Selects the profile with this id in the list (the current one by default).
    void selectProfile(const QString &id);
    QString selectedProfileId() const { return m_currentId; }

    // The form as a profile (id of the selected profile, empty for a new one).
    ConnectionProfile formProfile() const;

    void addProfile();
    void duplicateProfile();
    void deleteProfile(bool confirm = true);
    // Validates, saves the profile and its secrets; false when something is wrong (shown).
    bool saveProfile();
    void testConnection();
    // Saves, then asks the main window to switch to the profile.
    void connectToProfile();

    QListWidget *profileList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *s360UrlEdit() const { return m_s360Url; }
    QLineEdit *institutionEdit() const { return m_institution; }
    QLineEdit *operatorLoginEdit() const { return m_operatorLogin; }
    QLineEdit *partnerEdit() const { return m_partner; }
    QComboBox *bindingBox() const { return m_binding; }
    QLineEdit *operatorPasswordEdit() const { return m_operatorPassword; }
    QLineEdit *jwtSecretEdit() const { return m_jwtSecret; }
    QLineEdit *symphonySecretEdit() const { return m_symphonySecret; }
    QCheckBox *rememberBox() const { return m_remember; }
    MessageBar *messageBar() const { return m_messages; }
    QLabel *testResultLabel() const { return m_testResult; }
    FieldErrorRegistry *errors() const { return m_errors; }

Q_SIGNALS:
    void connectRequested(const QString &profileId);
    // A profile and its secrets were stored (the keychain writes finished).
    void profileSaved(const QString &profileId);
    void testFinished(bool ok);

private:
    void reloadList(const QString &selectId);
    void showProfile(const ConnectionProfile &profile);
    void updateSecretPlaceholders();
    void setFormEnabled(bool editable);
    void markDirty();

    SessionManager *m_sessions;
    FieldErrorRegistry *m_errors;
    MessageBar *m_messages = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_s360Url = nullptr;
    QLineEdit *m_institution = nullptr;
    QLineEdit *m_operatorLogin = nullptr;
    QLineEdit *m_partner = nullptr;
    QComboBox *m_binding = nullptr;
    QLineEdit *m_salesChannel = nullptr;
    QLineEdit *m_pointOfSales = nullptr;
    QLineEdit *m_symphonyUrl = nullptr;
    QLineEdit *m_symphonyKey = nullptr;
    QComboBox *m_symphonyBinding = nullptr;
    QLineEdit *m_caFile = nullptr;
    QSpinBox *m_rateLimit = nullptr;
    QLineEdit *m_operatorPassword = nullptr;
    QLineEdit *m_jwtSecret = nullptr;
    QLineEdit *m_symphonySecret = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_demoNote = nullptr;
    QLabel *m_testResult = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_connect = nullptr;
    QString m_currentId;
    bool m_isDemo = false;
    bool m_loadingForm = false;
    QPointer<ApiSession> m_testSession;
};

} // namespace contactdesk::ui
