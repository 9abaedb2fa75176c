#pragma once

// A contact as one vCard 4.0 (RFC 6350): KIND, FN, N (individuals), ORG (structures), BDAY,
// LANG, TITLE (the function), EMAIL (the main email first), TEL (phones, mobiles, faxes),
// URL (web addresses, web site), ADR (every address, the MAIN one preferred), NOTE (the remark),
// REV (last modification) and X-S360-CONTACT-NUMBER. What the contact does not hold is left out.

#include "dto/ContactInformationTypes.h"

#include <QByteArray>

namespace contactdesk::exports {

class ContactVCard {
public:
    // BEGIN:VCARD ... END:VCARD, CRLF line ends, UTF-8.
    static QByteArray card(const dto::ContactDataResult &contact);
};

} // namespace contactdesk::exports
