#pragma once

// What the export formats pick out of a contact: its display name, its main address, its main
// communication mean of a type. Shared by the CSV and vCard exports (and the UI).

#include "dto/ContactInformationTypes.h"

#include <optional>

namespace contactdesk::exports {

// "First Last" for an individual, the structure name for a structure, else the contact number.
QString displayName(const dto::ContactDataResult &contact);
// The address typed MAIN, else the first one.
std::optional<dto::ContactAddressData> mainAddress(const dto::ContactDataResult &contact);
// The communication mean of that type (EMAIL, PHONE, MOBILE, FAX, WEB) marked main, else the
// first one of that type.
std::optional<dto::CommunicationMeanData> mainCommunicationMean(const dto::ContactDataResult &contact,
                                                                 const QString &type);

} // namespace contactdesk::exports
