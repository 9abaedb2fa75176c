#pragma once

// Value rules of CONTRACT.md, as pure functions, and a throwing form for the operations
// (each failure names the field: "<field path>: <message>").

#include "domain/CallFailure.h"
#include "validation/FieldLimits.h"
#include "validation/IsoCodes.h"
#include "validation/TextRules.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <span>

namespace contactdesk::sandbox::domain {

// The allowed values of an enumeration, e.g. `inline constexpr const char *titles[] = {...}`.
using Choices = std::span<const char *const>;

// The contract's lengths and value rules are core's (core/validation): the app checks before a
// call exactly what the server checks on arrival. Names declared here hide core's.
using namespace contactdesk::validation;

// Bounds only the server applies.
inline constexpr int maxPhotoBytes = 512 * 1024;
inline constexpr int maxReferenceLength = 255; // provider user references, codes

bool isIsoLanguage(QStringView text);     // ISO 639-1, two lower-case letters of the standard
bool isIsoCountry(QStringView text);      // ISO 3166-1 alpha-2, upper case; "UK" is not one
bool isOneOf(QStringView value, Choices allowed);
QString allowedText(Choices allowed); // "A, B or C"

// Throwing checks. `value` null or empty counts as absent for the optional ones.
void checkMaxLength(const FieldPath &path, const QString &value, int max);
void checkMandatory(const FieldPath &path, const QString &value);
void checkContactNumber(const FieldPath &path, const QString &value); // digits only, <= 20
void checkEmail(const FieldPath &path, const QString &value);         // optional; syntax, <= 100
void checkPhone(const FieldPath &path, const QString &value);         // optional
void checkLanguage(const FieldPath &path, const QString &value);      // optional
void checkCountry(const FieldPath &path, const QString &value);       // optional
void checkEnum(const FieldPath &path, const QString &value, Choices allowed); // optional
void checkBirthDate(const FieldPath &path, const QDate &value, const QDate &today); // optional; not in the future
void checkPaging(const FieldPath &criteria, std::optional<int> firstResult, std::optional<int> maxResults);
void checkNewPassword(const FieldPath &path, const QString &value);

} // namespace contactdesk::sandbox::domain
