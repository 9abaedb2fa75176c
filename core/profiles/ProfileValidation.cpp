#include "profiles/ProfileValidation.h"

#include "contract/Services.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace contactdesk {

namespace {

constexpr int maxNameLength = 100;
constexpr int maxCodeLength = 20;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1StringView("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// A base URL: absolute http(s) with a host; plain http only to this machine, since the
// operator password and the signatures travel with every call.
void checkBaseUrl(QList<ApiError> &errors, const char *field, const QString &label, const QUrl &url)
{
    const QString f = QString::fromLatin1(field);
    if (url.isEmpty()) {
        errors.append(ApiError::validation(f, QStringLiteral("%1 must not be empty.").arg(label)));
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1StringView("https") && scheme != QLatin1StringView("http"))) {
        errors.append(ApiError::validation(
            f, QStringLiteral("%1 is not a valid http or https URL with a host name (for example "
                              "https://mosa.ws.secutix.com).")
                   .arg(label)));
        return;
    }
    if (scheme == QLatin1StringView("http") && !isLoopbackHost(url.host())) {
        errors.append(ApiError::validation(
            f, QStringLiteral("%1 must use https: plain http is accepted only for this computer "
                              "(localhost, 127.0.0.1).")
                   .arg(label)));
        return;
    }
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        errors.append(ApiError::validation(
            f, QStringLiteral("%1 must not contain a user name, a query (?...) or a fragment (#...).").arg(label)));
    }
}

bool hasWhitespace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

} // namespace

QList<ApiError> validateProfile(const ConnectionProfile &p)
{
    QList<ApiError> errors;
    auto fail = [&errors](const char *field, QString message) {
        errors.append(ApiError::validation(QString::fromLatin1(field), std::move(message)));
    };

    if (!p.id.isEmpty() && QUuid::fromString(p.id).isNull())
        fail("id", QStringLiteral("The profile id \"%1\" is not a UUID.").arg(p.id));

    const QString name = p.name.trimmed();
    if (name.isEmpty())
        fail("name", QStringLiteral("The profile name must not be empty."));
    else if (name.size() > maxNameLength)
        fail("name", QStringLiteral("The profile name must be at most %1 characters long.").arg(maxNameLength));

    checkBaseUrl(errors, "s360BaseUrl", QStringLiteral("The S-360 base URL"), p.s360BaseUrl);

    static const QRegularExpression institutionPattern(QStringLiteral("^[A-Z0-9]+$"));
    if (p.institutionCode.isEmpty())
        fail("institutionCode", QStringLiteral("The institution code must not be empty."));
    else if (!institutionPattern.match(p.institutionCode).hasMatch())
        fail("institutionCode", QStringLiteral("The institution code may contain only upper-case letters "
                                               "A-Z and digits (for example MOSA)."));
    else if (p.institutionCode.size() > maxCodeLength)
        fail("institutionCode",
             QStringLiteral("The institution code must be at most %1 characters long.").arg(maxCodeLength));

    if (p.operatorLogin.isEmpty())
        fail("operatorLogin", QStringLiteral("The operator login must not be empty."));
    else if (hasWhitespace(p.operatorLogin))
        fail("operatorLogin", QStringLiteral("The operator login must not contain spaces."));

    if (p.binding == S360Binding::Rest && p.partnerName.trimmed().isEmpty())
        fail("partnerName", QStringLiteral("The partner name (the JWT issuer) is required for the REST binding."));

    static const QRegularExpression channelPattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!p.salesChannelCode.isEmpty() && !channelPattern.match(p.salesChannelCode).hasMatch())
        fail("salesChannelCode", QStringLiteral("The sales channel code may contain only letters, digits, "
                                                "'_' and '-'."));

    if (p.pointOfSalesId && *p.pointOfSalesId <= 0)
        fail("pointOfSalesId", QStringLiteral("The point of sales id must be a positive number."));

    if (!p.symphonyBaseUrl.isEmpty()) {
        checkBaseUrl(errors, "symphonyBaseUrl", QStringLiteral("The Symphony base URL"), p.symphonyBaseUrl);
        if (p.symphonyApiKey.trimmed().isEmpty())
            fail("symphonyApiKey", QStringLiteral("The Symphony API key is required when a Symphony base URL is set."));
    }

    if (!p.extraCaFile.isEmpty()) {
        const QFileInfo ca(p.extraCaFile);
        if (!ca.isFile() || !ca.isReadable())
            fail("extraCaFile", QStringLiteral("The CA certificate file \"%1\" does not exist or cannot be read.")
                                    .arg(p.extraCaFile));
    }

    if (p.rateLimitPerMinute < 1 || p.rateLimitPerMinute > contract::rateLimitPerMinute)
        fail("rateLimitPerMinute", QStringLiteral("The rate limit must be between 1 and %1 calls a minute.")
                                       .arg(contract::rateLimitPerMinute));
    return errors;
}

} // namespace contactdesk
