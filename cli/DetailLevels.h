#pragma once

// The --details option: a comma-separated list of getContactData detail levels
// (CONTRACT.md 1.5), or "all".

#include "CliError.h"

#include <QStringList>

#include <variant>

namespace contactdesk::cli {

class DetailLevels {
public:
    // Every level the contract names, in its order.
    static QStringList known();
    // "GENERAL,addresses" -> {GENERAL, ADDRESSES}; "all" -> known(); duplicates dropped;
    // GENERAL always first (the server fills only what is asked).
    static std::variant<QStringList, CliError> parse(const QString &text);
};

} // namespace contactdesk::cli
