#include "commands/ProfileListCommand.h"

#include "Console.h"
#include "JsonText.h"
#include "ProfileText.h"
#include "credentials/SecretKey.h"
#include "credentials/SecretStore.h"
#include "profiles/ProfileStore.h"

#include <QJsonArray>

namespace contactdesk::cli {

void ProfileListCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        QStringLiteral("List the connection profiles shared with the ContactDesk app (* marks the current one) and "
                       "which secrets the keychain holds for each."));
}

std::optional<CliError> ProfileListCommand::configure(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return CliError::usage(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    return std::nullopt;
}

void ProfileListCommand::start()
{
    m_profiles = context().profiles().load();
    const QList<SecretKind> kinds = allSecretKinds();
    for (const ConnectionProfile &p : std::as_const(m_profiles)) {
        if (p.isDemo)
            continue; // its secrets live in the embedded sandbox, in memory
        for (SecretKind kind : kinds) {
            ++m_pending;
            context().secrets().read(secretKey(p.id, kind)).then(this, [this, id = p.id, kind](const Result<QString> &r) {
                if (r.ok() && !r.value().isEmpty())
                    m_storedSecrets[id].append(secretKindName(kind));
                if (--m_pending == 0)
                    print();
            });
        }
    }
    if (m_pending == 0)
        print();
}

void ProfileListCommand::print()
{
    const QString current = context().profiles().currentProfileId();
    const QList<SecretKind> kinds = allSecretKinds();
    auto storedInOrder = [&](const QString &id) {
        QStringList names;
        for (SecretKind kind : kinds) {
            if (m_storedSecrets.value(id).contains(secretKindName(kind)))
                names.append(secretKindName(kind));
        }
        return names;
    };
    if (json()) {
        QJsonArray list;
        for (const ConnectionProfile &p : std::as_const(m_profiles)) {
            QJsonObject o = profileJson(p);
            o.insert(QStringLiteral("current"), p.id == current);
            o.insert(QStringLiteral("secrets"), QJsonArray::fromStringList(storedInOrder(p.id)));
            list.append(o);
        }
        Console::out(jsonDocument(list));
    } else {
        QStringList lines{QStringLiteral("CURRENT\tNAME\tBINDING\tURL\tINSTITUTION\tLOGIN\tSYMPHONY\tSECRETS")};
        for (const ConnectionProfile &p : std::as_const(m_profiles)) {
            const QString secrets = p.isDemo ? QStringLiteral("(embedded sandbox)")
                                             : storedInOrder(p.id).join(u',');
            lines.append(QStringList{p.id == current ? QStringLiteral("*") : QString(), p.name,
                                     s360BindingKey(p.binding), p.s360BaseUrl.toString(), p.institutionCode,
                                     p.operatorLogin, p.symphonyBaseUrl.toString(), secrets}
                             .join(u'\t'));
        }
        Console::out((lines.join(u'\n') + u'\n').toUtf8());
    }
    succeed();
}

} // namespace contactdesk::cli
