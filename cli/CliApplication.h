#pragma once

// contactdesk-cli's front: reads the command line (global options, the command, its options),
// answers help and version itself, and starts the command's runner in the event loop.
//
//   contactdesk-cli [global options] COMMAND [SUBCOMMAND] [options] [arguments]
//   contactdesk-cli help COMMAND        same as COMMAND --help

#include <QObject>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace contactdesk::cli {

struct CommandInfo;
class CommandContext;

class CliApplication : public QObject {
    Q_OBJECT
public:
    explicit CliApplication(QObject *parent = nullptr);
    ~CliApplication() override;

    // The exit code when the work is already done (help, version, a wrong command line);
    // nullopt when a command was started: finished() follows, from the event loop.
    std::optional<int> start(const QStringList &arguments);

    // The general help (the list of commands), and one command's or group's help.
    static QString generalHelp();
    static std::optional<QString> helpFor(const QString &topic);

Q_SIGNALS:
    void finished(int exitCode);

private:
    CommandContext *m_context = nullptr;
};

} // namespace contactdesk::cli
