#include "Console.h"

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace contactdesk::cli {

bool Console::s_progressShown = false;

void Console::out(const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void Console::outLine(const QString &line) { out((line + u'\n').toUtf8()); }

void Console::errLine(const QString &line)
{
    endProgress();
    const QByteArray bytes = (line + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

bool Console::stdinIsTerminal() { return ::isatty(STDIN_FILENO) == 1; }

bool Console::stderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

void Console::progress(const QString &line)
{
    if (!stderrIsTerminal())
        return;
    // \r back to the start of the line, \033[K clears what a longer earlier line left.
    const QByteArray bytes = "\r" + line.toUtf8() + "\033[K";
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
    s_progressShown = true;
}

void Console::endProgress()
{
    if (!s_progressShown)
        return;
    s_progressShown = false;
    std::fputs("\n", stderr);
    std::fflush(stderr);
}

std::optional<QString> Console::readLine()
{
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(static_cast<char>(c));
    }
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
}

std::optional<QString> Console::readHidden(const QString &prompt)
{
    const QByteArray p = prompt.toUtf8();
    std::fwrite(p.constData(), 1, static_cast<size_t>(p.size()), stderr);
    std::fflush(stderr);
    termios saved {};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios hidden = saved;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        hidden.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    std::optional<QString> line = readLine();
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    return line;
}

} // namespace contactdesk::cli
