#pragma once

// DTOs of ContactAuthenticationPublicService v2_21 (CONTRACT.md 1.6).

#include "dto/Fields.h"

namespace contactdesk::dto {

struct ContactAuthenticationData {
    QString login;
    QString password; // secret
    QString contactNumber;
    QString contactTypeScope; // INDIVIDUAL | STRUCTURE | ANY
    std::optional<qint64> pointOfSalesId;
    std::optional<bool> rememberMe;
    QString identification;
    QString uniqueToken; // secret (remember-me token)
    std::optional<bool> socialLogin;
    QString identityProvider;
    QString providerUserReference;
    QString structureContactNumber;
    std::optional<bool> guestLogin;
    std::optional<bool> operatorLogin;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("login", s.login);
        v("password", s.password);
        v("contactNumber", s.contactNumber);
        v("contactTypeScope", s.contactTypeScope);
        v("pointOfSalesId", s.pointOfSalesId);
        v("rememberMe", s.rememberMe);
        v("identification", s.identification);
        v("uniqueToken", s.uniqueToken);
        v("socialLogin", s.socialLogin);
        v("identityProvider", s.identityProvider);
        v("providerUserReference", s.providerUserReference);
        v("structureContactNumber", s.structureContactNumber);
        v("guestLogin", s.guestLogin);
        v("operatorLogin", s.operatorLogin);
    }
};

struct ContactAuthenticationResult : ResultBase {
    QString contactNumber;
    QString identification;
    QString uniqueToken; // secret (remember-me token)
    template <class S, class V> static void describe(S &s, V &&v)
    {
        CONTACTDESK_RESULT_BASE_FIELDS(s, v);
        v("contactNumber", s.contactNumber);
        v("identification", s.identification);
        v("uniqueToken", s.uniqueToken);
    }
};

struct PointOfSales {
    std::optional<qint64> pointOfSalesId;
    QString code;
    QString name;
    QString salesChannelCode;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("pointOfSalesId", s.pointOfSalesId);
        v("code", s.code);
        v("name", s.name);
        v("salesChannelCode", s.salesChannelCode);
    }
};

struct PointOfSalesListResult : ResultBase {
    QList<PointOfSales> pointsOfSales;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        CONTACTDESK_RESULT_BASE_FIELDS(s, v);
        v("pointsOfSales", s.pointsOfSales);
    }
};

struct AuthenticateParams {
    ContactAuthenticationData contactAuthenticationData;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("contactAuthenticationData", s.contactAuthenticationData);
    }
};

struct RecoverPasswordParams {
    QString email;
    std::optional<qint64> pointOfSalesId;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("email", s.email);
        v("pointOfSalesId", s.pointOfSalesId);
    }
};

struct ChangePasswordParams {
    QString contactNumber;
    QString currentPassword; // secret
    QString newPassword;     // secret
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("contactNumber", s.contactNumber);
        v("currentPassword", s.currentPassword);
        v("newPassword", s.newPassword);
    }
};

struct ListAuthorizedPosParams {
    ContactAuthenticationData contactAuthenticationData;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("contactAuthenticationData", s.contactAuthenticationData);
    }
};

} // namespace contactdesk::dto
