#include "CliApplication.h"

#include "CliError.h"
#include "CommandContext.h"
#include "CommandRegistry.h"
#include "CommandRunner.h"
#include "Console.h"
#include "GlobalOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

namespace contactdesk::cli {

namespace {

const QString programName = QStringLiteral("contactdesk-cli");

int usageError(const QString &message)
{
    Console::errLine(programName + QStringLiteral(": ") + CliError::usage(message).oneLine());
    return Usage;
}

// The parser of one command: its own options, the global ones, --help.
void declareCommand(QCommandLineParser &parser, const CommandInfo &info, CommandRunner &runner)
{
    parser.setApplicationDescription(info.summary);
    runner.declare(parser);
    GlobalOptions::declare(parser);
    parser.addHelpOption();
}

// parser.helpText() with "Usage: contactdesk-cli COMMAND [options] ARGS" as its first line.
QString commandHelp(const QCommandLineParser &parser, const QString &name)
{
    QString text = parser.helpText();
    const qsizetype lineEnd = text.indexOf(u'\n');
    const QString firstLine = text.left(lineEnd);
    const QLatin1StringView marker("[options]");
    const qsizetype at = firstLine.indexOf(marker);
    const QString arguments = at >= 0 ? firstLine.mid(at + marker.size()) : QString();
    return QStringLiteral("Usage: %1 %2 [options]%3").arg(programName, name, arguments) + text.mid(lineEnd);
}

} // namespace

CliApplication::CliApplication(QObject *parent) : QObject(parent) {}

CliApplication::~CliApplication() = default;

QString CliApplication::generalHelp()
{
    QString text = QStringLiteral("Usage: %1 [global options] COMMAND [options] [arguments]\n\n"
                                  "ContactDesk from the command line: S-360 contacts and Symphony registration "
                                  "tokens,\nwith the app's connection profiles and keychain secrets.\n\nCommands:\n")
                       .arg(programName);
    for (const CommandInfo &info : allCommands())
        text += QStringLiteral("  %1%2\n").arg(info.name.leftJustified(16), info.summary);
    text += QStringLiteral("\nGlobal options (also accepted after the command):\n");
    QCommandLineParser parser;
    GlobalOptions::declare(parser);
    parser.addHelpOption();
    parser.addVersionOption();
    const QString options = parser.helpText();
    const qsizetype start = options.indexOf(QLatin1StringView("Options:\n"));
    text += start >= 0 ? options.mid(start + 9) : options;
    text += QStringLiteral("\n`%1 help COMMAND` or `%1 COMMAND --help` shows a command's options.\n"
                           "Exit status: 0 success, 1 failure, 2 wrong command line, 3 some items of a bulk "
                           "command failed.\n")
                .arg(programName);
    return text;
}

std::optional<QString> CliApplication::helpFor(const QString &topic)
{
    if (commandGroups().contains(topic)) {
        QString text = QStringLiteral("Usage: %1 %2 SUBCOMMAND [options]\n\nSubcommands:\n").arg(programName, topic);
        for (const CommandInfo &info : commandsOf(topic))
            text += QStringLiteral("  %1%2\n").arg(info.name.leftJustified(16), info.summary);
        text += QStringLiteral("\n`%1 help %2 SUBCOMMAND` shows a subcommand's options.\n").arg(programName, topic);
        return text;
    }
    const std::optional<CommandInfo> info = findCommand(topic);
    if (!info)
        return std::nullopt;
    GlobalOptions none;
    CommandContext context(none);
    std::unique_ptr<CommandRunner> runner(info->create(context));
    QCommandLineParser parser;
    declareCommand(parser, *info, *runner);
    return commandHelp(parser, info->name);
}

std::optional<int> CliApplication::start(const QStringList &arguments)
{
    QCommandLineParser top;
    top.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    GlobalOptions::declare(top);
    const QCommandLineOption help = top.addHelpOption();
    const QCommandLineOption version = top.addVersionOption();
    top.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command to run."));
    if (!top.parse(arguments))
        return usageError(top.errorText());
    if (top.isSet(version)) {
        Console::outLine(QStringLiteral("%1 %2").arg(programName, QCoreApplication::applicationVersion()));
        return Success;
    }
    QStringList words = top.positionalArguments();
    if (top.isSet(help)) {
        Console::out(generalHelp().toUtf8());
        return Success;
    }
    if (words.isEmpty())
        return usageError(QStringLiteral("no command given (%1 --help lists them)").arg(programName));

    if (words.first() == u"help") {
        const QString topic = words.mid(1).join(u' ');
        if (topic.isEmpty()) {
            Console::out(generalHelp().toUtf8());
            return Success;
        }
        const std::optional<QString> text = helpFor(topic);
        if (!text)
            return usageError(QStringLiteral("unknown command \"%1\" (%2 --help lists them)").arg(topic, programName));
        Console::out(text->toUtf8());
        return Success;
    }

    QString name = words.takeFirst();
    if (commandGroups().contains(name)) {
        if (words.isEmpty() || words.first().startsWith(u'-')) {
            if (!words.isEmpty() && (words.first() == u"--help" || words.first() == u"-h")) {
                Console::out(helpFor(name)->toUtf8());
                return Success;
            }
            QStringList subs;
            for (const CommandInfo &info : commandsOf(name))
                subs.append(info.name.section(u' ', 1));
            return usageError(QStringLiteral("%1: expected a subcommand: %2").arg(name, subs.join(QStringLiteral(", "))));
        }
        name += u' ' + words.takeFirst();
    }
    const std::optional<CommandInfo> info = findCommand(name);
    if (!info)
        return usageError(QStringLiteral("unknown command \"%1\" (%2 --help lists them)").arg(name, programName));

    GlobalOptions options;
    if (std::optional<CliError> error = GlobalOptions::read(top, options))
        return usageError(error->message);

    // The command's own parser; the global options are accepted after the command too.
    QCommandLineParser parser;
    {
        CommandContext probe(options);
        std::unique_ptr<CommandRunner> declaring(info->create(probe));
        declareCommand(parser, *info, *declaring);
    }
    if (!parser.parse(QStringList{arguments.value(0, programName)} + words))
        return usageError(QStringLiteral("%1: %2").arg(name, parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out(commandHelp(parser, name).toUtf8());
        return Success;
    }
    if (std::optional<CliError> error = GlobalOptions::read(parser, options))
        return usageError(error->message);

    m_context = new CommandContext(options, this);
    CommandRunner *runner = info->create(*m_context);
    runner->setParent(m_context);
    if (std::optional<CliError> error = runner->configure(parser)) {
        Console::errLine(programName + QStringLiteral(": ") + name + QStringLiteral(": ") + error->oneLine());
        return error->exitCode;
    }
    connect(runner, &CommandRunner::finished, this, &CliApplication::finished, Qt::QueuedConnection);
    QTimer::singleShot(0, runner, [runner] { runner->start(); });
    return std::nullopt;
}

} // namespace contactdesk::cli
