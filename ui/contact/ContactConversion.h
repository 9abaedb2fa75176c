#pragma once

// From what getContactData returns to what a save sends, and back.
//
// The editable form has every list present (possibly empty), so that a save replaces the
// stored lists with exactly what the editor shows; the password is always empty (the server
// never returns it).

#include "dto/ContactInformationTypes.h"

#include <QStringList>

namespace contactdesk::ui {

// The detail levels an editor asks for.
QStringList individualDetailLevels();
QStringList structureDetailLevels();

dto::IndividualContactData editableIndividual(const dto::ContactDataResult &stored);
dto::StructureContactData editableStructure(const dto::ContactDataResult &stored);

// What a save sends: the edit, with expectedLastModificationDate (a conflict check when the
// contact exists) and no password unless one was typed.
dto::IndividualContactData individualSaveRequest(const dto::IndividualContactData &edited,
                                                 const QDateTime &expectedLastModificationDate);
dto::StructureContactData structureSaveRequest(const dto::StructureContactData &edited,
                                               const QDateTime &expectedLastModificationDate);

// A fresh client identifier for a create (positive, random): a retried create with the same
// identifier returns the contact the first one made.
qint64 newClientIdentifier();

// "Anna Muster", "Opéra de Lausanne", or the number when there is no name.
QString displayName(const dto::IndividualContactData &data, const QString &fallback);
QString displayName(const dto::ContactDataResult &contact);

} // namespace contactdesk::ui
