#pragma once

// Syntax rules for single values (CONTRACT.md 1.5), as pure predicates.

#include <QStringView>

namespace contactdesk::validation {

bool isDigitsOnly(QStringView text);   // at least one digit, nothing else
bool isValidEmail(QStringView text);   // local@domain.tld, at most 100 characters
bool isValidPhone(QStringView text);   // optional '+', digits, spaces, . - / ( ); 6 to 20 digits

} // namespace contactdesk::validation
