#include "commands/TokenVerifyCommand.h"

#include "Console.h"
#include "JsonText.h"
#include "api/SymphonyClient.h"

#include <QJsonObject>

namespace contactdesk::cli {

void TokenVerifyCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        QStringLiteral("Check a registration token (VerifyTokenForContact) and print the contact it belongs to. "
                       "Without TOKEN (or with -) the token is read from stdin."));
    parser.addPositionalArgument(QStringLiteral("TOKEN"), QStringLiteral("The token (default: read from stdin)."),
                                 QStringLiteral("[TOKEN]"));
    parser.addOptions({
        {QStringLiteral("consume"), QStringLiteral("Use the token up (a single-use token then stops working).")},
        {QStringLiteral("token-type"), QStringLiteral("Token type (default ContactRegistration)."),
         QStringLiteral("TYPE"), QString::fromLatin1(contract::symphonyTokenTypeRegistration)},
    });
}

std::optional<CliError> TokenVerifyCommand::configure(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1)
        return CliError::usage(QStringLiteral("expected at most one TOKEN"));
    m_tokenFromStdin = args.isEmpty() || args.first() == u"-";
    if (!m_tokenFromStdin)
        m_token = args.first().trimmed();
    m_consume = parser.isSet(QStringLiteral("consume"));
    m_tokenType = parser.value(QStringLiteral("token-type"));
    return std::nullopt;
}

void TokenVerifyCommand::start()
{
    if (m_tokenFromStdin) {
        const std::optional<QString> line = Console::stdinIsTerminal() ? Console::readHidden(QStringLiteral("Token: "))
                                                                       : Console::readLine();
        m_token = line.value_or(QString()).trimmed();
    }
    if (m_token.isEmpty()) {
        fail(CliError::usage(QStringLiteral("token verify: no token given")));
        return;
    }
    context().openSession({false, true}, [this](std::variant<ApiSession *, CliError> opened) {
        if (std::holds_alternative<CliError>(opened)) {
            fail(std::get<CliError>(opened));
            return;
        }
        std::get<ApiSession *>(opened)->symphony()->verifyTokenForContact(m_token, m_consume, m_tokenType).then(
            this, [this](const Result<dto::ContactTokenResult> &result) {
                if (!result.ok()) {
                    fail(CliError::fromApi(result.error(), QStringLiteral("token verify")));
                    return;
                }
                const int id = result->contactId.value_or(0);
                if (json()) {
                    Console::out(jsonLine(QJsonObject{{QStringLiteral("contactId"), id},
                                                      {QStringLiteral("email"), result->contactEmail},
                                                      {QStringLiteral("consumed"), m_consume}}));
                } else {
                    Console::outLine(QStringLiteral("Valid token of contact %1 (%2)%3.")
                                         .arg(id)
                                         .arg(result->contactEmail,
                                              m_consume ? QStringLiteral(", now consumed") : QString()));
                }
                succeed();
            });
    });
}

} // namespace contactdesk::cli
