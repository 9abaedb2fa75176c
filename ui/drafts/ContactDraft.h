#pragma once

// The unsaved edit of one contact, kept on disk so that a crash or a kill loses nothing.
// A described DTO (dto/Fields.h) so that core's generic JSON codec reads and writes it; the ui
// builds no JSON itself. Never holds a secret: the ticket-shop password is dropped before a
// draft is written.

#include "dto/ContactInformationTypes.h"

namespace contactdesk::ui {

struct ContactDraft {
    QString profileId;
    QString contactNumber;            // empty for a contact not created yet
    std::optional<qint64> identifier; // the client identifier of a create
    QDateTime savedAt;
    QDateTime baseModificationDate;   // lastModificationDate of the stored contact the edit started from
    QString title;                    // the tab's name when the draft was written
    std::optional<dto::IndividualContactData> individual;
    std::optional<dto::StructureContactData> structure;

    // "c-<number>" for an existing contact, "n-<identifier>" for a new one.
    QString key() const;
    bool isNew() const { return contactNumber.isEmpty(); }

    template <class S, class V> static void describe(S &s, V &&v)
    {
        v("profileId", s.profileId);
        v("contactNumber", s.contactNumber);
        v("identifier", s.identifier);
        v("savedAt", s.savedAt);
        v("baseModificationDate", s.baseModificationDate);
        v("title", s.title);
        v("individual", s.individual);
        v("structure", s.structure);
    }
};

} // namespace contactdesk::ui
