#include "mainwindow/AppWiring.h"

#include "common/Icons.h"
#include "common/Translations.h"
#include "connection/ConnectionDialog.h"
#include "connection/SecretsPrompt.h"
#include "mainwindow/AppActions.h"
#include "mainwindow/MainWindow.h"
#include "session/SessionManager.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>

namespace contactdesk::ui {

namespace {

void addLanguageMenu(MainWindow *window)
{
    QMenu *menu = window->viewMenu()->addMenu(MainWindow::tr("&Language"));
    auto *group = new QActionGroup(menu);
    const QString chosen = chosenLanguage();
    const auto add = [&](const QString &code, const QString &name) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, window, [window, code] {
            setChosenLanguage(code);
            QMessageBox::information(window, MainWindow::tr("Language"),
                                     MainWindow::tr("The language changes the next time ContactDesk starts."));
        });
    };
    add(QString(), MainWindow::tr("System language"));
    add(QStringLiteral("en"), QStringLiteral("English"));
    add(QStringLiteral("fr"), QStringLiteral("Français"));
    add(QStringLiteral("de"), QStringLiteral("Deutsch"));
}

void addConnections(MainWindow *window)
{
    SessionManager *sessions = window->sessions();
    auto *manage = new QAction(icon(Icon::Connection), MainWindow::tr("&Connections…"), window);
    manage->setObjectName(QStringLiteral("manageConnectionsAction"));
    QObject::connect(manage, &QAction::triggered, window, [window, sessions] {
        auto *dialog = new ConnectionDialog(sessions, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &ConnectionDialog::connectRequested, window,
                         [window](const QString &id) { window->switchProfile(id); });
        dialog->open();
    });
    window->setManageConnectionsAction(manage);
    window->mainToolBar()->addAction(manage);

    // A profile whose secrets are not known yet: ask once.
    QObject::connect(sessions, &SessionManager::secretsNeeded, window,
                     [window, sessions](const ConnectionProfile &profile, const QString &) {
                         auto *prompt = new SecretsPrompt(sessions, profile, window);
                         prompt->setAttribute(Qt::WA_DeleteOnClose);
                         prompt->open();
                     });
}

} // namespace

void wireMainWindow(MainWindow *window, DemoBackend *demo)
{
    addConnections(window);
    new AppActions(window, demo);
    addLanguageMenu(window);
}

} // namespace contactdesk::ui
