#include "AutomationScript.h"

#include "common/MessageBar.h"
#include "contact/ContactTab.h"
#include "contact/IndividualTab.h"
#include "drafts/DraftStore.h"
#include "mainwindow/MainWindow.h"
#include "session/SessionManager.h"
#include "structure/StructureTab.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace contactdesk::app {

AutomationScript::AutomationScript(ui::MainWindow *window, QStringList commands, QObject *parent)
    : QObject(parent), m_window(window), m_commands(std::move(commands))
{
}

QStringList AutomationScript::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = file.errorString();
        return {};
    }
    QStringList commands;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(u'#'))
            commands << trimmed;
    }
    return commands;
}

void AutomationScript::print(const QString &line)
{
    std::fputs(line.toUtf8().append('\n').constData(), stdout);
    std::fflush(stdout);
}

void AutomationScript::fail(const QString &why)
{
    print(QStringLiteral("automation-failed ") + why);
    QApplication::exit(3);
}

void AutomationScript::when(std::function<bool()> ready, std::function<void()> then, const QString &what, int timeoutMs)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [this, ready, then, timer, timeoutMs, poll, what] {
        // Clearing *poll destroys this closure and its captures: copy what is needed first.
        if (ready()) {
            const std::function<void()> done = then;
            *poll = nullptr;
            done();
            return;
        }
        if (timer->elapsed() > timeoutMs) {
            AutomationScript *self = this;
            const QString why = QStringLiteral("timed out waiting for ") + what;
            *poll = nullptr;
            self->fail(why);
            return;
        }
        QTimer::singleShot(50, this, *poll);
    };
    (*poll)();
}

void AutomationScript::start()
{
    ui::SessionManager *sessions = m_window->sessions();
    when([sessions] { return sessions->session() && sessions->referenceData().has_value(); },
         [this] {
             if (QDialog *dialog = m_window->draftsDialog()) {
                 const auto *list = dialog->findChild<QListWidget *>();
                 print(QStringLiteral("draft-offered %1").arg(list ? list->count() : 0));
             }
             print(QStringLiteral("ready"));
             next();
         },
         QStringLiteral("the session"));
}

void AutomationScript::next()
{
    if (m_index >= m_commands.size())
        return; // stay up: the test decides what happens next (a kill, usually)
    const QString line = m_commands.at(m_index++);
    const qsizetype space = line.indexOf(u' ');
    run(space < 0 ? line : line.left(space), space < 0 ? QString() : line.mid(space + 1).trimmed());
}

void AutomationScript::run(const QString &command, const QString &argument)
{
    if (command == u"open") {
        open(argument);
    } else if (command == u"new-individual") {
        if (!m_window->newIndividual())
            return fail(QStringLiteral("no session for a new individual"));
        print(QStringLiteral("new-individual"));
        next();
    } else if (command == u"set") {
        set(argument);
    } else if (command == u"wait-file") {
        when([argument] { return QFile::exists(argument); }, [this] { next(); }, argument, 600000);
    } else if (command == u"restore-drafts") {
        restoreDrafts();
    } else if (command == u"save") {
        save();
    } else if (command == u"quit") {
        quit();
    } else {
        fail(QStringLiteral("unknown command ") + command);
    }
}

void AutomationScript::open(const QString &contactNumber)
{
    QPointer<ui::ContactTab> tab = m_window->openContact(contactNumber, false);
    if (!tab)
        return fail(QStringLiteral("cannot open ") + contactNumber);
    auto loaded = std::make_shared<bool>(false);
    connect(tab, &ui::ContactTab::loaded, this, [loaded] { *loaded = true; }, Qt::SingleShotConnection);
    when([tab, loaded] { return !tab || *loaded || !tab->isBusy(); },
         [this, tab, loaded] {
             if (!tab || !*loaded) {
                 const auto *bar = tab ? tab->findChild<ui::MessageBar *>() : nullptr;
                 return fail(QStringLiteral("the contact did not load: ") + (bar ? bar->text() : QString()));
             }
             print(QStringLiteral("opened ") + tab->contactNumber());
             next();
         },
         QStringLiteral("the contact"));
}

void AutomationScript::set(const QString &argument)
{
    const qsizetype space = argument.indexOf(u' ');
    const QString field = space < 0 ? argument : argument.left(space);
    const QString value = space < 0 ? QString() : argument.mid(space + 1);
    ui::ContactTab *tab = m_window->currentContactTab();
    QWidget *widget = nullptr;
    if (auto *individual = qobject_cast<ui::IndividualTab *>(tab))
        widget = individual->editor()->fieldWidget(field);
    else if (auto *structure = qobject_cast<ui::StructureTab *>(tab))
        widget = structure->editor()->fieldWidget(field);
    if (!widget)
        return fail(QStringLiteral("no field ") + field);
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        edit->setFocus();
        edit->setText(value);
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        const int index = combo->findData(value);
        if (index < 0)
            return fail(QStringLiteral("no choice ") + value);
        combo->setCurrentIndex(index);
    } else {
        return fail(QStringLiteral("cannot type into ") + field);
    }
    ui::DraftStore *drafts = m_window->drafts();
    const QString profileId = m_window->session() ? m_window->session()->profile().id : QString();
    if (!drafts || !tab->isDirty())
        return fail(QStringLiteral("the edit left no unsaved change"));
    print(QStringLiteral("draft-written %1").arg(drafts->list(profileId).size()));
    next();
}

void AutomationScript::restoreDrafts()
{
    QDialog *dialog = m_window->draftsDialog();
    auto *restore = dialog ? dialog->findChild<QPushButton *>(QStringLiteral("restoreButton")) : nullptr;
    if (!restore)
        return fail(QStringLiteral("no drafts offered"));
    restore->click();
    when(
        [this] {
            const QList<ui::ContactTab *> tabs = m_window->contactTabs();
            return !tabs.isEmpty()
                && std::all_of(tabs.begin(), tabs.end(), [](ui::ContactTab *t) { return !t->isBusy(); });
        },
        [this] {
            for (ui::ContactTab *tab : m_window->contactTabs())
                print(QStringLiteral("restored %1 %2").arg(tab->isDirty() ? QStringLiteral("dirty") : QStringLiteral("clean"), tab->title()));
            next();
        },
        QStringLiteral("the restored contacts"));
}

void AutomationScript::save()
{
    QPointer<ui::ContactTab> tab = m_window->currentContactTab();
    if (!tab)
        return fail(QStringLiteral("no contact to save"));
    if (!tab->isDirty()) {
        print(QStringLiteral("nothing-to-save"));
        return next();
    }
    auto savedNumber = std::make_shared<QString>();
    connect(tab, &ui::ContactTab::saved, this, [savedNumber](const QString &number) { *savedNumber = number; },
            Qt::SingleShotConnection);
    tab->save();
    if (!tab->isBusy())
        return fail(QStringLiteral("the save was not sent (validation?)"));
    print(QStringLiteral("save-sent"));
    when([tab, savedNumber] { return !tab || (!tab->isBusy() && (!savedNumber->isEmpty() || tab->isDirty())); },
         [this, tab, savedNumber] {
             if (!tab)
                 return fail(QStringLiteral("the tab went away"));
             if (savedNumber->isEmpty()) {
                 const auto *bar = tab->findChild<ui::MessageBar *>();
                 print(QStringLiteral("save-failed ") + (bar ? bar->text() : QString()));
             } else {
                 print(QStringLiteral("saved ") + *savedNumber);
             }
             next();
         },
         QStringLiteral("the save"));
}

void AutomationScript::quit()
{
    for (ui::ContactTab *tab : m_window->contactTabs()) {
        if (tab->isDirty())
            return fail(QStringLiteral("unsaved changes left in ") + tab->title());
    }
    m_window->close();
    QApplication::exit(0);
}

} // namespace contactdesk::app
