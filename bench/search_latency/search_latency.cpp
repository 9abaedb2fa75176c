// bench/search_latency: the REAL search panel (ui/search: the search-as-you-type field, the
// ContactSearchModel behind its sort proxy, the QTableView) on the offscreen platform, talking
// SOAP through ApiSession to contactdesk-sandbox running as its own process on loopback with
// 100,000 contacts (issue 4, "Performance").
//
// 1. Latency: varied last-name prefixes (1 to 4 letters of the seed's names) typed key by key
//    with QTest; the time from the LAST keystroke to the end of the first paint of the results
//    viewport that shows rows (an event filter on the viewport, armed by rowsInserted/modelReset).
//    Two ways of ending the typing: waiting (the debounce, SearchPanel::debounceMs, runs out) and pressing Return (the
//    panel searches at once). Beside it: the sandbox's own time for each call (its --verbose log).
// 2. Memory: a search matching every individual, fetchMore until all 100,000 rows are in the
//    view, then this process's VmRSS and VmHWM (the sandbox's memory is in its own process).
//
//   search_latency [--searches N] [--contacts N] [--key-interval MS] [--cache-dir DIR] [--sandbox PATH]
//
// The seeded database is shared with bench/sandbox_throughput (bench-<contacts>.sqlite in the
// cache directory) and reused. Prints figures; asserts nothing.

#include "PaintProbe.h"
#include "ProcessMemory.h"
#include "SandboxProcess.h"

#include "api/ApiSession.h"
#include "search/ContactSearchModel.h"
#include "search/FilterRow.h"
#include "search/SearchPanel.h"
#include "seed/SeedNames.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <numeric>
#include <vector>

using namespace contactdesk;
using namespace contactdesk::bench;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

// Runs the event loop until done() holds or timeoutMs passed (no fixed sleeps: it wakes on events).
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QTimer wake;
    wake.start(std::min(timeoutMs, 1000));
    while (!done()) {
        if (timer.elapsed() >= timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void spinFor(int ms)
{
    bool elapsed = false;
    QTimer::singleShot(ms, [&elapsed] { elapsed = true; });
    spinUntil([&elapsed] { return elapsed; }, ms + 1000);
}

// Prefixes of 1 to 4 letters of the seed's last names, shuffled with a fixed seed.
QStringList prefixes(int count)
{
    QStringList all;
    QSet<QString> seen;
    for (const sandbox::seed::CountryNames &country : sandbox::seed::seedCountries()) {
        for (const char *name : country.lastNames) {
            const QString last = QString::fromUtf8(name);
            for (int length = 1; length <= 4; ++length) {
                const QString prefix = last.left(length);
                if (prefix.size() == length && std::all_of(prefix.begin(), prefix.end(), [](QChar c) { return c.isLetter(); })
                    && !seen.contains(prefix)) {
                    seen.insert(prefix);
                    all << prefix;
                }
            }
        }
    }
    QRandomGenerator random(20251123);
    for (qsizetype i = all.size() - 1; i > 0; --i)
        all.swapItemsAt(i, qsizetype(random.bounded(quint32(i + 1))));
    QStringList chosen;
    while (chosen.size() < count && !all.isEmpty())
        chosen << all.at(chosen.size() % all.size());
    return chosen;
}

// One key press and release carrying `c` (QTest::keyClicks only knows ASCII; the names have accents).
void typeKey(QWidget *widget, QChar c)
{
    const auto key = Qt::Key(c.toUpper().unicode());
    QTest::sendKeyEvent(QTest::Press, widget, key, QString(c), Qt::NoModifier);
    QTest::sendKeyEvent(QTest::Release, widget, key, QString(c), Qt::NoModifier);
}

enum class Ending { Debounce, Return };

struct Sample {
    double keyToPaintMs = 0;
    double callToPaintMs = 0; // from the model's call (after the debounce) to the paint
};

struct Bench {
    QElapsedTimer clock;
    ui::SearchPanel *panel = nullptr;
    PaintProbe *probe = nullptr;
    SandboxProcess *sandbox = nullptr;
    qint64 lastCallNs = -1; // when the model last called the search function
    int keyIntervalMs = 120; // a fast typist: about 100 words a minute

    // Types `prefix` key by key, ends as asked, waits for the first painted rows.
    bool search(const QString &prefix, Ending ending, Sample &sample)
    {
        panel->reset();
        spinFor(5); // the emptied view paints before the typing starts
        panel->searchField()->setFocus();
        lastCallNs = -1;
        probe->expect();
        qint64 lastKeyNs = 0;
        for (qsizetype i = 0; i < prefix.size(); ++i) {
            if (i > 0)
                spinFor(keyIntervalMs);
            if (i + 1 == prefix.size())
                lastKeyNs = clock.nsecsElapsed();
            typeKey(panel->searchField(), prefix.at(i));
        }
        if (ending == Ending::Return) // at once, before the debounce runs out: Return searches now
            QTest::keyClick(panel->searchField(), Qt::Key_Return);
        // Only a paint after the call made for the last key counts (that call re-arms the probe).
        if (!spinUntil([this, &lastKeyNs] {
                return (lastCallNs >= lastKeyNs && probe->painted()) || panel->model()->lastError().isError();
            }, 20000))
            return false;
        if (!probe->painted() || panel->model()->criteria().lastName != prefix)
            return false;
        sample.keyToPaintMs = double(probe->paintedNs() - lastKeyNs) / 1e6;
        sample.callToPaintMs = double(probe->paintedNs() - lastCallNs) / 1e6;
        return true;
    }
};

struct Run {
    std::vector<double> keyToPaint;
    std::vector<double> callToPaint;
    std::vector<double> server;
    int failures = 0;
};

Run measure(Bench &bench, const QStringList &words, Ending ending)
{
    Run run;
    bench.sandbox->takeServerTimes();
    for (const QString &prefix : words) {
        Sample s;
        if (bench.search(prefix, ending, s)) {
            run.keyToPaint.push_back(s.keyToPaintMs);
            run.callToPaint.push_back(s.callToPaintMs);
        } else {
            ++run.failures;
        }
    }
    spinFor(50); // the last --verbose lines
    run.server = bench.sandbox->takeServerTimes();
    return run;
}

void printRun(const char *title, const Run &run, bool debounced)
{
    const double p95 = percentile(run.keyToPaint, 0.95);
    std::printf("%s: %zu searches, %d failed\n", title, run.keyToPaint.size(), run.failures);
    std::printf("  last key -> first rows painted : p50 %7.1f ms  p95 %7.1f ms  (target p95 < 100 ms: %s)\n",
                percentile(run.keyToPaint, 0.50), p95, p95 < 100.0 ? "met" : "NOT MET");
    if (debounced)
        std::printf("    of which the debounce        : %7d ms (SearchPanel::debounceMs)\n", ui::SearchPanel::debounceMs);
    std::printf("  search call -> rows painted    : p50 %7.1f ms  p95 %7.1f ms\n", percentile(run.callToPaint, 0.50),
                percentile(run.callToPaint, 0.95));
    std::printf("  sandbox's own time per call    : p50 %7.1f ms  p95 %7.1f ms  (%zu calls, its log, 1 ms steps)\n",
                percentile(run.server, 0.50), percentile(run.server, 0.95), run.server.size());
    std::printf("  client's share (call->paint minus sandbox, p50): %.1f ms\n",
                percentile(run.callToPaint, 0.50) - percentile(run.server, 0.50));
    std::fflush(stdout);
}

// The offscreen platform warns on every top-level resize; the figures are easier to read without.
QtMessageHandler previousHandler = nullptr;

void quietOffscreen(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"propagateSizeHints"))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Private settings: the panel remembers its header in QSettings.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContactDeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("search_latency"));
    previousHandler = qInstallMessageHandler(quietOffscreen);
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Search-as-you-type latency and memory of ContactDesk's search panel"));
    parser.addHelpOption();
    const QCommandLineOption searchesOption(QStringLiteral("searches"), QStringLiteral("Searches per way of typing."),
                                            QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption contactsOption(QStringLiteral("contacts"), QStringLiteral("Contacts of the database."),
                                            QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption intervalOption(QStringLiteral("key-interval"), QStringLiteral("Milliseconds between keys."),
                                            QStringLiteral("ms"), QStringLiteral("120"));
    const QCommandLineOption cacheOption(QStringLiteral("cache-dir"), QStringLiteral("Where seeded databases are kept."),
                                         QStringLiteral("dir"), QStringLiteral(CONTACTDESK_BENCH_CACHE_DIR));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"), QStringLiteral("The contactdesk-sandbox program."),
                                           QStringLiteral("path"), QStringLiteral(CONTACTDESK_SANDBOX_EXE));
    parser.addOptions({searchesOption, contactsOption, intervalOption, cacheOption, sandboxOption});
    parser.process(app);
    const int searches = std::max(1, parser.value(searchesOption).toInt());
    const int contacts = std::max(1, parser.value(contactsOption).toInt());
    QDir().mkpath(parser.value(cacheOption));
    const QString database = QDir(parser.value(cacheOption)).filePath(QStringLiteral("bench-%1.sqlite").arg(contacts));

    std::printf("search_latency: %d searches per way of typing, %d contacts, build %s, %d cores, platform %s\n",
                searches, contacts,
#ifdef NDEBUG
                "release",
#else
                "debug",
#endif
                QThread::idealThreadCount(), qPrintable(QGuiApplication::platformName()));

    SandboxProcess sandbox;
    QElapsedTimer startTimer;
    startTimer.start();
    if (!sandbox.start(parser.value(sandboxOption), database, contacts, 30 * 60 * 1000)) {
        std::fprintf(stderr, "%s\n", qPrintable(sandbox.errorText()));
        return 1;
    }
    std::printf("sandbox: separate process %lld, %s, up in %.1f s, SOAP on %s\n", sandbox.pid(),
                qPrintable(sandbox.databaseLine()), double(startTimer.elapsed()) / 1000.0,
                qPrintable(sandbox.baseUrl().toString()));
    std::fflush(stdout);

    QTemporaryDir cacheDir;
    ApiSession session(sandbox.profile(), sandbox.secrets(), cacheDir.path());
    ui::SearchPanel panel;
    Bench bench;
    bench.clock.start();
    bench.panel = &panel;
    bench.sandbox = &sandbox;
    bench.keyIntervalMs = std::max(0, parser.value(intervalOption).toInt());
    // What MainWindow gives the panel, plus the time of each call. Each call re-arms the probe:
    // only rows that arrive after the latest call (the one for the last key; the earlier ones are
    // cancelled by it) count, never rows of a search made stale while typing.
    panel.setSearchFunction([&session, &bench](const dto::ContactSearchCriteria &criteria) {
        bench.lastCallNs = bench.clock.nsecsElapsed();
        if (bench.probe)
            bench.probe->expect();
        return session.s360()->searchContactByCriteria(criteria);
    });
    panel.resize(1280, 800);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel)) {
        std::fprintf(stderr, "the panel was not exposed\n");
        return 1;
    }
    PaintProbe probe(panel.resultsView(), &bench.clock);
    bench.probe = &probe;

    const QStringList words = prefixes(searches);
    {
        Run warmUp = measure(bench, words.mid(0, 5), Ending::Return); // connection, first paint
        if (warmUp.failures == 5) {
            std::fprintf(stderr, "searches fail: %s\n", qPrintable(panel.model()->lastError().toString()));
            return 1;
        }
    }
    const ProcessMemory beforeFetch = ProcessMemory::of();
    printRun("typed, then the debounce", measure(bench, words, Ending::Debounce), true);
    printRun("typed, then Return", measure(bench, words, Ending::Return), false);

    // Memory with every individual fetched into the view.
    panel.reset();
    panel.filterRow()->typeBox()->setCurrentIndex(panel.filterRow()->typeBox()->findData(QStringLiteral("INDIVIDUAL")));
    panel.searchNow();
    ui::ContactSearchModel *model = panel.model();
    QAbstractItemModel *viewModel = panel.resultsView()->model();
    sandbox.takeServerTimes();
    QElapsedTimer fetchTimer;
    fetchTimer.start();
    bool stalled = false;
    while (!stalled) {
        stalled = !spinUntil([model] { return !model->isLoading(); }, 60000);
        if (model->lastError().isError() || !viewModel->canFetchMore({}))
            break;
        viewModel->fetchMore({}); // what the view does when scrolled to the bottom
    }
    panel.resultsView()->scrollToBottom();
    spinFor(100);
    const double fetchSeconds = double(fetchTimer.elapsed()) / 1000.0;
    std::vector<double> fetchServer = sandbox.takeServerTimes();
    const ProcessMemory after = ProcessMemory::of();
    const ProcessMemory server = ProcessMemory::of(sandbox.pid());
    if (model->lastError().isError())
        std::printf("fetch failed: %s\n", qPrintable(model->lastError().toString()));
    std::printf("fetch all individuals: %d rows in the view of %d found, %d pages of %d, %.1f s "
                "(sandbox's own time %.1f s)\n",
                viewModel->rowCount(), model->totalCount(), (viewModel->rowCount() + model->pageSize() - 1) / model->pageSize(),
                model->pageSize(), fetchSeconds,
                std::accumulate(fetchServer.begin(), fetchServer.end(), 0.0) / 1000.0);
    std::printf("app process memory: VmRSS %.1f MB, VmHWM %.1f MB (target < 200 MB: %s); "
                "before the fetch VmRSS %.1f MB\n",
                ProcessMemory::mib(after.rssKiB), ProcessMemory::mib(after.hwmKiB),
                after.hwmKiB >= 0 && ProcessMemory::mib(after.hwmKiB) < 200.0 ? "met" : "NOT MET",
                ProcessMemory::mib(beforeFetch.rssKiB));
    std::printf("sandbox process memory (separate, not counted): VmRSS %.1f MB, VmHWM %.1f MB\n",
                ProcessMemory::mib(server.rssKiB), ProcessMemory::mib(server.hwmKiB));
    if (sandbox.answeredErrors() > 0)
        std::printf("sandbox answered %d calls with an HTTP error\n", sandbox.answeredErrors());
    std::fflush(stdout);
    sandbox.stop();
    return 0;
}
