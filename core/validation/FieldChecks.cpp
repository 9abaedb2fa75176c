#include "validation/FieldChecks.h"

#include "validation/FieldLimits.h"
#include "validation/IsoCodes.h"
#include "validation/TextRules.h"

#include <QCoreApplication>

namespace contactdesk::validation {

QString checkMandatory(const QString &value)
{
    if (value.trimmed().isEmpty())
        return QCoreApplication::translate("Validation", "This field is required.");
    return {};
}

QString checkMaxLength(const QString &value, int max)
{
    if (value.size() > max)
        return QCoreApplication::translate("Validation", "At most %1 characters (now %2).").arg(max).arg(value.size());
    return {};
}

QString checkEmail(const QString &value)
{
    if (value.isEmpty())
        return {};
    if (QString tooLong = checkMaxLength(value, maxEmailLength); !tooLong.isEmpty())
        return tooLong;
    if (!isValidEmail(value))
        return QCoreApplication::translate("Validation", "Not a valid email address (name@example.com).");
    return {};
}

QString checkPhone(const QString &value)
{
    if (value.isEmpty())
        return {};
    if (QString tooLong = checkMaxLength(value, maxCommunicationValueLength); !tooLong.isEmpty())
        return tooLong;
    if (!isValidPhone(value))
        return QCoreApplication::translate("Validation",
                                           "Not a valid phone number: digits, spaces and + . - / ( ), 6 to 20 digits.");
    return {};
}

QString checkLanguage(const QString &value)
{
    if (value.isEmpty())
        return {};
    if (!isIso639_1(value))
        return QCoreApplication::translate("Validation", "Not an ISO 639-1 language code (two lower-case letters, e.g. de).");
    return {};
}

QString checkCountry(const QString &value)
{
    if (value.isEmpty())
        return {};
    if (value == u"UK")
        return QCoreApplication::translate("Validation", "Use GB for the United Kingdom, not UK.");
    if (!isIso3166Alpha2(value))
        return QCoreApplication::translate("Validation", "Not an ISO 3166-1 country code (two upper-case letters, e.g. CH).");
    return {};
}

QString checkBirthDate(const QDate &value, const QDate &today)
{
    if (!value.isValid())
        return {};
    if (value > today)
        return QCoreApplication::translate("Validation", "The birth date must not be in the future.");
    if (value.year() < earliestBirthYear)
        return QCoreApplication::translate("Validation", "The birth date must not be before %1.").arg(earliestBirthYear);
    return {};
}

QString checkNewPassword(const QString &value)
{
    if (value.size() < minPasswordLength)
        return QCoreApplication::translate("Validation", "At least %1 characters.").arg(minPasswordLength);
    return checkMaxLength(value, maxPasswordLength);
}

QString checkOneOf(const QString &value, const QStringList &allowed)
{
    if (value.isEmpty() || allowed.contains(value))
        return {};
    return QCoreApplication::translate("Validation", "Must be one of: %1.").arg(allowed.join(QStringLiteral(", ")));
}

QString checkPattern(const QString &value, const QString &pattern)
{
    if (value.isEmpty() || pattern.isEmpty())
        return {};
    const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
    if (!expression.isValid())
        return {}; // a pattern we cannot read is the server's to check
    if (!expression.match(value).hasMatch())
        return QCoreApplication::translate("Validation", "Does not match the expected format (%1).").arg(pattern);
    return {};
}

QString checkNumber(const QString &value)
{
    if (value.isEmpty())
        return {};
    static const QRegularExpression number(QStringLiteral(R"(^-?[0-9]+(\.[0-9]+)?$)"));
    if (!number.match(value).hasMatch())
        return QCoreApplication::translate("Validation", "Not a number (digits, '.' as decimal separator).");
    return {};
}

QString checkIsoDate(const QString &value)
{
    if (value.isEmpty())
        return {};
    if (!QDate::fromString(value, Qt::ISODate).isValid())
        return QCoreApplication::translate("Validation", "Not a date (yyyy-mm-dd).");
    return {};
}

} // namespace contactdesk::validation
