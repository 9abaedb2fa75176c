#pragma once

// The commands of contactdesk-cli, by name ("search", "token send"...), with the one-line
// summary `--help` lists and the factory of their runner.

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace contactdesk::cli {

class CommandContext;
class CommandRunner;

struct CommandInfo {
    QString name;    // one word, or "group sub" (token send, profile add...)
    QString summary; // one line for the list of commands
    std::function<CommandRunner *(CommandContext &)> create;
};

const QList<CommandInfo> &allCommands();
std::optional<CommandInfo> findCommand(const QString &name);
// The groups of two-word commands: "profile", "token".
QStringList commandGroups();
// The commands of a group ("token" -> token send, token verify).
QList<CommandInfo> commandsOf(const QString &group);

} // namespace contactdesk::cli
