#pragma once

// Hand-written, realistic name material for the seed generator, per country (CH, FR, DE,
// GB), accents included. Strings are UTF-8. Phone numbers use each country's format; the
// GB ones are in Ofcom's drama ranges (07700 900xxx, 020 7946 0xxx).

#include <span>

namespace contactdesk::sandbox::seed {

struct Town {
    const char *zip;
    const char *name;
};

struct CountryNames {
    const char *countryCode; // ISO 3166-1 alpha-2
    std::span<const char *const> femaleFirstNames;
    std::span<const char *const> maleFirstNames;
    std::span<const char *const> lastNames;
    std::span<const char *const> streets;
    std::span<const Town> towns;
    std::span<const char *const> languages;     // ISO 639-1, weighted by repetition
    std::span<const char *const> mobilePrefixes; // international form, e.g. "+41 79"
    std::span<const char *const> landlinePrefixes;
    int subscriberDigits;                        // digits after the prefix
    std::span<const char *const> emailDomains;
    std::span<const char *const> companyPatterns; // {L} = a last name, {T} = a town; type code after '|'
    bool houseNumberFirst;                        // "10 Downing Street" vs "Bahnhofstrasse 10"
};

std::span<const CountryNames> seedCountries();
std::span<const char *const> memberFunctions();

} // namespace contactdesk::sandbox::seed
