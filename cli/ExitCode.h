#pragma once

// The exit codes of contactdesk-cli.

namespace contactdesk::cli {

enum ExitCode : int {
    Success = 0, // the command did what it was asked
    Failure = 1, // the server, the network, the keychain or a file said no
    Usage = 2,   // the command line is wrong (unknown command, option, profile, bad value)
    Partial = 3, // a bulk command finished, but some of its items failed (see its report)
};

} // namespace contactdesk::cli
