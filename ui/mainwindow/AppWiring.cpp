#include "mainwindow/AppWiring.h"

#include "common/Translations.h"
#include "mainwindow/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMessageBox>

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

} // namespace

void wireMainWindow(MainWindow *window, DemoBackend *demo)
{
    Q_UNUSED(demo);
    addLanguageMenu(window);
}

} // namespace contactdesk::ui
