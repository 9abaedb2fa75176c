#include "commands/ProfileAddCommand.h"

#include "Console.h"
#include "JsonText.h"
#include "ProfileLookup.h"
#include "ProfileText.h"
#include "credentials/SecretStore.h"
#include "profiles/ProfileStore.h"
#include "profiles/ProfileValidation.h"

namespace contactdesk::cli {

namespace {

QUrl urlOption(const QCommandLineParser &parser, const QString &name)
{
    return parser.isSet(name) ? QUrl(parser.value(name).trimmed(), QUrl::StrictMode) : QUrl();
}

// The ConnectionProfile member a validation error names, as the option that sets it.
QString optionOf(const QString &field)
{
    static const QHash<QString, QString> options{
        {QStringLiteral("name"), QStringLiteral("--name")},
        {QStringLiteral("s360BaseUrl"), QStringLiteral("--url")},
        {QStringLiteral("institutionCode"), QStringLiteral("--institution")},
        {QStringLiteral("operatorLogin"), QStringLiteral("--login")},
        {QStringLiteral("partnerName"), QStringLiteral("--partner")},
        {QStringLiteral("salesChannelCode"), QStringLiteral("--sales-channel")},
        {QStringLiteral("pointOfSalesId"), QStringLiteral("--pos-id")},
        {QStringLiteral("symphonyBaseUrl"), QStringLiteral("--symphony-url")},
        {QStringLiteral("symphonyApiKey"), QStringLiteral("--api-key")},
        {QStringLiteral("extraCaFile"), QStringLiteral("--extra-ca")},
        {QStringLiteral("rateLimitPerMinute"), QStringLiteral("--rate-limit")},
    };
    return options.value(field, field);
}

} // namespace

void ProfileAddCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        QStringLiteral("Add a connection profile (shared with the app). Its secrets are stored in the keychain, "
                       "read from stdin as KIND=VALUE lines (operator-password, jwt-secret, symphony-secret) or, on "
                       "a terminal, asked for without echo. Never give a secret on the command line."));
    parser.addOptions({
        {QStringLiteral("name"), QStringLiteral("Profile name (required, unique)."), QStringLiteral("NAME")},
        {QStringLiteral("url"), QStringLiteral("S-360 base URL, e.g. https://mosa.ws.secutix.com (required)."),
         QStringLiteral("URL")},
        {QStringLiteral("institution"), QStringLiteral("Institution code, e.g. MOSA (required)."),
         QStringLiteral("CODE")},
        {QStringLiteral("login"), QStringLiteral("Operator login (required)."), QStringLiteral("LOGIN")},
        {QStringLiteral("partner"), QStringLiteral("Partner name, the JWT issuer (REST)."), QStringLiteral("NAME")},
        {QStringLiteral("binding"), QStringLiteral("soap (default) or rest."), QStringLiteral("BINDING")},
        {QStringLiteral("symphony-url"), QStringLiteral("Symphony base URL (to send and verify tokens)."),
         QStringLiteral("URL")},
        {QStringLiteral("api-key"), QStringLiteral("Symphony API key (its secret comes from stdin)."),
         QStringLiteral("KEY")},
        {QStringLiteral("symphony-binding"), QStringLiteral("soap11 (default), soap12, get or post."),
         QStringLiteral("BINDING")},
        {QStringLiteral("sales-channel"), QStringLiteral("Sales channel code (remember-me cookie)."),
         QStringLiteral("CODE")},
        {QStringLiteral("pos-id"), QStringLiteral("Point of sales id."), QStringLiteral("N")},
        {QStringLiteral("extra-ca"), QStringLiteral("PEM file of extra trusted CA certificates."),
         QStringLiteral("FILE")},
        {QStringLiteral("rate-limit"), QStringLiteral("Calls a minute (default 180)."), QStringLiteral("N")},
        {QStringLiteral("current"), QStringLiteral("Make it the current profile.")},
    });
}

std::optional<CliError> ProfileAddCommand::configure(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return CliError::usage(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    for (const char *required : {"name", "url", "institution", "login"}) {
        if (!parser.isSet(QLatin1StringView(required)))
            return CliError::usage(QStringLiteral("--%1 is required").arg(QLatin1StringView(required)));
    }
    ConnectionProfile &p = m_profile;
    p.name = parser.value(QStringLiteral("name")).trimmed();
    p.s360BaseUrl = urlOption(parser, QStringLiteral("url"));
    p.institutionCode = parser.value(QStringLiteral("institution")).trimmed();
    p.operatorLogin = parser.value(QStringLiteral("login")).trimmed();
    p.partnerName = parser.value(QStringLiteral("partner")).trimmed();
    if (parser.isSet(QStringLiteral("binding"))) {
        const std::optional<S360Binding> binding = s360BindingFromKey(parser.value(QStringLiteral("binding")));
        if (!binding)
            return CliError::usage(QStringLiteral("--binding: expected soap or rest"));
        p.binding = *binding;
    }
    p.symphonyBaseUrl = urlOption(parser, QStringLiteral("symphony-url"));
    p.symphonyApiKey = parser.value(QStringLiteral("api-key")).trimmed();
    if (parser.isSet(QStringLiteral("symphony-binding"))) {
        const std::optional<SymphonyBinding> binding =
            symphonyBindingFromKey(parser.value(QStringLiteral("symphony-binding")));
        if (!binding)
            return CliError::usage(QStringLiteral("--symphony-binding: expected soap11, soap12, get or post"));
        p.symphonyBinding = *binding;
    }
    p.salesChannelCode = parser.value(QStringLiteral("sales-channel")).trimmed();
    if (parser.isSet(QStringLiteral("pos-id"))) {
        bool ok = false;
        const qint64 pos = parser.value(QStringLiteral("pos-id")).toLongLong(&ok);
        if (!ok)
            return CliError::usage(QStringLiteral("--pos-id: expected an integer"));
        p.pointOfSalesId = pos;
    }
    p.extraCaFile = parser.value(QStringLiteral("extra-ca")).trimmed();
    if (parser.isSet(QStringLiteral("rate-limit"))) {
        bool ok = false;
        p.rateLimitPerMinute = parser.value(QStringLiteral("rate-limit")).toInt(&ok);
        if (!ok)
            return CliError::usage(QStringLiteral("--rate-limit: expected an integer"));
    }
    if (!p.symphonyBaseUrl.isEmpty() && p.symphonyApiKey.isEmpty())
        return CliError::usage(QStringLiteral("--symphony-url needs --api-key"));
    const QList<ApiError> problems = validateProfile(p);
    if (!problems.isEmpty())
        return CliError::usage(QStringLiteral("%1: %2").arg(optionOf(problems.first().field), problems.first().message));
    m_makeCurrent = parser.isSet(QStringLiteral("current"));
    return std::nullopt;
}

void ProfileAddCommand::start()
{
    ProfileStore &store = context().profiles();
    store.load();
    if (findProfile(store, m_profile.name)) {
        fail(CliError::usage(QStringLiteral("a profile named \"%1\" already exists").arg(m_profile.name)));
        return;
    }
    QList<SecretKind> required{m_profile.binding == S360Binding::Rest ? SecretKind::JwtSecret
                                                                      : SecretKind::OperatorPassword};
    if (!m_profile.symphonyBaseUrl.isEmpty())
        required.append(SecretKind::SymphonySecret);
    std::variant<NamedSecrets, CliError> secrets = SecretInput::read(required, m_profile.name);
    if (std::holds_alternative<CliError>(secrets)) {
        fail(std::get<CliError>(secrets));
        return;
    }
    m_secrets = std::get<NamedSecrets>(secrets);

    const Result<ConnectionProfile> saved = store.save(m_profile);
    if (!saved.ok()) {
        fail(CliError::fromApi(saved.error(), QStringLiteral("profile add")));
        return;
    }
    m_profile = saved.value();
    writeSecrets(m_secrets.keys());
}

void ProfileAddCommand::writeSecrets(QList<SecretKind> remaining)
{
    while (!remaining.isEmpty() && m_secrets.value(remaining.first()).isEmpty())
        remaining.removeFirst();
    if (remaining.isEmpty()) {
        done();
        return;
    }
    const SecretKind kind = remaining.takeFirst();
    const QString key = secretKey(m_profile.id, kind);
    context().secrets().write(key, m_secrets.value(kind)).then(this, [this, key, remaining](const Result<bool> &r) {
        if (!r.ok()) {
            rollBack(CliError::fromApi(r.error(), QStringLiteral("keychain")));
            return;
        }
        m_writtenKeys.append(key);
        writeSecrets(remaining);
    });
}

void ProfileAddCommand::rollBack(const CliError &error)
{
    context().profiles().remove(m_profile.id);
    CliError reported = error;
    reported.message += QStringLiteral(" (the profile was not added)");
    if (m_writtenKeys.isEmpty()) {
        fail(reported);
        return;
    }
    const QString key = m_writtenKeys.takeLast();
    context().secrets().remove(key).then(this, [this, error](const Result<bool> &) { rollBack(error); });
}

void ProfileAddCommand::done()
{
    if (m_makeCurrent)
        context().profiles().setCurrentProfileId(m_profile.id);
    if (json())
        Console::out(jsonDocument(profileJson(m_profile)));
    else
        Console::outLine(QStringLiteral("Added profile \"%1\" (%2); its secrets are in the keychain.")
                             .arg(m_profile.name, m_profile.id));
    succeed();
}

} // namespace contactdesk::cli
