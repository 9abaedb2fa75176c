// No UI hang under faults: the real main window, driven through its widgets against a sandbox
// (on its own thread) that injects faults into about 20% of the calls, for a few hundred
// operations: search-as-you-type bursts, opening contacts, editing and saving them. A watchdog
// on the UI thread (a 10 ms timer measuring the gap between its ticks) fails the test when the
// event loop stalls for more than 200 ms. A self-check proves the watchdog sees a 300 ms stall.

#include "EventLoopWatchdog.h"
#include "ThreadedSandbox.h"

#include "api/ApiSession.h"
#include "common/MessageBar.h"
#include "contact/ConflictDialog.h"
#include "contact/IndividualTab.h"
#include "credentials/SecretStore.h"
#include "drafts/DraftStore.h"
#include "mainwindow/AppWiring.h"
#include "mainwindow/MainWindow.h"
#include "profiles/ProfileStore.h"
#include "search/ContactSearchModel.h"
#include "search/SearchPanel.h"
#include "session/SessionManager.h"
#include "transport/RateLimiter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

using namespace contactdesk;
using namespace contactdesk::ui;
using contactdesk::uitest::EventLoopWatchdog;
using contactdesk::uitest::ThreadedSandbox;

namespace {

constexpr int kIterations = 22;
const QString kFaults = QStringLiteral(
    "latency=60ms,latencyrate=0.04,error500=0.04,rate509=0.04,truncate=0.03,malformed=0.03,drop=0.04,seed=7");
const QString kLastNamePrefix = QStringLiteral("Wachhund");
const QString kSuffixes = QStringLiteral("ABCDEFGHIJ");

} // namespace

class TestUiWatchdog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ThreadedSandbox> m_sandbox;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<MainWindow> m_window;
    int m_operations = 0;

    IndividualTab *currentTab() const { return qobject_cast<IndividualTab *>(m_window->tabs()->currentWidget()); }

    void key(QWidget *w, Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QTest::keyClick(w, k, m);
        ++m_operations;
    }
    void type(QWidget *w, const QString &text)
    {
        for (const QChar c : text) {
            QTest::keyClicks(w, QString(c));
            ++m_operations;
        }
    }

    // Waits with the event loop running (QTest::qWait processes events in short slices).
    template <class Pred> static bool waitFor(Pred pred, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (!pred()) {
            if (t.elapsed() > timeoutMs)
                return false;
            QTest::qWait(5);
        }
        return true;
    }

    // A conflict (a save applied whose answer was lost, then sent again) opens the dialog:
    // the test keeps the server's version.
    void dismissConflict(IndividualTab *tab)
    {
        if (ConflictDialog *dialog = tab->conflictDialog())
            dialog->reject();
    }

    // Leaves the tab clean (undoing what did not get saved) and closes it.
    void closeTab(IndividualTab *tab)
    {
        dismissConflict(tab);
        waitFor([&] { return !tab->isBusy(); }, 15000);
        while (tab->isDirty() && tab->undoStack()->canUndo())
            tab->undoStack()->undo();
        if (!tab->isDirty())
            m_window->closeTab(m_window->tabs()->indexOf(tab));
        ++m_operations;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path() + QStringLiteral("/config"));
        QSettings().clear();
        m_profiles = std::make_unique<ProfileStore>(m_dir.path() + QStringLiteral("/profiles.ini"));
        m_secrets = std::make_unique<SecretStore>();
        m_profiles->setSecretStore(m_secrets.get());
        m_profiles->load(); // the demo profile, current
        m_sandbox = std::make_unique<ThreadedSandbox>(60);
        QVERIFY2(m_sandbox->isRunning(), qPrintable(m_sandbox->error()));
        m_sessions = std::make_unique<SessionManager>(m_profiles.get(), m_secrets.get(), m_sandbox.get());
        m_drafts = std::make_unique<DraftStore>(m_dir.path() + QStringLiteral("/drafts"));
        m_sessions->openCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(m_sessions->session() != nullptr, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_sessions->referenceData().has_value(), 15000);
        // The client-side limit (180 calls a minute) would only make the run slower.
        m_sessions->session()->transport()->rateLimiter()->setLimit(100'000'000, 60'000);

        // The contacts the bursts find, created while the server is healthy.
        for (const QChar suffix : kSuffixes) {
            dto::IndividualContactData d;
            d.individualContact = dto::IndividualData{};
            d.individualContact->individualFirstName = QStringLiteral("Rex");
            d.individualContact->individualLastName = kLastNamePrefix + suffix;
            auto future = m_sessions->session()->s360()->saveIndividualContactData(d);
            QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 15000);
            QVERIFY2(future.result().ok(), qPrintable(future.result().error().toString()));
        }

        m_window = std::make_unique<MainWindow>(m_sessions.get(), m_drafts.get());
        wireMainWindow(m_window.get(), m_sandbox.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()) || QGuiApplication::platformName() == u"offscreen");
        QTest::qWait(200); // first layout and paint
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_sessions.reset();
        m_sandbox.reset();
    }

    // The watchdog sees a 300 ms stall of the event loop, and nothing when the loop runs.
    void watchdogDetectsAStall()
    {
        EventLoopWatchdog watchdog(200, 10);
        watchdog.start();
        QTest::qWait(150);
        watchdog.stop();
        QVERIFY2(watchdog.stalls().isEmpty(), qPrintable(watchdog.stalls().join(u'\n')));
        QVERIFY(watchdog.ticks() >= 5);

        watchdog.start();
        QTest::qWait(50);
        watchdog.setActivity(QStringLiteral("a deliberate 300 ms sleep"));
        QThread::msleep(300);
        QTest::qWait(50);
        watchdog.stop();
        QCOMPARE(watchdog.stalls().size(), 1);
        QVERIFY(watchdog.stalls().first().contains(QStringLiteral("deliberate")));
        QVERIFY2(watchdog.maxGapMs() >= 300, qPrintable(QString::number(watchdog.maxGapMs())));

        // A 300 ms stall right before stop() counts too.
        watchdog.start();
        QThread::msleep(300);
        watchdog.stop();
        QCOMPARE(watchdog.stalls().size(), 1);
    }

    void noStallUnderFaults()
    {
        const Result<sandbox::server::FaultSpec> spec = sandbox::server::FaultSpec::parse(kFaults);
        QVERIFY(spec.ok());
        const quint64 injectedBefore = m_sandbox->injectedFaults();
        const quint64 callsBefore = m_sandbox->serviceCalls();
        m_sandbox->setFaults(spec.value());

        EventLoopWatchdog watchdog(200, 10);
        watchdog.start();
        SearchPanel *search = m_window->searchPanel();
        int opened = 0;
        int saved = 0;
        int searchesFound = 0;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < kIterations; ++i) {
            const QString lastName = kLastNamePrefix + kSuffixes.at(i % kSuffixes.size());
            // A burst of typing: the prefix, a wrong turn, back, the full name.
            watchdog.setActivity(QStringLiteral("typing %1").arg(lastName));
            search->focusSearch();
            search->searchField()->selectAll();
            key(search->searchField(), Qt::Key_Backspace);
            type(search->searchField(), kLastNamePrefix.left(4));
            type(search->searchField(), QStringLiteral("zz"));
            key(search->searchField(), Qt::Key_Backspace);
            key(search->searchField(), Qt::Key_Backspace);
            type(search->searchField(), lastName.mid(4));
            watchdog.setActivity(QStringLiteral("waiting for the results of %1").arg(lastName));
            bool found = waitFor([&] { return search->model()->rowCount() == 1; }, 4000);
            if (!found) { // the search call failed: type once more
                key(search->searchField(), Qt::Key_Backspace);
                type(search->searchField(), lastName.right(1));
                found = waitFor([&] { return search->model()->rowCount() == 1; }, 6000);
            }
            if (!found)
                continue;
            ++searchesFound;

            watchdog.setActivity(QStringLiteral("opening %1").arg(lastName));
            key(search->searchField(), Qt::Key_Down);
            key(search->resultsView(), Qt::Key_Return);
            if (!waitFor([&] { return currentTab() && !currentTab()->isBusy(); }, 15000))
                continue;
            IndividualTab *tab = currentTab();
            auto *firstName = qobject_cast<QLineEdit *>(tab->editor()->fieldWidget(QStringLiteral("individualContact.individualFirstName")));
            if (!firstName || firstName->text().isEmpty()) { // the load failed
                closeTab(tab);
                continue;
            }
            ++opened;

            watchdog.setActivity(QStringLiteral("editing and saving %1").arg(lastName));
            firstName->setFocus();
            firstName->selectAll();
            key(firstName, Qt::Key_Backspace);
            type(firstName, QStringLiteral("Rex%1").arg(i));
            for (int attempt = 0; attempt < 3 && tab->isDirty(); ++attempt) {
                key(m_window.get(), Qt::Key_S, Qt::ControlModifier);
                waitFor([&] { return !tab->isBusy() || tab->conflictDialog(); }, 15000);
                dismissConflict(tab);
                waitFor([&] { return !tab->isBusy(); }, 15000);
            }
            if (!tab->isDirty())
                ++saved;
            watchdog.setActivity(QStringLiteral("closing %1").arg(lastName));
            closeTab(tab);
        }
        watchdog.stop();
        m_sandbox->setFaults(sandbox::server::FaultSpec{});
        const quint64 injected = m_sandbox->injectedFaults() - injectedBefore;
        const quint64 calls = m_sandbox->serviceCalls() - callsBefore;
        qInfo("%d operations in %lld ms: %d searches found, %d contacts opened, %d saved; %llu calls, %llu faults "
              "injected; longest gap of the event loop %lld ms",
              m_operations, clock.elapsed(), searchesFound, opened, saved, calls, injected, watchdog.maxGapMs());

        QVERIFY2(watchdog.stalls().isEmpty(), qPrintable(watchdog.stalls().join(u'\n')));
        QVERIFY2(m_operations >= 300, qPrintable(QString::number(m_operations)));
        QVERIFY(injected > 0);
        QVERIFY(calls >= quint64(kIterations) * 2);
        QVERIFY2(opened >= kIterations / 2, qPrintable(QString::number(opened)));
        QVERIFY2(saved >= kIterations / 3, qPrintable(QString::number(saved)));
        QVERIFY(watchdog.ticks() > clock.elapsed() / 40); // the watchdog really ran all along
    }
};

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContactDeskUiTest"));
    QCoreApplication::setApplicationName(QStringLiteral("ContactDeskUiWatchdog"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QApplication app(argc, argv);
    TestUiWatchdog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_watchdog.moc"
