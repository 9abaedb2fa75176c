#pragma once

// The code lists of ISO 639-1 (184 languages) and ISO 3166-1 alpha-2 (249 countries),
// as published; sorted, so that membership is a binary search.

#include <QStringView>

namespace contactdesk::sandbox::domain {

bool isIso639_1(QStringView code);       // lower case, e.g. "de"
bool isIso3166Alpha2(QStringView code);  // upper case, e.g. "GB"

} // namespace contactdesk::sandbox::domain
