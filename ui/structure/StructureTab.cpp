#include "structure/StructureTab.h"

#include "common/FutureResult.h"
#include "common/Icons.h"
#include "common/MessageBar.h"
#include "contact/ConflictFields.h"
#include "contact/ContactConversion.h"
#include "contact/ServerProblem.h"
#include "drafts/DraftStore.h"
#include "structure/MembersPanel.h"

#include <QAction>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace contactdesk::ui {

StructureTab::StructureTab(ApiSession *session, DraftStore *drafts, QWidget *parent)
    : ContactTab(parent)
    , m_session(session)
    , m_drafts(drafts)
    , m_document(new StructureDocument(this))
    , m_editor(new StructureEditor(m_document, this))
    , m_members(new MembersPanel(session, this))
    , m_messages(new MessageBar(this))
{
    setObjectName(QStringLiteral("structureTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *saveAction = toolbar->addAction(icon(Icon::Save), tr("Save"), this, &StructureTab::save);
    saveAction->setToolTip(tr("Save the structure (Ctrl+S)"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setIcon(icon(Icon::Undo));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setIcon(icon(Icon::Redo));
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addAction(icon(Icon::Refresh), tr("Reload"), this, &StructureTab::reload);
    layout->addWidget(toolbar);
    layout->addWidget(m_messages);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("structurePages"));
    m_pages->addTab(m_editor, icon(Icon::Structure), tr("&Details"));
    m_pages->addTab(m_members, icon(Icon::Members), tr("&Members"));
    layout->addWidget(m_pages, 1);

    connect(m_editor, &StructureEditor::openRelayRequested, this,
            [this](const QString &number) { Q_EMIT openContactRequested(number, false); });
    connect(m_members, &MembersPanel::openMemberRequested, this,
            [this](const QString &number) { Q_EMIT openContactRequested(number, false); });
    connect(m_members, &MembersPanel::membersChanged, this, [this] {
        // A new relay changes the structure's relayContactNumber: show it (unless edits are open).
        if (!isDirty())
            reload();
    });
    connect(m_document, &EditDocumentBase::dirtyChanged, this, [this](bool dirty) {
        // The first edit's changed() comes while the undo stack is still clean (QUndoStack::push
        // runs redo() first): its draft is written here, once the document is dirty.
        if (!m_loading)
            writeDraft();
        Q_EMIT dirtyChanged(dirty);
        Q_EMIT titleChanged();
    });
    connect(m_document, &EditDocumentBase::changed, this, [this] {
        if (!m_loading)
            writeDraft();
        Q_EMIT titleChanged();
    });
}

StructureTab::~StructureTab() = default;

QString StructureTab::title() const
{
    const std::optional<dto::StructureData> &s = m_document->data().structureContact;
    if (s && !s->structureName.isEmpty())
        return s->structureName;
    if (m_stored.contactNumber.isEmpty())
        return m_identifier ? tr("New structure") : tr("Structure");
    return m_stored.contactNumber;
}

bool StructureTab::isDirty() const
{
    return m_document->isDirty();
}

void StructureTab::setReferenceData(const ReferenceDataSnapshot &reference)
{
    m_editor->setReferenceData(reference);
}

void StructureTab::applyStored(const dto::ContactDataResult &stored)
{
    m_stored = stored;
    m_base = editableStructure(stored);
    m_loading = true;
    m_document->reset(m_base);
    m_loading = false;
    m_editor->setStoredInfo(stored);
    Q_EMIT titleChanged();
    Q_EMIT loaded();
}

void StructureTab::load(const QString &contactNumber)
{
    if (!m_session)
        return;
    m_stored.contactNumber = contactNumber;
    m_loading = true;
    auto hold = holdBusy();
    onResult(m_session->s360()->getContactData(contactNumber, structureDetailLevels()), this,
             [this, hold](const Result<dto::ContactDataResult> &result) {
                 m_loading = false;
                 if (!result.ok()) {
                     m_messages->showError(result.error());
                     return;
                 }
                 applyStored(result.value());
                 m_pages->setTabEnabled(m_pages->indexOf(m_members), true);
                 if (m_members->members().isEmpty() || !m_members->isLoading())
                     m_members->setStructure(result->contactNumber);
                 if (m_pendingDraft) {
                     const ContactDraft draft = *m_pendingDraft;
                     m_pendingDraft.reset();
                     if (draft.structure && dtoEquals(*draft.structure, m_document->data())) {
                         // Saved before the app stopped: the server holds the edit already.
                         discardDraft();
                         m_messages->showInformation(tr("Your unsaved edit of %1 had already been saved.").arg(title()));
                         return;
                     }
                     if (draft.baseModificationDate.isValid())
                         m_stored.lastModificationDate = draft.baseModificationDate;
                     if (draft.structure)
                         m_document->replace(tr("Restore the unsaved edit"), *draft.structure);
                     m_messages->showInformation(tr("Your unsaved edit of %1 was restored.").arg(title()));
                 }
             });
}

void StructureTab::startNew()
{
    m_identifier = newClientIdentifier();
    dto::ContactDataResult empty;
    empty.contactType = QStringLiteral("STRUCTURE");
    applyStored(empty);
    m_pages->setTabEnabled(m_pages->indexOf(m_members), false);
}

void StructureTab::restoreDraft(const ContactDraft &draft)
{
    m_writtenDraftKey = draft.key();
    if (draft.isNew()) {
        startNew();
        if (draft.identifier)
            m_identifier = draft.identifier;
        m_writtenDraftKey = draft.key();
        if (draft.structure)
            m_document->replace(tr("Restore the unsaved edit"), *draft.structure);
        return;
    }
    m_pendingDraft = draft;
    load(draft.contactNumber);
}

void StructureTab::reload()
{
    if (!m_stored.contactNumber.isEmpty() && !isBusy())
        load(m_stored.contactNumber);
}

void StructureTab::writeDraft()
{
    if (!m_drafts || !m_session)
        return;
    const QString profileId = m_session->profile().id;
    if (!m_document->isDirty()) {
        if (!m_writtenDraftKey.isEmpty())
            m_drafts->remove(profileId, m_writtenDraftKey);
        m_writtenDraftKey.clear();
        return;
    }
    ContactDraft draft;
    draft.profileId = profileId;
    draft.contactNumber = m_stored.contactNumber;
    draft.identifier = m_identifier;
    draft.savedAt = QDateTime::currentDateTimeUtc();
    draft.baseModificationDate = m_stored.lastModificationDate;
    draft.title = title();
    draft.structure = m_document->data();
    if (m_drafts->save(draft))
        m_writtenDraftKey = draft.key();
}

void StructureTab::discardDraft()
{
    if (m_drafts && m_session && !m_writtenDraftKey.isEmpty())
        m_drafts->remove(m_session->profile().id, m_writtenDraftKey);
    m_writtenDraftKey.clear();
}

void StructureTab::save()
{
    const bool creating = m_stored.contactNumber.isEmpty();
    if (!m_session || m_saving || m_loading || (creating && !m_identifier))
        return;
    QList<ApiError> problems = m_editor->validate();
    if (creating && m_document->data().structureContact.value_or(dto::StructureData{}).relayContactNumber.isEmpty()) {
        problems << ApiError::validation(QStringLiteral("structureContact.relayContactNumber"),
                                         tr("A new structure needs its relay: the contact number of an individual."));
        m_editor->showProblems(problems);
    }
    if (!problems.isEmpty()) {
        m_pages->setCurrentWidget(m_editor);
        m_messages->showError(tr("%n field(s) need attention before saving.", nullptr, int(problems.size())));
        m_editor->focusProblem(problems);
        return;
    }
    m_saving = true;
    auto hold = holdBusy();
    m_messages->clear();
    dto::StructureContactData request = structureSaveRequest(m_document->data(), m_stored.lastModificationDate);
    if (creating)
        request.identifier = m_identifier; // a retry with it returns the structure the first call made
    onResult(m_session->s360()->saveStructureContactData(request), this, [this, hold](const Result<dto::ContactSaveResult> &r) {
        if (!r.ok()) {
            m_saving = false;
            onSaveFailed(r.error());
            return;
        }
        saveNumbers(r->contactNumber.isEmpty() ? m_stored.contactNumber : r->contactNumber);
    });
}

void StructureTab::saveNumbers(const QString &number)
{
    const QList<dto::AdministrativeNumberData> numbers =
        m_document->data().structureContact.value_or(dto::StructureData{}).administrativeNumbers;
    const QList<dto::AdministrativeNumberData> storedNumbers = m_base.structureContact.value_or(dto::StructureData{}).administrativeNumbers;
    if (dtoEquals(numbers, storedNumbers) || !m_session) {
        finishSave(number);
        return;
    }
    auto hold = holdBusy();
    onResult(m_session->s360()->saveStructureAdministrativeNumbers(number, numbers), this,
             [this, hold, number](const Result<dto::WebMethodResult> &r) {
                 if (!r.ok()) {
                     m_saving = false;
                     m_messages->showError(r.error());
                     if (std::optional<ApiError> problem = fieldProblemOf(r.error(), u"")) {
                         problem->field = QStringLiteral("structureContact.") + problem->field;
                         m_editor->showProblems({*problem});
                     }
                     return;
                 }
                 finishSave(number);
             });
}

void StructureTab::finishSave(const QString &number)
{
    m_saving = false;
    m_document->markSaved();
    discardDraft();
    m_identifier.reset();
    m_pages->setTabEnabled(m_pages->indexOf(m_members), true);
    m_messages->showInformation(tr("Saved."));
    Q_EMIT saved(number);
    load(number);
}

void StructureTab::onSaveFailed(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Status && error.code == u"conflict") {
        resolveConflict();
        return;
    }
    m_messages->showError(error);
    if (const std::optional<ApiError> problem = fieldProblemOf(error, u"structureContactData")) {
        m_pages->setCurrentWidget(m_editor);
        m_editor->showProblems({*problem});
        m_editor->focusProblem({*problem});
    }
}

void StructureTab::resolveConflict()
{
    if (!m_session)
        return;
    auto hold = holdBusy();
    onResult(m_session->s360()->getContactData(m_stored.contactNumber, structureDetailLevels()), this,
             [this, hold](const Result<dto::ContactDataResult> &result) {
                 if (!result.ok()) {
                     m_messages->showError(result.error());
                     return;
                 }
                 const dto::ContactDataResult storedNow = result.value();
                 const dto::StructureContactData storedEditable = editableStructure(storedNow);
                 const dto::StructureContactData mine = m_document->data();
                 dto::StructureContactData mineBesideNumbers = mine; // the numbers are saved on their own
                 if (mineBesideNumbers.structureContact && storedEditable.structureContact)
                     mineBesideNumbers.structureContact->administrativeNumbers =
                         storedEditable.structureContact->administrativeNumbers;
                 if (dtoEquals(storedEditable, mineBesideNumbers)) {
                     // The server holds this edit: an earlier attempt of the save was applied and
                     // only its answer was lost. Nothing to resolve; the numbers follow as usual.
                     m_stored = storedNow;
                     m_base = storedEditable;
                     m_editor->setStoredInfo(storedNow);
                     m_saving = true;
                     saveNumbers(storedNow.contactNumber);
                     return;
                 }
                 const auto rows = conflictRows(structureConflictFields(), m_base, storedEditable, mine);
                 const auto adopt = [this, storedNow, storedEditable, mine](dto::StructureContactData merged) {
                     // The numbers are saved on their own: keep the user's.
                     if (merged.structureContact && mine.structureContact)
                         merged.structureContact->administrativeNumbers = mine.structureContact->administrativeNumbers;
                     m_stored = storedNow;
                     m_base = storedEditable;
                     m_editor->setStoredInfo(storedNow);
                     m_document->replace(tr("Resolve the conflict"), merged);
                     save();
                 };
                 if (rows.rows.isEmpty()) {
                     adopt(mine);
                     return;
                 }
                 auto *dialog = new ConflictDialog(rows.rows, this);
                 dialog->setAttribute(Qt::WA_DeleteOnClose);
                 m_conflictDialog = dialog;
                 connect(dialog, &QDialog::accepted, this, [dialog, rows, storedEditable, mine, adopt] {
                     adopt(mergeConflict(rows, dialog->keepMine(), storedEditable, mine));
                 });
                 dialog->open();
             });
}

} // namespace contactdesk::ui
