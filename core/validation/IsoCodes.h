#pragma once

// The code lists of ISO 639-1 (languages) and ISO 3166-1 alpha-2 (countries), for the checks
// and for the choosers of the user interface.

#include <QString>
#include <QStringList>
#include <QStringView>

namespace contactdesk::validation {

bool isIso639_1(QStringView code);      // lower case, e.g. "de"
bool isIso3166Alpha2(QStringView code); // upper case, e.g. "GB"; "UK" is not one

// Every code, sorted.
const QStringList &iso639_1Codes();
const QStringList &iso3166Alpha2Codes();

// An English name for a code as Qt's locale data knows it ("Switzerland"), or the code itself.
QString countryName(const QString &alpha2);
QString languageName(const QString &iso639_1);

} // namespace contactdesk::validation
