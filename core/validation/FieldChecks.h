#pragma once

// One check per kind of value. Each returns the problem in words for the user (translated
// through QCoreApplication::translate, context "Validation"), or an empty string when the value
// is fine. An empty value passes every check but checkMandatory.

#include <QDate>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace contactdesk::validation {

QString checkMandatory(const QString &value);
QString checkMaxLength(const QString &value, int max);
QString checkEmail(const QString &value);
QString checkPhone(const QString &value);
QString checkLanguage(const QString &value);
QString checkCountry(const QString &value);
QString checkBirthDate(const QDate &value, const QDate &today);
QString checkNewPassword(const QString &value);
QString checkOneOf(const QString &value, const QStringList &allowed);
// A value for an administrative number whose pattern (a regular expression, matched against the
// whole value) may be empty: then anything goes.
QString checkPattern(const QString &value, const QString &pattern);
QString checkNumber(const QString &value);     // a decimal number, '.' as separator
QString checkIsoDate(const QString &value);    // yyyy-MM-dd

} // namespace contactdesk::validation
