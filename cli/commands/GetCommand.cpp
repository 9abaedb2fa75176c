#include "commands/GetCommand.h"

#include "Console.h"
#include "ContactNumberArgument.h"
#include "DetailLevels.h"
#include "JsonText.h"
#include "wire/JsonFields.h"

namespace contactdesk::cli {

void GetCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        QStringLiteral("Show one contact. Text: one \"field.path: value\" line per field; --json: the contact as "
                       "one JSON object."));
    parser.addPositionalArgument(QStringLiteral("CONTACT_NUMBER"), QStringLiteral("The contact number (digits)."));
    parser.addOption({QStringLiteral("details"),
                      QStringLiteral("Detail levels to fetch, comma-separated, or all (default GENERAL): %1.")
                          .arg(DetailLevels::known().join(u',')),
                      QStringLiteral("LEVELS")});
}

std::optional<CliError> GetCommand::configure(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return CliError::usage(QStringLiteral("expected one CONTACT_NUMBER"));
    if (std::optional<CliError> error = checkContactNumber(args.first()))
        return error;
    m_contactNumber = args.first();
    std::variant<QStringList, CliError> details = DetailLevels::parse(parser.value(QStringLiteral("details")));
    if (std::holds_alternative<CliError>(details))
        return std::get<CliError>(details);
    m_details = std::get<QStringList>(details);
    return std::nullopt;
}

void GetCommand::start()
{
    context().openSession({}, [this](std::variant<ApiSession *, CliError> opened) {
        if (std::holds_alternative<CliError>(opened)) {
            fail(std::get<CliError>(opened));
            return;
        }
        std::get<ApiSession *>(opened)->s360()->getContactData(m_contactNumber, m_details).then(
            this, [this](const Result<dto::ContactDataResult> &result) {
                if (!result.ok()) {
                    fail(CliError::fromApi(result.error(), QStringLiteral("contact %1").arg(m_contactNumber)));
                    return;
                }
                QJsonObject object = wire::JsonFieldWriter::toObject(result.value());
                for (const char *key : {"requestId", "statusCode", "statusDetail"})
                    object.remove(QLatin1StringView(key));
                if (json())
                    Console::out(jsonDocument(object));
                else
                    Console::out((flattenJson(object).join(u'\n') + u'\n').toUtf8());
                succeed();
            });
    });
}

} // namespace contactdesk::cli
