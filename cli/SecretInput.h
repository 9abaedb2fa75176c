#pragma once

// Secrets typed by the user: never from argv. Either KIND=VALUE lines on stdin (scripts), or a
// prompt on the terminal that does not echo. KIND is a keychain secret kind name
// (operator-password, jwt-secret, symphony-secret). No error text ever contains a value.

#include "CliError.h"
#include "credentials/SecretKey.h"

#include <QMap>
#include <QList>
#include <QString>

#include <variant>

namespace contactdesk::cli {

using NamedSecrets = QMap<SecretKind, QString>;

class SecretInput {
public:
    // Every KIND=VALUE line of stdin up to its end (blank lines skipped).
    static std::variant<NamedSecrets, CliError> readLines();
    // Prompts for each kind in turn on the terminal (stdin must be one).
    static std::variant<NamedSecrets, CliError> prompt(const QList<SecretKind> &kinds, const QString &forWhom);
    // A prompt when stdin is a terminal, else the lines of stdin; then checks that every kind of
    // `required` is there and not empty.
    static std::variant<NamedSecrets, CliError> read(const QList<SecretKind> &required, const QString &forWhom);

    static QString label(SecretKind kind);
};

} // namespace contactdesk::cli
