#pragma once

// Value rules of CONTRACT.md, as pure functions, and a throwing form for the operations
// (each failure names the field: "<field path>: <message>").

#include "domain/CallFailure.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <span>

namespace contactdesk::sandbox::domain {

// The allowed values of an enumeration, e.g. `inline constexpr const char *titles[] = {...}`.
using Choices = std::span<const char *const>;

// [OURS] lengths the contract leaves open.
inline constexpr int maxContactNumberLength = 20;
inline constexpr int maxNameLength = 100;      // names, lines, email (String(100))
inline constexpr int maxStructureCodeLength = 8;
inline constexpr int maxAddressNameLength = 38;
inline constexpr int maxZipLength = 10;
inline constexpr int maxTownLength = 20;
inline constexpr int maxRemarkLength = 2000;
inline constexpr int maxFunctionLength = 100;
inline constexpr int maxWebSiteLength = 255;
inline constexpr int maxCommunicationValueLength = 255;
inline constexpr int maxCriterionTextLength = 2000;
inline constexpr int maxLoginLength = 100;
inline constexpr int minPasswordLength = 8;
inline constexpr int maxPasswordLength = 128;
inline constexpr int maxPhotoBytes = 512 * 1024;
inline constexpr int maxReferenceLength = 255; // provider user references, codes

bool isDigitsOnly(QStringView text);
bool isValidEmail(QStringView text);
bool isValidPhone(QStringView text);      // optional '+', digits, spaces, . - / ( ); 6 to 20 digits
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
