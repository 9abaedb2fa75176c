#include "domain/Validation.h"

#include <QRegularExpression>

namespace contactdesk::sandbox::domain {

bool isIsoLanguage(QStringView text)
{
    return isIso639_1(text);
}

bool isIsoCountry(QStringView text)
{
    return isIso3166Alpha2(text);
}

bool isOneOf(QStringView value, Choices allowed)
{
    for (const char *candidate : allowed) {
        if (value == QLatin1StringView(candidate))
            return true;
    }
    return false;
}

QString allowedText(Choices allowed)
{
    QStringList names;
    for (const char *candidate : allowed)
        names << QString::fromLatin1(candidate);
    if (names.size() <= 1)
        return names.join(QString());
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

void checkMaxLength(const FieldPath &path, const QString &value, int max)
{
    if (value.size() > max)
        failInvalid(path.text(), QStringLiteral("at most %1 characters (got %2)").arg(max).arg(value.size()));
}

void checkMandatory(const FieldPath &path, const QString &value)
{
    if (value.trimmed().isEmpty())
        failInvalid(path.text(), QStringLiteral("mandatory"));
}

void checkContactNumber(const FieldPath &path, const QString &value)
{
    checkMandatory(path, value);
    if (!isDigitsOnly(value))
        failInvalid(path.text(), QStringLiteral("digits only"));
    checkMaxLength(path, value, maxContactNumberLength);
}

void checkEmail(const FieldPath &path, const QString &value)
{
    if (value.isEmpty())
        return;
    checkMaxLength(path, value, maxNameLength);
    if (!isValidEmail(value))
        failInvalid(path.text(), QStringLiteral("not a valid email address"));
}

void checkPhone(const FieldPath &path, const QString &value)
{
    if (value.isEmpty())
        return;
    checkMaxLength(path, value, maxCommunicationValueLength);
    if (!isValidPhone(value))
        failInvalid(path.text(), QStringLiteral("not a valid phone number (digits, spaces, + . - / ( ), 6 to 20 digits)"));
}

void checkLanguage(const FieldPath &path, const QString &value)
{
    if (value.isEmpty())
        return;
    if (!isIsoLanguage(value))
        failInvalid(path.text(), QStringLiteral("not an ISO 639-1 language code (two lower-case letters, e.g. de)"));
}

void checkCountry(const FieldPath &path, const QString &value)
{
    if (value.isEmpty())
        return;
    if (value == u"UK")
        failInvalid(path.text(), QStringLiteral("not an ISO 3166-1 alpha-2 country code: use GB, not UK"));
    if (!isIsoCountry(value))
        failInvalid(path.text(), QStringLiteral("not an ISO 3166-1 alpha-2 country code (two upper-case letters, e.g. CH)"));
}

void checkEnum(const FieldPath &path, const QString &value, Choices allowed)
{
    if (value.isEmpty())
        return;
    if (!isOneOf(value, allowed))
        failInvalid(path.text(), QStringLiteral("must be %1").arg(allowedText(allowed)));
}

void checkBirthDate(const FieldPath &path, const QDate &value, const QDate &today)
{
    if (!value.isValid())
        return;
    if (value > today)
        failInvalid(path.text(), QStringLiteral("must not be in the future"));
    if (value.year() < 1850)
        failInvalid(path.text(), QStringLiteral("must not be before 1850"));
}

void checkPaging(const FieldPath &criteria, std::optional<int> firstResult, std::optional<int> maxResults)
{
    if (firstResult && *firstResult < 0)
        failInvalid(criteria.field(u"firstResult").text(), QStringLiteral("must be 0 or more"));
    if (maxResults && (*maxResults < contract::searchMinMaxResults || *maxResults > contract::searchMaxMaxResults)) {
        failInvalid(criteria.field(u"maxResults").text(),
                    QStringLiteral("must be between %1 and %2")
                        .arg(contract::searchMinMaxResults)
                        .arg(contract::searchMaxMaxResults));
    }
}

void checkNewPassword(const FieldPath &path, const QString &value)
{
    if (value.size() < minPasswordLength)
        failInvalid(path.text(), QStringLiteral("at least %1 characters").arg(minPasswordLength));
    if (value.size() > maxPasswordLength)
        failInvalid(path.text(), QStringLiteral("at most %1 characters").arg(maxPasswordLength));
}

} // namespace contactdesk::sandbox::domain
