#pragma once

// How a domain call gives up: throw CallFailure; the operation's wrapper rolls the
// transaction back and turns it into statusCode/statusDetail (or a Symphony fault).

#include "contract/Services.h"

#include <QString>

namespace contactdesk::sandbox::domain {

struct CallFailure {
    QString status; // a statusCode of CONTRACT.md 1.4
    QString detail; // statusDetail; for `invalid`: "<field path>: <message>"
};

[[noreturn]] inline void fail(const char *status, const QString &detail)
{
    throw CallFailure{QString::fromLatin1(status), detail};
}

// "<field path>: <message>", the path starting at the parameter name
// ("individualContactData.addresses[0].countryCode: ..."), as contract::statusDetailFieldSeparator says.
inline QString detailNamingField(const QString &fieldPath, const QString &message)
{
    return fieldPath + QLatin1StringView(contract::statusDetailFieldSeparator) + message;
}

[[noreturn]] inline void failInvalid(const QString &fieldPath, const QString &message)
{
    fail(contract::statusInvalid, detailNamingField(fieldPath, message));
}

// Builds field paths: FieldPath(u"individualContactData").field(u"addresses").index(0).
class FieldPath {
public:
    explicit FieldPath(QString root) : m_path(std::move(root)) {}
    FieldPath field(QStringView name) const
    {
        return FieldPath(m_path.isEmpty() ? name.toString() : m_path + QLatin1Char('.') + name.toString());
    }
    FieldPath index(qsizetype i) const { return FieldPath(m_path + QStringLiteral("[%1]").arg(i)); }
    const QString &text() const { return m_path; }

private:
    QString m_path;
};

} // namespace contactdesk::sandbox::domain
