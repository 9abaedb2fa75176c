#pragma once

// Search keys for accent- and case-insensitive prefix search.
//
// foldForSearch: compatibility decomposition (NFKD), combining marks removed, letters
// without a decomposition mapped by hand (ß -> ss, æ -> ae, œ -> oe, ø -> o, đ/ð -> d,
// ł -> l, þ -> th, ı -> i), then case folding; runs of white space become one space and
// the ends are trimmed. "Müller" -> "muller", "Ørsted" -> "orsted", "ZÜRICH" -> "zurich".
//
// A prefix P matches a key K when K >= P and K < prefixUpperBound(P): SQLite compares
// TEXT with memcmp over UTF-8, and U+10FFFF is the largest code point, so the range
// [P, P + U+10FFFF) holds exactly the keys that start with P (and can use an index).

#include <QString>

namespace contactdesk::sandbox::store {

QString foldForSearch(QStringView text);
QString prefixUpperBound(const QString &foldedPrefix);

// Digits only ("+41 79 123-45-67" -> "41791234567").
QString phoneDigits(QStringView text);
// The national form of an international number for the countries the sandbox knows
// ("+41 79 123 45 67" -> "0791234567"); empty when the number is not international.
QString nationalPhoneDigits(QStringView text);

} // namespace contactdesk::sandbox::store
