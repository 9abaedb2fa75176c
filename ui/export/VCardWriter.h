#pragma once

// vCard 4.0 (RFC 6350) for a contact: KIND, FN, N, ORG, EMAIL, TEL, ADR, BDAY, LANG, NOTE,
// UID; text escaped (\\ \, \; \n), lines folded at 75 octets, CRLF line ends.

#include "dto/ContactInformationTypes.h"

#include <QByteArray>
#include <QString>

namespace contactdesk::ui {

QString vCardText(const QString &value);
QByteArray vCard(const dto::ContactDataResult &contact, const QString &institution = {});
// Folds one content line (without its CRLF) into lines of at most 75 octets.
QByteArray foldVCardLine(const QByteArray &line);

} // namespace contactdesk::ui
