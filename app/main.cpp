// ContactDesk: find, view and edit S-360 contacts and structures, send registration tokens.
// The first start opens on the "Demo sandbox" profile, served by the sandbox inside the app.

#include "EmbeddedDemoBackend.h"
#include "ScreenshotTour.h"
#ifdef CONTACTDESK_TESTING
#include "AutomationScript.h"
#endif

#include "common/Icons.h"
#include "common/Translations.h"
#include "credentials/SecretStore.h"
#include "drafts/DraftStore.h"
#include "mainwindow/AppWiring.h"
#include "mainwindow/MainWindow.h"
#include "profiles/ProfileStore.h"
#include "session/SessionManager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTemporaryDir>

using namespace contactdesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ContactDesk"));
    QApplication::setApplicationName(QStringLiteral("ContactDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    ui::installTranslations(&app);
    ui::initUiResources();
    QApplication::setWindowIcon(ui::applicationIcon());
    QGuiApplication::setDesktopFileName(QString::fromUtf16(ui::desktopFileName));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop client for S-360 contacts and Symphony registration tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoInMemory(QStringLiteral("demo-in-memory"),
                                          QApplication::translate("main", "Run the demo sandbox on a temporary database."));
    const QCommandLineOption demoContacts(QStringLiteral("demo-contacts"),
                                          QApplication::translate("main", "Individuals seeded into a new demo database."),
                                          QStringLiteral("count"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                         QApplication::translate("main", "Save screenshots of a scripted tour into a folder, then quit."),
                                         QStringLiteral("folder"));
    parser.addOption(demoInMemory);
    parser.addOption(demoContacts);
    parser.addOption(screenshots);
#ifdef CONTACTDESK_TESTING
    // Test builds only: drive the window from a script (see AutomationScript.h).
    const QCommandLineOption automation(QStringLiteral("automation-script"),
                                        QApplication::translate("main", "Test builds: drive the window from a script file."),
                                        QStringLiteral("file"));
    parser.addOption(automation);
#endif
    parser.process(app);

    // The tour runs on its own settings and a temporary demo database: the user's are untouched.
    QTemporaryDir tourSettings;
    if (parser.isSet(screenshots)) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, tourSettings.path());
    }

    sandbox::server::EmbeddedSandboxOptions sandboxOptions;
    sandboxOptions.inMemory = parser.isSet(demoInMemory) || parser.isSet(screenshots);
    if (parser.isSet(demoContacts))
        sandboxOptions.seedContacts = std::max(0, parser.value(demoContacts).toInt());

    QSettings settings;
    ProfileStore profiles(&settings);
    SecretStore secrets;
    profiles.setSecretStore(&secrets);
    profiles.load(); // creates the demo profile on a first start
    app::EmbeddedDemoBackend demo(sandboxOptions);
    ui::SessionManager sessions(&profiles, &secrets, &demo);
    ui::DraftStore drafts(parser.isSet(screenshots) ? tourSettings.filePath(QStringLiteral("drafts")) : QString());

    ui::MainWindow window(&sessions, &drafts);
    ui::wireMainWindow(&window, &demo);
    window.show();
    sessions.openCurrent();
    if (parser.isSet(screenshots)) {
        window.resize(1360, 840);
        auto *tour = new app::ScreenshotTour(&window, parser.value(screenshots), &window);
        QObject::connect(tour, &app::ScreenshotTour::finished, &app, [](bool ok) { QApplication::exit(ok ? 0 : 1); });
        tour->start();
    }
#ifdef CONTACTDESK_TESTING
    if (parser.isSet(automation)) {
        QString error;
        const QStringList commands = app::AutomationScript::readFile(parser.value(automation), &error);
        if (!error.isEmpty()) {
            qCritical("cannot read the automation script: %s", qPrintable(error));
            return 2;
        }
        (new app::AutomationScript(&window, commands, &window))->start();
    }
#endif
    return app.exec();
}
