#include "transport/SecretRedactor.h"

#include <QRegularExpression>

namespace contactdesk::transport {

namespace {

// The one table of names whose values are secrets (matched case-insensitively, so
// "Password" and "password" are one entry).
const char *const kSecretNames[] = {
    "password", "currentPassword", "newPassword", "uniqueToken", "token",
    "Signature", "secret", "apiSecret", "jwtSecret",
};

// Headers whose whole value is a credential.
const char *const kCredentialHeaders[] = {"Authorization", "Proxy-Authorization"};
const char *const kCookieHeaders[] = {"Cookie", "Set-Cookie"};

QString alternation(const char *const *names, std::size_t count)
{
    QStringList escaped;
    for (std::size_t i = 0; i < count; ++i)
        escaped << QRegularExpression::escape(QLatin1StringView(names[i]));
    return escaped.join(QLatin1Char('|'));
}

template <std::size_t N>
QString alternation(const char *const (&names)[N])
{
    return alternation(names, N);
}

QRegularExpression compile(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption
                                       | QRegularExpression::DotMatchesEverythingOption
                                       | QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    return re;
}

// Rebuilds text, replacing each match of re by what replace(match) returns.
template <typename Replace>
QString replaceEach(const QString &text, const QRegularExpression &re, Replace replace)
{
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    if (!it.hasNext())
        return text;
    out.reserve(text.size());
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replace(m);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

const QString &names()
{
    static const QString n = alternation(kSecretNames);
    return n;
}

// "Authorization: Bearer abc" -> "Authorization: Bearer ***" (also inside a JSON dump of
// headers: "Authorization": "Bearer abc").
const QRegularExpression &credentialHeaderRe()
{
    static const QRegularExpression re = compile(
        QStringLiteral(R"re((\b(?:%1)"?[ \t]*:[ \t]*"?)(?:([A-Za-z][\w-]*)[ \t]+)?[^\r\n"]*)re")
            .arg(alternation(kCredentialHeaders)));
    return re;
}

const QRegularExpression &cookieHeaderRe()
{
    static const QRegularExpression re = compile(
        QStringLiteral(R"re((^|[\r\n])((?:%1)[ \t]*:[ \t]*)[^\r\n]*)re").arg(alternation(kCookieHeaders)));
    return re;
}

// <ns:password attr="...">text or CDATA</ns:password>
const QRegularExpression &xmlElementRe()
{
    static const QRegularExpression re = compile(
        QStringLiteral(R"re((<(?:[\w.-]+:)?(?:%1)(?:\s[^<>]*)?(?<!/)>)((?:<!\[CDATA\[.*?\]\]>|[^<])+)(</(?:[\w.-]+:)?(?:%1)\s*>))re")
            .arg(names()));
    return re;
}

// "password": "text"
const QRegularExpression &jsonValueRe()
{
    static const QRegularExpression re = compile(
        QStringLiteral(R"re(("(?:%1)"\s*:\s*)"(?:[^"\\]|\\.)*")re").arg(names()));
    return re;
}

// ?token=abc&... , form bodies, cookie-like pairs token="abc", XML attributes token="abc"
const QRegularExpression &pairRe()
{
    static const QRegularExpression re = compile(
        QStringLiteral(R"re((?<=^|[?&;,\s])((?:%1)=)("[^"]*"|[^&;,\s#"<>]+))re").arg(names()));
    return re;
}

// A JWT: base64url of '{"' starts with "eyJ"; three dot-separated base64url parts.
const QRegularExpression &jwtRe()
{
    static const QRegularExpression re =
        compile(QStringLiteral(R"re(\beyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*)re"));
    return re;
}

} // namespace

QStringList SecretRedactor::secretNames()
{
    QStringList list;
    for (const char *name : kSecretNames)
        list << QLatin1StringView(name);
    return list;
}

QString SecretRedactor::redact(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QString stars = replacement();
    QString out = replaceEach(text, credentialHeaderRe(), [&](const QRegularExpressionMatch &m) {
        const QString scheme = m.captured(2);
        return m.captured(1) + (scheme.isEmpty() ? stars : scheme + QLatin1Char(' ') + stars);
    });
    out = replaceEach(out, cookieHeaderRe(), [&](const QRegularExpressionMatch &m) {
        return m.captured(1) + m.captured(2) + stars;
    });
    out = replaceEach(out, xmlElementRe(), [&](const QRegularExpressionMatch &m) {
        return m.captured(1) + stars + m.captured(3);
    });
    out = replaceEach(out, jsonValueRe(), [&](const QRegularExpressionMatch &m) {
        return m.captured(1) + QLatin1Char('"') + stars + QLatin1Char('"');
    });
    out = replaceEach(out, pairRe(), [&](const QRegularExpressionMatch &m) {
        const bool quoted = m.captured(2).startsWith(QLatin1Char('"'));
        return m.captured(1) + (quoted ? QLatin1Char('"') + stars + QLatin1Char('"') : stars);
    });
    out = replaceEach(out, jwtRe(), [&](const QRegularExpressionMatch &) { return stars; });
    return out;
}

QByteArray SecretRedactor::redact(const QByteArray &text)
{
    if (text.isEmpty())
        return text;
    return redact(QString::fromUtf8(text)).toUtf8();
}

} // namespace contactdesk::transport
