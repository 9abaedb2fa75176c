#include "auth/RememberMeCookie.h"

#include <array>

namespace contactdesk::auth {

namespace {

constexpr std::array<const char *, 4> pairNames{"pointOfSalesId", "rememberUniqueId", "token", "virtualOperator"};

bool carriable(const QString &value)
{
    return !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char(','));
}

} // namespace

QByteArray RememberMeCookie::cookieName(const QString &institutionCode, const QString &salesChannelCode)
{
    return "stx_rememberMe_" + institutionCode.toUtf8() + '_' + salesChannelCode.toUtf8();
}

QByteArray RememberMeCookie::plainValue(const RememberMeValues &values)
{
    const std::array<QByteArray, 4> texts{QByteArray::number(values.pointOfSalesId), values.rememberUniqueId.toUtf8(),
                                          values.token.toUtf8(), values.virtualOperator.toUtf8()};
    QByteArray out;
    for (std::size_t i = 0; i < pairNames.size(); ++i) {
        if (i > 0)
            out += ',';
        out += QByteArray(pairNames[i]) + "=\"" + texts[i] + '"';
    }
    return out;
}

Result<QNetworkCookie> RememberMeCookie::build(const dto::ContactAuthenticationResult &authenticated,
                                               const QString &institutionCode, const QString &salesChannelCode,
                                               qint64 pointOfSalesId)
{
    if (institutionCode.isEmpty())
        return ApiError::validation(QStringLiteral("institutionCode"), QStringLiteral("institution code missing"));
    if (salesChannelCode.isEmpty())
        return ApiError::validation(QStringLiteral("salesChannelCode"), QStringLiteral("sales channel code missing"));
    if (authenticated.identification.isEmpty())
        return ApiError::validation(QStringLiteral("identification"),
                                    QStringLiteral("the authentication returned no remember-me identification"));
    if (authenticated.uniqueToken.isEmpty())
        return ApiError::validation(QStringLiteral("uniqueToken"),
                                    QStringLiteral("the authentication returned no remember-me token"));

    RememberMeValues values;
    values.pointOfSalesId = pointOfSalesId;
    values.rememberUniqueId = authenticated.identification;
    values.token = authenticated.uniqueToken;
    values.virtualOperator = institutionCode + QLatin1Char('_') + salesChannelCode;
    if (!carriable(values.rememberUniqueId))
        return ApiError::validation(QStringLiteral("identification"),
                                    QStringLiteral("the remember-me identification holds a quote or a comma"));
    if (!carriable(values.token))
        return ApiError::validation(QStringLiteral("uniqueToken"),
                                    QStringLiteral("the remember-me token holds a quote or a comma"));
    if (!carriable(values.virtualOperator))
        return ApiError::validation(QStringLiteral("institutionCode"),
                                    QStringLiteral("the institution or channel code holds a quote or a comma"));

    QNetworkCookie cookie(cookieName(institutionCode, salesChannelCode), plainValue(values).toPercentEncoding());
    cookie.setHttpOnly(true);
    cookie.setSecure(true);
    return cookie;
}

std::optional<RememberMeValues> RememberMeCookie::parse(QByteArrayView cookieValue)
{
    const QByteArray plain = QByteArray::fromPercentEncoding(cookieValue.toByteArray());
    const QList<QByteArray> pairs = plain.split(',');
    if (pairs.size() != static_cast<qsizetype>(pairNames.size()))
        return std::nullopt;
    std::array<QString, 4> texts;
    for (std::size_t i = 0; i < pairNames.size(); ++i) {
        const QByteArray &pair = pairs[static_cast<qsizetype>(i)];
        const QByteArray prefix = QByteArray(pairNames[i]) + "=\"";
        if (!pair.startsWith(prefix) || !pair.endsWith('"') || pair.size() < prefix.size() + 1)
            return std::nullopt;
        const QByteArray inner = pair.mid(prefix.size(), pair.size() - prefix.size() - 1);
        if (inner.contains('"'))
            return std::nullopt;
        texts[i] = QString::fromUtf8(inner);
    }
    bool ok = false;
    RememberMeValues values;
    values.pointOfSalesId = texts[0].toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    values.rememberUniqueId = texts[1];
    values.token = texts[2];
    values.virtualOperator = texts[3];
    return values;
}

} // namespace contactdesk::auth
