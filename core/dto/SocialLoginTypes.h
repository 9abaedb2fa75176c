#pragma once

// DTOs of ContactSocialLoginService v1_0 (CONTRACT.md 1.7).

#include "dto/Fields.h"

namespace contactdesk::dto {

struct SignUpData {
    QString email;
    QString firstname;
    QString lastname;
    QString gender; // FEMALE | MALE | UNKNOWN
    QString lang;
    QString title;
    QString phonePrefix;
    QString phoneNumber;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("email", s.email);
        v("firstname", s.firstname);
        v("lastname", s.lastname);
        v("gender", s.gender);
        v("lang", s.lang);
        v("title", s.title);
        v("phonePrefix", s.phonePrefix);
        v("phoneNumber", s.phoneNumber);
    }
};

struct AddLinkParams {
    QString contactNumber;
    QString provider; // NONE | FACEBOOK | GOOGLE | TWITTER | UEFA | MDP | SWISSPASS | ACCOUNT_KIT
    QString providerUserReference;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("contactNumber", s.contactNumber);
        v("provider", s.provider);
        v("providerUserReference", s.providerUserReference);
    }
};

struct CreateUserParams {
    SignUpData signUpData;
    QString provider;
    QString providerUserReference;
    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("signUpData", s.signUpData);
        v("provider", s.provider);
        v("providerUserReference", s.providerUserReference);
    }
};

// addLink returns WebMethodResult2: the base fields only.
struct WebMethodResult2 : ResultBase {
    template <class S, class V> static void describe(S &s, V &&v)
    {
        CONTACTDESK_RESULT_BASE_FIELDS(s, v);
    }
};

} // namespace contactdesk::dto
