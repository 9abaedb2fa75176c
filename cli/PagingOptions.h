#pragma once

// --page-size and --limit, shared by `search` and `export`.

#include "CliError.h"

#include <QCommandLineParser>

#include <optional>

namespace contactdesk::cli {

struct PagingOptions {
    int pageSize = 100; // maxResults of each call (1..500)
    qint64 limit = 0;   // at most this many contacts; 0: all

    static void declare(QCommandLineParser &parser);
    static std::optional<CliError> read(const QCommandLineParser &parser, PagingOptions &out);
};

} // namespace contactdesk::cli
