#pragma once

// How a command failed: an exit code and ONE line for stderr (never a secret).

#include "api/ApiError.h"
#include "ExitCode.h"

#include <QString>

namespace contactdesk::cli {

struct CliError {
    int exitCode = Failure;
    QString message;

    static CliError usage(QString message) { return {Usage, std::move(message)}; }
    static CliError failure(QString message) { return {Failure, std::move(message)}; }
    // An API error, prefixed with what was being done ("get 00123").
    static CliError fromApi(const ApiError &error, const QString &doing = {});
    // The message on one line (line breaks and tabs become spaces).
    QString oneLine() const;
};

// The words of an API error a user needs: the server's message when there is one.
QString describeApiError(const ApiError &error);

} // namespace contactdesk::cli
