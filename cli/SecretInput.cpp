#include "SecretInput.h"

#include "Console.h"

namespace contactdesk::cli {

namespace {

std::optional<SecretKind> kindNamed(const QString &name)
{
    for (SecretKind kind : allSecretKinds()) {
        if (secretKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString kindNames()
{
    QStringList names;
    for (SecretKind kind : allSecretKinds())
        names.append(secretKindName(kind));
    return names.join(QStringLiteral(", "));
}

} // namespace

QString SecretInput::label(SecretKind kind)
{
    switch (kind) {
    case SecretKind::OperatorPassword: return QStringLiteral("Operator password");
    case SecretKind::JwtSecret: return QStringLiteral("Operator API secret (REST JWT key)");
    case SecretKind::SymphonySecret: return QStringLiteral("Symphony API secret");
    }
    return secretKindName(kind);
}

std::variant<NamedSecrets, CliError> SecretInput::readLines()
{
    NamedSecrets secrets;
    int lineNumber = 0;
    while (const std::optional<QString> line = Console::readLine()) {
        ++lineNumber;
        if (line->trimmed().isEmpty())
            continue;
        const qsizetype equals = line->indexOf(u'=');
        const std::optional<SecretKind> kind = equals > 0 ? kindNamed(line->left(equals).trimmed()) : std::nullopt;
        if (!kind)
            return CliError::usage(QStringLiteral("stdin line %1: expected KIND=VALUE with KIND one of %2")
                                       .arg(lineNumber)
                                       .arg(kindNames()));
        secrets.insert(*kind, line->mid(equals + 1));
    }
    return secrets;
}

std::variant<NamedSecrets, CliError> SecretInput::prompt(const QList<SecretKind> &kinds, const QString &forWhom)
{
    NamedSecrets secrets;
    for (SecretKind kind : kinds) {
        const std::optional<QString> value = Console::readHidden(QStringLiteral("%1 for %2: ").arg(label(kind), forWhom));
        if (!value)
            return CliError::usage(QStringLiteral("%1: no input").arg(secretKindName(kind)));
        secrets.insert(kind, *value);
    }
    return secrets;
}

std::variant<NamedSecrets, CliError> SecretInput::read(const QList<SecretKind> &required, const QString &forWhom)
{
    std::variant<NamedSecrets, CliError> got = Console::stdinIsTerminal() ? prompt(required, forWhom) : readLines();
    if (std::holds_alternative<CliError>(got))
        return got;
    const NamedSecrets &secrets = std::get<NamedSecrets>(got);
    for (SecretKind kind : required) {
        if (secrets.value(kind).isEmpty())
            return CliError::usage(QStringLiteral("%1 is needed: give it on stdin as %2=VALUE")
                                       .arg(label(kind), secretKindName(kind)));
    }
    return got;
}

} // namespace contactdesk::cli
