#pragma once

// searchContactByCriteria and listStructureMembersByCriteria as SQL: every given filter
// must match; text filters are accent- and case-insensitive prefix matches on the folded
// key columns (an index range each, see TextFolding.h); the order is stable: last name
// (structure name), first name, contact number.

#include "dto/ContactInformationTypes.h"
#include "store/ContactStore.h"

#include <QSqlDatabase>

namespace contactdesk::sandbox::store {

struct ContactSearchPage {
    QList<qint64> contactIds; // this page, in order
    int totalNumber = 0;      // all matches
};

// `criteria.contactType` empty or ANY: both types. firstResult/maxResults already checked.
ContactSearchPage searchContacts(const QSqlDatabase &db, qint64 institutionId, const dto::ContactSearchCriteria &criteria,
                                 int firstResult, int maxResults);

struct MemberSearchPage {
    QList<MemberRecord> members;
    int totalNumber = 0;
};

// structureId: empty means the members of every structure of the institution.
MemberSearchPage searchMembers(const QSqlDatabase &db, qint64 institutionId, std::optional<qint64> structureId,
                               const dto::StructureMemberSearchCriteria &criteria, int firstResult, int maxResults);

} // namespace contactdesk::sandbox::store
