#pragma once

// One command of contactdesk-cli: it declares its options (for parsing and --help), reads and
// checks them, then runs asynchronously in the event loop and ends with finished(exitCode).
// A failure prints ONE line on stderr; data goes to stdout (or the file asked for).

#include "CliError.h"
#include "CommandContext.h"

#include <QCommandLineParser>
#include <QObject>

#include <optional>

namespace contactdesk::cli {

class CommandRunner : public QObject {
    Q_OBJECT
public:
    explicit CommandRunner(CommandContext &context, QObject *parent = nullptr);

    // Options and positional arguments of the command (the global ones are added by the caller).
    virtual void declare(QCommandLineParser &parser) const = 0;
    // Reads the parsed values; a usage error when one is wrong.
    virtual std::optional<CliError> configure(const QCommandLineParser &parser) = 0;
    // Starts the work; called from the event loop.
    virtual void start() = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    CommandContext &context() { return m_context; }
    const GlobalOptions &options() const { return m_context.options(); }
    bool json() const { return m_context.options().json; }

    void succeed();
    void fail(const CliError &error);
    // Prints the line and ends with exitCode (for partial results).
    void finishWith(int exitCode, const QString &line);

private:
    CommandContext &m_context;
    bool m_finished = false;
};

} // namespace contactdesk::cli
