#pragma once

// A contact number typed on the command line: digits only, at most 20, leading zeros kept.

#include "CliError.h"

#include <optional>

namespace contactdesk::cli {

std::optional<CliError> checkContactNumber(const QString &text);

} // namespace contactdesk::cli
