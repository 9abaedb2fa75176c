#pragma once

// Everything a ui test needs: private settings, data and draft folders (QStandardPaths test
// mode plus a temporary directory), a demo sandbox on loopback with a temporary database and a
// small seed, the stores, the session manager and a main window wired like the app's.

#include "EmbeddedDemoBackend.h"

#include "api/ApiSession.h"
#include "credentials/SecretStore.h"
#include "drafts/DraftStore.h"
#include "mainwindow/AppWiring.h"
#include "mainwindow/MainWindow.h"
#include "profiles/ProfileStore.h"
#include "session/SessionManager.h"

#include <QCoreApplication>
#include <QFuture>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace contactdesk::uitest {

// Call once, before QApplication exists: isolated settings and paths.
inline void prepareEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContactDeskUiTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ContactDeskUiTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

// Waits (running the event loop) for a future; fails the test after timeoutMs.
template <class T> T await(QFuture<T> future, int timeoutMs = 15000)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), timeoutMs); }();
    if (!future.isFinished())
        return T{};
    return future.result();
}

class Harness {
public:
    Harness()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path() + QStringLiteral("/config"));
        QSettings().clear();
        m_profiles = std::make_unique<ProfileStore>(m_dir.path() + QStringLiteral("/profiles.ini"));
        m_secrets = std::make_unique<SecretStore>();
        m_profiles->setSecretStore(m_secrets.get());
        m_profiles->load();
        sandbox::server::EmbeddedSandboxOptions options;
        options.inMemory = true;
        options.seedContacts = 60;
        options.rateLimitPerMinute = 0;
        m_demo = std::make_unique<app::EmbeddedDemoBackend>(options);
        m_sessions = std::make_unique<ui::SessionManager>(m_profiles.get(), m_secrets.get(), m_demo.get());
        m_drafts = std::make_unique<ui::DraftStore>(m_dir.path() + QStringLiteral("/drafts"));
    }
    ~Harness()
    {
        m_window.reset();
        m_sessions.reset();
        m_demo.reset();
    }

    // Opens the current (demo) profile and waits for the session and the reference data.
    bool connect()
    {
        m_sessions->openCurrent();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(m_sessions->session() != nullptr, 30000); }();
        if (!m_sessions->session())
            return false;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(m_sessions->referenceData().has_value(), 15000); }();
        return m_sessions->referenceData().has_value();
    }

    ui::MainWindow *newWindow()
    {
        m_window = std::make_unique<ui::MainWindow>(m_sessions.get(), m_drafts.get());
        ui::wireMainWindow(m_window.get(), m_demo.get());
        m_window->resize(1280, 800);
        m_window->show();
        return m_window.get();
    }
    // A crash: the window goes without its close guard, nothing is saved.
    void destroyWindow() { m_window.reset(); }

    ui::MainWindow *window() const { return m_window.get(); }
    ui::SessionManager *sessions() const { return m_sessions.get(); }
    ApiSession *session() const { return m_sessions->session(); }
    ProfileStore *profiles() const { return m_profiles.get(); }
    SecretStore *secrets() const { return m_secrets.get(); }
    ui::DraftStore *drafts() const { return m_drafts.get(); }
    QString path() const { return m_dir.path(); }

    // Creates an individual through the API and returns its contact number.
    QString createIndividual(const QString &firstName, const QString &lastName, const QString &email = {})
    {
        dto::IndividualContactData data;
        data.individualContact = dto::IndividualData{};
        data.individualContact->individualFirstName = firstName;
        data.individualContact->individualLastName = lastName;
        data.email = email;
        const Result<dto::ContactSaveResult> saved = await(session()->s360()->saveIndividualContactData(data));
        return saved.ok() ? saved->contactNumber : QString();
    }

    dto::ContactDataResult fetch(const QString &contactNumber)
    {
        const Result<dto::ContactDataResult> r = await(session()->s360()->getContactData(
            contactNumber, {QStringLiteral("GENERAL"), QStringLiteral("ADDRESSES"), QStringLiteral("COM_MEANS")}));
        return r.ok() ? r.value() : dto::ContactDataResult{};
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<app::EmbeddedDemoBackend> m_demo;
    std::unique_ptr<ui::SessionManager> m_sessions;
    std::unique_ptr<ui::DraftStore> m_drafts;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace contactdesk::uitest
