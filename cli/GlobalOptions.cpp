#include "GlobalOptions.h"

namespace contactdesk::cli {

void GlobalOptions::declare(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("profile"),
         QStringLiteral("Connection profile (name or id) shared with the ContactDesk app; default: the app's current "
                        "profile."),
         QStringLiteral("NAME")},
        {QStringLiteral("json"), QStringLiteral("Print JSON instead of text (JSON Lines for streamed lists).")},
        {QStringLiteral("base-url"),
         QStringLiteral("Talk to this server instead of the profile's (for the demo profile: instead of starting the "
                        "embedded sandbox)."),
         QStringLiteral("URL")},
        {QStringLiteral("secrets-stdin"),
         QStringLiteral("Read the profile's secrets from stdin, one KIND=VALUE line each (operator-password, "
                        "jwt-secret, symphony-secret), instead of the keychain.")},
        {QStringLiteral("verbose"), QStringLiteral("Also print Qt's diagnostic messages on stderr.")},
    });
}

std::optional<CliError> GlobalOptions::read(const QCommandLineParser &parser, GlobalOptions &options)
{
    if (parser.isSet(QStringLiteral("profile")))
        options.profile = parser.value(QStringLiteral("profile"));
    if (parser.isSet(QStringLiteral("json")))
        options.json = true;
    if (parser.isSet(QStringLiteral("secrets-stdin")))
        options.secretsFromStdin = true;
    if (parser.isSet(QStringLiteral("verbose")))
        options.verbose = true;
    if (parser.isSet(QStringLiteral("base-url"))) {
        const QUrl url(parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
            return CliError::usage(QStringLiteral("--base-url: expected an http:// or https:// URL"));
        options.baseUrl = url;
    }
    return std::nullopt;
}

} // namespace contactdesk::cli
