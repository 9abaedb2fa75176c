#pragma once

// --automation-script FILE (test builds only, CONTACTDESK_TESTING): drives the real main window
// the way a user would, one command a line, and reports on stdout, one line an event, so that a
// test can run the real executable, kill it at a chosen moment and start it again
// (tests/ui/crashsafety). Blank lines and lines starting with '#' are skipped.
//
// At start it waits for the session and the reference data, then prints
//   draft-offered <n>        when the drafts dialog offers n drafts left by an earlier run
//   ready
// Commands:
//   open <contactNumber>     open an individual; prints "opened <number>" once loaded
//   new-individual           Ctrl+N; prints "new-individual"
//   set <field> <value…>     type into the field named by its path (as validation names them,
//                            e.g. individualContact.individualLastName) in the current tab;
//                            the tab writes its draft; prints "draft-written <drafts on disk>"
//   wait-file <path>         wait until the file exists (the test's signal to go on)
//   restore-drafts           press Restore in the drafts dialog; once every restored tab is
//                            idle prints "restored <dirty|clean> <title>" for each tab
//   save                     Ctrl+S when the current tab has unsaved changes: prints
//                            "save-sent" once the request is out, then "saved <number>" or
//                            "save-failed <message>"; with nothing to save "nothing-to-save"
//   quit                     close the window (no unsaved changes left) and exit 0
// A command that cannot be done prints "automation-failed <why>" and exits with code 3.

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace contactdesk::ui {
class ContactTab;
class MainWindow;
} // namespace contactdesk::ui

namespace contactdesk::app {

class AutomationScript : public QObject {
    Q_OBJECT
public:
    AutomationScript(ui::MainWindow *window, QStringList commands, QObject *parent = nullptr);

    // The commands of a script file; empty with a message in error when it cannot be read.
    static QStringList readFile(const QString &path, QString *error);

    void start();

private:
    void next();
    void run(const QString &command, const QString &argument);
    // Calls then() once ready() holds (polled every 50 ms), or fails after timeoutMs.
    void when(std::function<bool()> ready, std::function<void()> then, const QString &what, int timeoutMs = 60000);
    void fail(const QString &why);
    static void print(const QString &line);

    void open(const QString &contactNumber);
    void set(const QString &argument);
    void restoreDrafts();
    void save();
    void quit();

    ui::MainWindow *m_window;
    QStringList m_commands;
    int m_index = 0;
};

} // namespace contactdesk::app
