// The table of SecretRedactor cases: input and expected output. Kept out of the test's
// moc-scanned source because moc 6.4 misreads raw strings holding "//".
#include "RedactionCases.h"

namespace {

// row("name") << input << expected;
class CaseRow {
public:
    explicit CaseRow(RedactionCase *target) : m_target(target) {}
    CaseRow &operator<<(const QString &text)
    {
        (m_filled++ == 0 ? m_target->input : m_target->expected) = text;
        return *this;
    }

private:
    RedactionCase *m_target;
    int m_filled = 0;
};

} // namespace

QList<RedactionCase> redactionCases()
{
    QList<RedactionCase> cases;
    auto row = [&cases](const char *name) {
        cases.append(RedactionCase{QByteArray(name), {}, {}});
        return CaseRow(&cases.last());
    };

    // XML element text, any prefix, any of the names.
    row("wsse password") << QString::fromUtf8(R"(<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">s3cr3t!</wsse:Password>)")
        << QString::fromUtf8(R"(<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">***</wsse:Password>)");
    row("unprefixed password") << QStringLiteral("<password>hunter2</password>")
                                         << QStringLiteral("<password>***</password>");
    row("currentPassword and newPassword")
        << QStringLiteral("<changePassword><contactNumber>333</contactNumber><currentPassword>old&amp;pw</currentPassword><newPassword>n3w</newPassword></changePassword>")
        << QStringLiteral("<changePassword><contactNumber>333</contactNumber><currentPassword>***</currentPassword><newPassword>***</newPassword></changePassword>");
    row("uniqueToken, identification kept")
        << QStringLiteral("<identification>abc-1</identification><uniqueToken>tok-XYZ</uniqueToken>")
        << QStringLiteral("<identification>abc-1</identification><uniqueToken>***</uniqueToken>");
    row("symphony token, default namespace")
        << QString::fromUtf8(R"(<VerifyTokenForContact xmlns="https://developer.sym-online.com/API/1_0/SOAP/"><tokenType>ContactRegistration</tokenType><token>Zm9vYmFy_-x</token></VerifyTokenForContact>)")
        << QString::fromUtf8(R"(<VerifyTokenForContact xmlns="https://developer.sym-online.com/API/1_0/SOAP/"><tokenType>ContactRegistration</tokenType><token>***</token></VerifyTokenForContact>)");
    row("signature in auth header")
        << QStringLiteral("<AuthenticationHeader><Timestamp>2026-11-23T10:15:00Z</Timestamp><Operation>GenerateTokenForContact</Operation><Signature>q2S+/abc=</Signature><APIKey>key-1</APIKey></AuthenticationHeader>")
        << QStringLiteral("<AuthenticationHeader><Timestamp>2026-11-23T10:15:00Z</Timestamp><Operation>GenerateTokenForContact</Operation><Signature>***</Signature><APIKey>key-1</APIKey></AuthenticationHeader>");
    row("prefixed signature") << QStringLiteral("<ns1:Signature>abc</ns1:Signature >")
                                        << QStringLiteral("<ns1:Signature>***</ns1:Signature >");
    row("CDATA password") << QStringLiteral("<password><![CDATA[a<b>c]]></password>")
                                    << QStringLiteral("<password>***</password>");
    row("multi-line element") << QStringLiteral("<password>\n  line1\n</password>")
                                        << QStringLiteral("<password>***</password>");
    row("empty and self-closed untouched") << QStringLiteral("<password/><password></password>")
                                                     << QStringLiteral("<password/><password></password>");
    row("similar names untouched")
        << QStringLiteral("<tokenType>ContactRegistration</tokenType><passwordHint>blue</passwordHint><login>anna</login>")
        << QStringLiteral("<tokenType>ContactRegistration</tokenType><passwordHint>blue</passwordHint><login>anna</login>");

    // JSON string values.
    row("json password") << QStringLiteral("{\"login\":\"anna\",\"password\":\"pa\\\"ss\"}")
                                   << QString::fromUtf8(R"({"login":"anna","password":"***"})");
    row("json nested and spaced")
        << QString::fromUtf8(R"({"contactAuthenticationData": {"uniqueToken" : "t-1", "identification": "i-1"}})")
        << QString::fromUtf8(R"({"contactAuthenticationData": {"uniqueToken" : "***", "identification": "i-1"}})");
    row("json change password")
        << QString::fromUtf8(R"({"contactNumber":"333","currentPassword":"old","newPassword":"new"})")
        << QString::fromUtf8(R"({"contactNumber":"333","currentPassword":"***","newPassword":"***"})");
    row("json null untouched") << QString::fromUtf8(R"({"password":null})")
                                         << QString::fromUtf8(R"({"password":null})");

    // Headers.
    row("bearer header")
        << QStringLiteral("POST /x HTTP/1.1\r\nAuthorization: Bearer abc.def.ghi\r\nAccept: application/json\r\n")
        << QStringLiteral("POST /x HTTP/1.1\r\nAuthorization: Bearer ***\r\nAccept: application/json\r\n");
    row("basic header lower case") << QStringLiteral("authorization: Basic dXNlcjpwYXNz")
                                             << QStringLiteral("authorization: Basic ***");
    row("json header dump") << QString::fromUtf8(R"({"Authorization": "Bearer xyz"})")
                                      << QString::fromUtf8(R"({"Authorization": "Bearer ***"})");
    row("cookie header")
        << QStringLiteral("Accept: */*\r\nCookie: JSESSIONID=abc123; other=1\r\n")
        << QStringLiteral("Accept: */*\r\nCookie: ***\r\n");

    // JWT anywhere.
    row("bare jwt")
        << QStringLiteral("token was eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJNT1NBIn0.3q2-7_wQxYz and more")
        << QStringLiteral("token was *** and more");
    row("dotted non-jwt untouched")
        << QStringLiteral("https://mosa.ws.secutix.com/tnco/v2_21 version 2.21.0 com.secutix.service.contact")
        << QStringLiteral("https://mosa.ws.secutix.com/tnco/v2_21 version 2.21.0 com.secutix.service.contact");

    // Query and form pairs.
    row("query")
        << QStringLiteral("GET /API/1_0/SOAP/SymphonyAPI.asmx/GenerateTokenForContact?tokenType=ContactRegistration&contactId=42&Timestamp=2026-11-23T10%3A15%3A00Z&Signature=q2S%2B%2Fabc%3D&APIKey=key-1")
        << QStringLiteral("GET /API/1_0/SOAP/SymphonyAPI.asmx/GenerateTokenForContact?tokenType=ContactRegistration&contactId=42&Timestamp=2026-11-23T10%3A15%3A00Z&Signature=***&APIKey=key-1");
    row("form") << QStringLiteral("tokenType=ContactRegistration&token=abc_DEF-1&consume=true")
                          << QStringLiteral("tokenType=ContactRegistration&token=***&consume=true");
    row("form password first") << QStringLiteral("password=p%40ss&login=anna")
                                         << QStringLiteral("password=***&login=anna");
    row("cookie-like quoted pairs")
        << QString::fromUtf8(R"(pointOfSalesId="7",rememberUniqueId="id-1",token="tok-9",virtualOperator="MOSA_WEB")")
        << QString::fromUtf8(R"(pointOfSalesId="7",rememberUniqueId="id-1",token="***",virtualOperator="MOSA_WEB")");

    row("nothing secret") << QStringLiteral("<getContactData><contactNumber>333</contactNumber></getContactData>")
                                    << QStringLiteral("<getContactData><contactNumber>333</contactNumber></getContactData>");
    row("empty") << QString() << QString();
    return cases;
}
