#include "CommandRegistry.h"

#include "commands/ExportCommand.h"
#include "commands/GetCommand.h"
#include "commands/ProfileAddCommand.h"
#include "commands/ProfileListCommand.h"
#include "commands/ProfileRemoveCommand.h"
#include "commands/ReferenceDataCommand.h"
#include "commands/SandboxCommand.h"
#include "commands/SearchCommand.h"
#include "commands/TokenSendCommand.h"
#include "commands/TokenVerifyCommand.h"

namespace contactdesk::cli {

namespace {

template <class Runner> std::function<CommandRunner *(CommandContext &)> factory()
{
    return [](CommandContext &context) -> CommandRunner * { return new Runner(context); };
}

} // namespace

const QList<CommandInfo> &allCommands()
{
    static const QList<CommandInfo> commands{
        {QStringLiteral("search"), QStringLiteral("Search contacts with the app's filters; every page, streamed."),
         factory<SearchCommand>()},
        {QStringLiteral("get"), QStringLiteral("Show one contact, with the detail levels asked for."),
         factory<GetCommand>()},
        {QStringLiteral("export"), QStringLiteral("Export contacts as CSV (RFC 4180) or vCard 4.0."),
         factory<ExportCommand>()},
        {QStringLiteral("token send"),
         QStringLiteral("Send a registration token to one contact, or to every contact id of a file."),
         factory<TokenSendCommand>()},
        {QStringLiteral("token verify"), QStringLiteral("Check (and optionally consume) a registration token."),
         factory<TokenVerifyCommand>()},
        {QStringLiteral("reference-data"),
         QStringLiteral("Print the institution's cached static data and its age."), factory<ReferenceDataCommand>()},
        {QStringLiteral("profile list"), QStringLiteral("List the connection profiles shared with the app."),
         factory<ProfileListCommand>()},
        {QStringLiteral("profile add"),
         QStringLiteral("Add a connection profile; its secrets go to the keychain (from stdin or a prompt)."),
         factory<ProfileAddCommand>()},
        {QStringLiteral("profile remove"), QStringLiteral("Remove a connection profile and its keychain secrets."),
         factory<ProfileRemoveCommand>()},
        {QStringLiteral("sandbox"),
         QStringLiteral("Run the local S-360/Symphony sandbox in the foreground (like contactdesk-sandbox)."),
         factory<SandboxCommand>()},
    };
    return commands;
}

std::optional<CommandInfo> findCommand(const QString &name)
{
    for (const CommandInfo &info : allCommands()) {
        if (info.name == name)
            return info;
    }
    return std::nullopt;
}

QStringList commandGroups() { return {QStringLiteral("profile"), QStringLiteral("token")}; }

QList<CommandInfo> commandsOf(const QString &group)
{
    QList<CommandInfo> result;
    for (const CommandInfo &info : allCommands()) {
        if (info.name.startsWith(group + u' '))
            result.append(info);
    }
    return result;
}

} // namespace contactdesk::cli
