#pragma once

// Which criterion of searchContactByCriteria the text typed in the search field goes to:
//   "00123"          only digits             -> contactNumber
//   "anna@ex"        contains '@'            -> email
//   "+41 79", "079 12"  starts with '+', or digits with spaces (and . - / ( ))  -> phoneNumber
//   anything else                             -> lastName
// The text is trimmed; an empty text sets nothing.

#include "dto/ContactInformationTypes.h"

#include <QString>

namespace contactdesk::ui {

enum class SearchTextKind { Empty, ContactNumber, Email, PhoneNumber, LastName };

SearchTextKind classifySearchText(const QString &text);

// Puts the trimmed text into the criterion its kind names (clears the other four first).
void applySearchText(const QString &text, dto::ContactSearchCriteria &criteria);

} // namespace contactdesk::ui
