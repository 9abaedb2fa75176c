#pragma once

// The process's standard streams: stdout for data (written as it comes, UTF-8), stderr for the
// one-line error and the terminal-only progress line, stdin for secrets.

#include <QByteArray>
#include <QString>

#include <optional>

namespace contactdesk::cli {

class Console {
public:
    static void out(const QByteArray &bytes);
    static void outLine(const QString &line);
    static void errLine(const QString &line);

    static bool stdinIsTerminal();
    static bool stderrIsTerminal();

    // A progress line on stderr that rewrites itself; only when stderr is a terminal.
    static void progress(const QString &line);
    // Ends the progress line (a line break), if one was shown.
    static void endProgress();

    // One line of stdin without its line break; nullopt at end of input.
    static std::optional<QString> readLine();
    // Asks on stderr and reads one line from the terminal without echoing it.
    static std::optional<QString> readHidden(const QString &prompt);

private:
    static bool s_progressShown;
};

} // namespace contactdesk::cli
