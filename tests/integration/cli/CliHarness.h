#pragma once

// Test harness of contactdesk-cli: runs the built executable with QProcess in a private set of
// HOME/XDG directories (its own profiles, cache and data), feeding stdin and collecting stdout,
// stderr and the exit code. The wait runs an event loop, so that a sandbox served from this
// same thread keeps answering while the CLI talks to it.

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

namespace contactdesk::clitest {

struct CliRun {
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // stdout split in lines (the last empty piece after the final line break dropped).
    QStringList outLines() const
    {
        QStringList lines = outText().split(u'\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }
    int errLineCount() const { return int(err.count('\n')); }
};

class CliHarness {
public:
    explicit CliHarness(QString program) : m_program(std::move(program))
    {
        m_env = QProcessEnvironment::systemEnvironment();
        const QString root = m_home.path();
        for (const char *sub : {"home", "config", "cache", "data"})
            QDir(root).mkpath(QLatin1StringView(sub));
        m_env.insert(QStringLiteral("HOME"), root + QStringLiteral("/home"));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), root + QStringLiteral("/config"));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), root + QStringLiteral("/cache"));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), root + QStringLiteral("/data"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    }

    QString root() const { return m_home.path(); }
    QString program() const { return m_program; }
    const QProcessEnvironment &environment() const { return m_env; }

    CliRun run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 120'000) const
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(m_program, arguments);
        CliRun result;
        if (!process.waitForStarted(10'000)) {
            result.crashed = true;
            return result;
        }
        process.write(input);
        process.closeWriteChannel();
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        if (process.state() != QProcess::NotRunning) {
            result.timedOut = true;
            process.kill();
            process.waitForFinished(5000);
        }
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        result.crashed = result.crashed || process.exitStatus() == QProcess::CrashExit;
        result.exitCode = process.exitCode();
        return result;
    }

private:
    QString m_program;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

// Waits (running the event loop) until the process printed a line containing text.
inline bool waitForOutput(QProcess &process, QByteArray &seen, const QByteArray &text, int timeoutMs = 60'000)
{
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    while (true) {
        seen += process.readAllStandardOutput();
        if (seen.contains(text))
            return true;
        if (!timer.isActive() || process.state() == QProcess::NotRunning)
            return false;
        loop.exec();
    }
}

} // namespace contactdesk::clitest
