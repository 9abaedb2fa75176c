#pragma once

// A structure in a tab: its details (StructureEditor, saved with saveStructureContactData and
// expectedLastModificationDate, then saveStructureAdministrativeNumbers when the numbers
// changed) and its members (MembersPanel). Validation, server `invalid` answers next to the
// field, the conflict dialog and local drafts work as for an individual.
// A new structure (startNew) carries a client identifier, kept across retries and in its draft,
// so that a retried create never makes two; it needs its relay (an existing individual).

#include "api/ApiSession.h"
#include "contact/ConflictDialog.h"
#include "contact/ContactTab.h"
#include "drafts/ContactDraft.h"
#include "structure/StructureEditor.h"

#include <QPointer>

class QTabWidget;

namespace contactdesk::ui {

class DraftStore;
class MembersPanel;
class MessageBar;

class StructureTab : public ContactTab {
    Q_OBJECT
public:
    StructureTab(ApiSession *session, DraftStore *drafts, QWidget *parent = nullptr);
    ~StructureTab() override;

    void load(const QString &contactNumber);
    // An empty structure, not created yet (the members page opens once it is saved).
    void startNew();
    void restoreDraft(const ContactDraft &draft);

    QString contactNumber() const override { return m_stored.contactNumber; }
    bool isStructure() const override { return true; }
    QString title() const override;
    bool isDirty() const override;
    QUndoStack *undoStack() const override { return m_document->undoStack(); }
    void setReferenceData(const ReferenceDataSnapshot &reference) override;
    void save() override;
    void reload() override;
    void discardDraft() override;

    StructureDocument *document() const { return m_document; }
    StructureEditor *editor() const { return m_editor; }
    MembersPanel *members() const { return m_members; }
    MessageBar *messageBar() const { return m_messages; }
    QTabWidget *pages() const { return m_pages; }
    ConflictDialog *conflictDialog() const { return m_conflictDialog; }
    const dto::ContactDataResult &stored() const { return m_stored; }
    std::optional<qint64> clientIdentifier() const { return m_identifier; }

private:
    void applyStored(const dto::ContactDataResult &stored);
    void saveNumbers(const QString &number);
    void finishSave(const QString &number);
    void onSaveFailed(const ApiError &error);
    void resolveConflict();
    void writeDraft();

    QPointer<ApiSession> m_session;
    DraftStore *m_drafts;
    StructureDocument *m_document;
    StructureEditor *m_editor;
    MembersPanel *m_members;
    MessageBar *m_messages;
    QTabWidget *m_pages = nullptr;
    QPointer<ConflictDialog> m_conflictDialog;
    dto::ContactDataResult m_stored;
    dto::StructureContactData m_base;
    std::optional<qint64> m_identifier;
    std::optional<ContactDraft> m_pendingDraft;
    QString m_writtenDraftKey;
    bool m_loading = false;
    bool m_saving = false;
};

} // namespace contactdesk::ui
