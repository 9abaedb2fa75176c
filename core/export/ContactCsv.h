#pragma once

// The columns of a contact export in CSV: one record per contact, the header names first.
// Lists are reduced to what a spreadsheet can hold: the main address (the one typed MAIN, else
// the first), the main phone and mobile (the one marked main, else the first of that type).

#include "dto/ContactInformationTypes.h"

#include <QStringList>

namespace contactdesk::exports {

class ContactCsv {
public:
    static QStringList header();
    static QStringList row(const dto::ContactDataResult &contact);
};

} // namespace contactdesk::exports
