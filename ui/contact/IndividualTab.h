#pragma once

// An individual in a tab: loads it with getContactData (every useful detail level), edits it in
// an IndividualEditor, saves it with saveIndividualContactData and expectedLastModificationDate.
//
// - Validation runs before any call; a server `invalid` answer is shown next to the field it names.
// - A failed save keeps the edit. A `conflict` answer opens the ConflictDialog (stored vs mine),
//   then saves the chosen values.
// - Every change is written as a local draft (without the password); a save or a discard removes it.
// - A new individual carries a client identifier, kept across retries (and in its draft), so a
//   retried create never makes two contacts.

#include "api/ApiSession.h"
#include "contact/ConflictDialog.h"
#include "contact/ContactTab.h"
#include "contact/IndividualEditor.h"
#include "drafts/ContactDraft.h"

#include <QPointer>

class QAction;

namespace contactdesk {
class ApiSession;
}

namespace contactdesk::ui {

class DraftStore;
class MessageBar;

class IndividualTab : public ContactTab {
    Q_OBJECT
public:
    // drafts may be null.
    IndividualTab(ApiSession *session, DraftStore *drafts, QWidget *parent = nullptr);
    ~IndividualTab() override;

    void load(const QString &contactNumber);
    void startNew();
    // Reopens an unsaved edit from a draft: the stored contact is loaded, then the draft is
    // applied on top as one undoable step.
    void restoreDraft(const ContactDraft &draft);

    QString contactNumber() const override { return m_stored.contactNumber; }
    bool isStructure() const override { return false; }
    QString title() const override;
    bool isDirty() const override;
    QUndoStack *undoStack() const override { return m_document->undoStack(); }
    void setReferenceData(const ReferenceDataSnapshot &reference) override;
    void save() override;
    void reload() override;
    void discardDraft() override;

    IndividualDocument *document() const { return m_document; }
    IndividualEditor *editor() const { return m_editor; }
    MessageBar *messageBar() const { return m_messages; }
    const dto::ContactDataResult &stored() const { return m_stored; }
    std::optional<qint64> clientIdentifier() const { return m_identifier; }
    // The conflict dialog while it is open (tests drive it).
    ConflictDialog *conflictDialog() const { return m_conflictDialog; }

Q_SIGNALS:
    void sendTokenRequested(const contactdesk::dto::ContactDataResult &contact);
    void ticketShopRequested(const contactdesk::dto::ContactDataResult &contact);

private:
    void applyStored(const dto::ContactDataResult &stored);
    void onSaveFailed(const ApiError &error);
    void resolveConflict();
    void writeDraft();
    QString draftKey() const;
    QString profileId() const;

    QPointer<ApiSession> m_session;
    DraftStore *m_drafts;
    IndividualDocument *m_document;
    IndividualEditor *m_editor;
    MessageBar *m_messages;
    QAction *m_saveAction = nullptr;
    QPointer<ConflictDialog> m_conflictDialog;
    dto::ContactDataResult m_stored;
    dto::IndividualContactData m_base; // what the edit started from (the stored contact as editable)
    std::optional<qint64> m_identifier;
    std::optional<ContactDraft> m_pendingDraft;
    QString m_writtenDraftKey;
    bool m_loading = false;
    bool m_saving = false;
};

} // namespace contactdesk::ui
