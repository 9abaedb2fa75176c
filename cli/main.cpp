// contactdesk-cli: ContactDesk for scripts. Shares the app's connection profiles (QSettings of
// organisation/application "ContactDesk") and its keychain entries; never reads a secret from
// argv and never prints one. One line on stderr and a non-zero exit status when it fails.

#include "CliApplication.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

bool verboseMessages = false;

// Qt's own diagnostics (QtKeychain, SQL, network) would break the one-line error promise: they
// are dropped unless --verbose is given.
void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (!verboseMessages && type != QtFatalMsg)
        return;
    std::fputs(qUtf8Printable(message + u'\n'), stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--verbose") == 0)
            verboseMessages = true;
    }
    qInstallMessageHandler(messageHandler);

    QCoreApplication app(argc, argv);
    // The same names as the app: the same settings file, cache and data directories.
    QCoreApplication::setOrganizationName(QStringLiteral("ContactDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("contactdesk.org"));
    QCoreApplication::setApplicationName(QStringLiteral("ContactDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTACTDESK_VERSION));

    contactdesk::cli::CliApplication cli;
    QObject::connect(&cli, &contactdesk::cli::CliApplication::finished, &app, &QCoreApplication::exit);
    if (const std::optional<int> done = cli.start(QCoreApplication::arguments()))
        return *done;
    return app.exec();
}
