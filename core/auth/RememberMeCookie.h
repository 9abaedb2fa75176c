#pragma once

// The cookie that logs a contact into the ticket shop after an `authenticate` with
// rememberMe=true (CONTRACT.md 1.8):
//   name   stx_rememberMe_{InstitutionCode}_{saleChannelCode}
//   flags  HttpOnly, Secure
//   value  percent-encoding of
//          pointOfSalesId="{id}",rememberUniqueId="{identification}",token="{uniqueToken}",virtualOperator="{INST}_{CHANNEL}"
// The token in it is a secret: never log the value.

#include "api/Result.h"
#include "dto/ContactAuthenticationTypes.h"

#include <QNetworkCookie>

#include <optional>

namespace contactdesk::auth {

// The four pairs the value holds.
struct RememberMeValues {
    qint64 pointOfSalesId = 0;
    QString rememberUniqueId; // the `identification` of the authenticate result
    QString token;            // the `uniqueToken` of the authenticate result (secret)
    QString virtualOperator;  // {INST}_{CHANNEL}
};

class RememberMeCookie {
public:
    static QByteArray cookieName(const QString &institutionCode, const QString &salesChannelCode);

    // The value before percent-encoding.
    static QByteArray plainValue(const RememberMeValues &values);

    // The cookie for this authenticate result. A Validation error when the result carries no
    // identification or token, a code is empty, or a value holds a double quote or a comma
    // (the value format could not carry it).
    static Result<QNetworkCookie> build(const dto::ContactAuthenticationResult &authenticated,
                                        const QString &institutionCode, const QString &salesChannelCode,
                                        qint64 pointOfSalesId);

    // Reads a cookie value back (percent-encoded, as the cookie carries it); nothing when it
    // is not the four pairs in that order.
    static std::optional<RememberMeValues> parse(QByteArrayView cookieValue);
};

} // namespace contactdesk::auth
