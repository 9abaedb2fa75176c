// ContactDesk: find, view and edit S-360 contacts and structures, send registration tokens.
// The first start opens on the "Demo sandbox" profile, served by the sandbox inside the app.

#include "EmbeddedDemoBackend.h"

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

using namespace contactdesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ContactDesk"));
    QApplication::setApplicationName(QStringLiteral("ContactDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    ui::installTranslations(&app);
    ui::initUiResources();
    QApplication::setWindowIcon(ui::icon(ui::Icon::App));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop client for S-360 contacts and Symphony registration tokens."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoInMemory(QStringLiteral("demo-in-memory"),
                                          QApplication::translate("main", "Run the demo sandbox on a temporary database."));
    const QCommandLineOption demoContacts(QStringLiteral("demo-contacts"),
                                          QApplication::translate("main", "Individuals seeded into a new demo database."),
                                          QStringLiteral("count"));
    parser.addOption(demoInMemory);
    parser.addOption(demoContacts);
    parser.process(app);

    sandbox::server::EmbeddedSandboxOptions sandboxOptions;
    sandboxOptions.inMemory = parser.isSet(demoInMemory);
    if (parser.isSet(demoContacts))
        sandboxOptions.seedContacts = std::max(0, parser.value(demoContacts).toInt());

    QSettings settings;
    ProfileStore profiles(&settings);
    SecretStore secrets;
    profiles.setSecretStore(&secrets);
    profiles.load(); // creates the demo profile on a first start
    app::EmbeddedDemoBackend demo(sandboxOptions);
    ui::SessionManager sessions(&profiles, &secrets, &demo);
    ui::DraftStore drafts;

    ui::MainWindow window(&sessions, &drafts);
    ui::wireMainWindow(&window, &demo);
    window.show();
    sessions.openCurrent();
    return app.exec();
}
