#pragma once

// The options every command takes: which profile, JSON output, a base URL that replaces the
// profile's, secrets from stdin, Qt's own messages on stderr.

#include "CliError.h"

#include <QCommandLineParser>
#include <QString>
#include <QUrl>

#include <optional>

namespace contactdesk::cli {

struct GlobalOptions {
    QString profile;               // a profile name or id; empty: the app's current profile
    bool json = false;
    QUrl baseUrl;                  // replaces the profile's S-360 and Symphony base URLs
    bool secretsFromStdin = false; // KIND=VALUE lines on stdin instead of the keychain
    bool verbose = false;

    // Adds the options to a parser (the top-level one and every command's).
    static void declare(QCommandLineParser &parser);
    // The values set in parser, over those of fallback (options before the command name).
    static std::optional<CliError> read(const QCommandLineParser &parser, GlobalOptions &options);
};

} // namespace contactdesk::cli
