#include "CommandRunner.h"

#include "Console.h"

namespace contactdesk::cli {

CommandRunner::CommandRunner(CommandContext &context, QObject *parent) : QObject(parent), m_context(context) {}

void CommandRunner::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    Console::endProgress();
    Q_EMIT finished(Success);
}

void CommandRunner::fail(const CliError &error) { finishWith(error.exitCode, error.oneLine()); }

void CommandRunner::finishWith(int exitCode, const QString &line)
{
    if (m_finished)
        return;
    m_finished = true;
    Console::errLine(QStringLiteral("contactdesk-cli: ") + CliError{exitCode, line}.oneLine());
    Q_EMIT finished(exitCode);
}

} // namespace contactdesk::cli
