#pragma once

// Field paths name the value a problem is about, with the wire names of the DTO joined by '.',
// a list item as name[i] (0-based), relative to the object being saved:
//     "individualContact.individualLastName", "addresses[1].countryCode".
// A server `invalid` answer names the field from the operation's parameter down
// ("individualContactData.addresses[1].countryCode", CONTRACT.md / contract::statusDetail...);
// relativeFieldPath() strips that parameter so both name the same field the same way.

#include <QString>
#include <QStringView>

namespace contactdesk::validation {

// "addresses[1].countryCode" from ("addresses", 1, "countryCode"); field may be null: "addresses[1]".
QString itemPath(const char *list, qsizetype index, const char *field = nullptr);
// "individualContact.individualLastName" from ("individualContact", "individualLastName").
QString memberPath(const char *object, const char *field);

// The path without its first segment when that segment is `parameter`; the path unchanged
// otherwise (a server may name the field either way).
QString relativeFieldPath(const QString &path, QStringView parameter);

} // namespace contactdesk::validation
