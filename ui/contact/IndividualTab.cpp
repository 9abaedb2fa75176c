#include "contact/IndividualTab.h"

#include "common/FutureResult.h"

#include "api/ApiSession.h"
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/MessageBar.h"
#include "contact/ConflictDialog.h"
#include "contact/ConflictFields.h"
#include "contact/ContactConversion.h"
#include "contact/ServerProblem.h"
#include "drafts/DraftStore.h"

#include <QAction>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace contactdesk::ui {

IndividualTab::IndividualTab(ApiSession *session, DraftStore *drafts, QWidget *parent)
    : ContactTab(parent)
    , m_session(session)
    , m_drafts(drafts)
    , m_document(new IndividualDocument(this))
    , m_editor(new IndividualEditor(m_document, this))
    , m_messages(new MessageBar(this))
{
    setObjectName(QStringLiteral("individualTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_saveAction = toolbar->addAction(icon(Icon::Save), tr("Save"), this, &IndividualTab::save);
    m_saveAction->setToolTip(tr("Save the contact (Ctrl+S)"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("Undo"));
    undo->setIcon(icon(Icon::Undo));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("Redo"));
    redo->setIcon(icon(Icon::Redo));
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    QAction *reloadAction = toolbar->addAction(icon(Icon::Refresh), tr("Reload"), this, &IndividualTab::reload);
    reloadAction->setToolTip(tr("Load the stored contact again"));
    toolbar->addSeparator();
    QAction *token = toolbar->addAction(icon(Icon::Token), tr("Registration token…"), this,
                                        [this] { Q_EMIT sendTokenRequested(m_stored); });
    QAction *ticketShop = toolbar->addAction(icon(Icon::Ticket), tr("Ticket shop…"), this,
                                             [this] { Q_EMIT ticketShopRequested(m_stored); });
    layout->addWidget(toolbar);
    layout->addWidget(m_messages);
    layout->addWidget(m_editor, 1);

    const auto updateActions = [this, token, ticketShop, reloadAction] {
        const bool exists = !m_stored.contactNumber.isEmpty();
        token->setEnabled(exists && m_stored.contactId.has_value());
        ticketShop->setEnabled(exists);
        reloadAction->setEnabled(exists && !isBusy());
        m_saveAction->setEnabled(!isBusy());
    };
    connect(this, &ContactTab::loaded, this, updateActions);
    connect(this, &ContactTab::busyChanged, this, updateActions);
    updateActions();

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

IndividualTab::~IndividualTab() = default;

QString IndividualTab::profileId() const
{
    return m_session ? m_session->profile().id : QString();
}

QString IndividualTab::title() const
{
    if (m_stored.contactNumber.isEmpty() && !m_identifier)
        return m_loading ? tr("Loading…") : tr("Contact");
    const QString fallback = m_stored.contactNumber.isEmpty() ? tr("New individual") : m_stored.contactNumber;
    return displayName(m_document->data(), fallback);
}

bool IndividualTab::isDirty() const
{
    return m_document->isDirty();
}

void IndividualTab::setReferenceData(const ReferenceDataSnapshot &reference)
{
    m_editor->setReferenceData(reference);
}

void IndividualTab::applyStored(const dto::ContactDataResult &stored)
{
    m_stored = stored;
    m_base = editableIndividual(stored);
    m_loading = true;
    m_document->reset(m_base);
    m_loading = false;
    m_editor->setStoredInfo(stored);
    Q_EMIT titleChanged();
    Q_EMIT loaded();
}

void IndividualTab::load(const QString &contactNumber)
{
    if (!m_session)
        return;
    m_stored.contactNumber = contactNumber;
    m_loading = true;
    Q_EMIT titleChanged();
    auto hold = holdBusy();
    onResult(m_session->s360()
        ->getContactData(contactNumber, individualDetailLevels()), this, [this, hold](const Result<dto::ContactDataResult> &result) {
            m_loading = false;
            if (!result.ok()) {
                m_messages->showError(result.error());
                Q_EMIT titleChanged();
                return;
            }
            const QString previousDraftKey = m_writtenDraftKey;
            applyStored(result.value());
            m_messages->clear();
            if (m_pendingDraft) {
                const ContactDraft draft = *m_pendingDraft;
                m_pendingDraft.reset();
                if (draft.individual && dtoEquals(*draft.individual, m_document->data())) {
                    // The save went out before the app stopped and the server applied it: the
                    // edit is stored already, saving it again would apply it twice.
                    discardDraft();
                    m_messages->showInformation(tr("Your unsaved edit of %1 had already been saved.").arg(title()));
                    return;
                }
                // The save must be checked against what the draft started from.
                if (draft.baseModificationDate.isValid())
                    m_stored.lastModificationDate = draft.baseModificationDate;
                if (draft.individual)
                    m_document->replace(tr("Restore the unsaved edit"), *draft.individual);
                m_messages->showInformation(tr("Your unsaved edit of %1 was restored.").arg(title()));
            } else if (!previousDraftKey.isEmpty() && m_drafts) {
                m_drafts->remove(profileId(), previousDraftKey);
                m_writtenDraftKey.clear();
            }
        });
}

void IndividualTab::startNew()
{
    m_identifier = newClientIdentifier();
    dto::ContactDataResult empty;
    empty.contactType = QStringLiteral("INDIVIDUAL");
    applyStored(empty);
}

void IndividualTab::restoreDraft(const ContactDraft &draft)
{
    m_writtenDraftKey = draft.key();
    if (draft.isNew()) {
        m_identifier = draft.identifier ? draft.identifier : std::optional<qint64>(newClientIdentifier());
        dto::ContactDataResult empty;
        empty.contactType = QStringLiteral("INDIVIDUAL");
        applyStored(empty);
        if (draft.individual)
            m_document->replace(tr("Restore the unsaved edit"), *draft.individual);
        return;
    }
    m_pendingDraft = draft;
    load(draft.contactNumber);
}

void IndividualTab::reload()
{
    if (m_stored.contactNumber.isEmpty() || isBusy())
        return;
    load(m_stored.contactNumber);
}

QString IndividualTab::draftKey() const
{
    ContactDraft draft;
    draft.contactNumber = m_stored.contactNumber;
    draft.identifier = m_identifier;
    return draft.key();
}

void IndividualTab::writeDraft()
{
    if (!m_drafts || profileId().isEmpty())
        return;
    const QString key = draftKey();
    if (!m_document->isDirty()) {
        if (!m_writtenDraftKey.isEmpty()) {
            m_drafts->remove(profileId(), m_writtenDraftKey);
            m_writtenDraftKey.clear();
        }
        return;
    }
    ContactDraft draft;
    draft.profileId = profileId();
    draft.contactNumber = m_stored.contactNumber;
    draft.identifier = m_identifier;
    draft.savedAt = QDateTime::currentDateTimeUtc();
    draft.baseModificationDate = m_stored.lastModificationDate;
    draft.title = title();
    draft.individual = m_document->data();
    if (m_drafts->save(draft))
        m_writtenDraftKey = key;
}

void IndividualTab::discardDraft()
{
    if (m_drafts && !m_writtenDraftKey.isEmpty())
        m_drafts->remove(profileId(), m_writtenDraftKey);
    m_writtenDraftKey.clear();
}

void IndividualTab::save()
{
    if (!m_session || m_saving || m_loading)
        return;
    const QList<ApiError> problems = m_editor->validate();
    if (!problems.isEmpty()) {
        m_messages->showError(tr("%n field(s) need attention before saving.", nullptr, int(problems.size())));
        m_editor->focusProblem(problems);
        return;
    }
    dto::IndividualContactData request = individualSaveRequest(m_document->data(), m_stored.lastModificationDate);
    if (m_stored.contactNumber.isEmpty()) {
        if (!m_identifier)
            m_identifier = newClientIdentifier();
        request.identifier = m_identifier;
    }
    m_saving = true;
    auto hold = holdBusy();
    m_messages->clear();
    onResult(m_session->s360()->saveIndividualContactData(request), this, [this, hold](const Result<dto::ContactSaveResult> &result) {
        m_saving = false;
        if (!result.ok()) {
            onSaveFailed(result.error());
            return;
        }
        const QString number = result->contactNumber.isEmpty() ? m_stored.contactNumber : result->contactNumber;
        m_document->markSaved();
        discardDraft();
        m_identifier.reset();
        m_stored.contactNumber = number;
        m_messages->showInformation(tr("Saved."));
        Q_EMIT saved(number);
        load(number); // show what the server holds now
    });
}

void IndividualTab::onSaveFailed(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Status && error.code == u"conflict") {
        resolveConflict();
        return;
    }
    m_messages->showError(error);
    if (const std::optional<ApiError> problem = fieldProblemOf(error, u"individualContactData")) {
        m_editor->showProblems({*problem});
        m_editor->focusProblem({*problem});
    }
}

void IndividualTab::resolveConflict()
{
    if (!m_session || m_stored.contactNumber.isEmpty())
        return;
    auto hold = holdBusy();
    onResult(m_session->s360()
        ->getContactData(m_stored.contactNumber, individualDetailLevels()), this, [this, hold](const Result<dto::ContactDataResult> &result) {
            if (!result.ok()) {
                m_messages->showError(result.error());
                return;
            }
            const dto::ContactDataResult storedNow = result.value();
            const dto::IndividualContactData storedEditable = editableIndividual(storedNow);
            const dto::IndividualContactData mine = m_document->data();
            if (dtoEquals(storedEditable, mine)) {
                // The server holds exactly this edit: an earlier attempt of this save was applied
                // and only its answer was lost. Nothing to resolve, and nothing to save again.
                applyStored(storedNow);
                m_document->markSaved();
                discardDraft();
                m_messages->showInformation(tr("Saved."));
                Q_EMIT saved(storedNow.contactNumber);
                return;
            }
            const auto rows = conflictRows(individualConflictFields(), m_base, storedEditable, mine);
            const auto adopt = [this, storedNow, storedEditable, mine](dto::IndividualContactData merged) {
                merged.password = mine.password;
                merged.contactNumber = storedNow.contactNumber;
                m_stored = storedNow;
                m_base = storedEditable;
                m_editor->setStoredInfo(storedNow);
                m_document->replace(tr("Resolve the conflict"), merged);
                save();
            };
            if (rows.rows.isEmpty()) {
                adopt(mine); // the other change touched nothing the user sees: save again
                return;
            }
            m_messages->showMessage(MessageBar::Level::Warning,
                                    tr("Someone else saved this contact meanwhile: choose the values to keep."));
            auto *dialog = new ConflictDialog(rows.rows, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            m_conflictDialog = dialog;
            connect(dialog, &QDialog::accepted, this, [this, dialog, rows, storedEditable, mine, adopt] {
                adopt(mergeConflict(rows, dialog->keepMine(), storedEditable, mine));
            });
            connect(dialog, &QDialog::rejected, this, [this] {
                m_messages->showMessage(MessageBar::Level::Warning,
                                        tr("Not saved: the contact was changed by someone else. Your edit is kept."));
            });
            dialog->open();
        });
}

} // namespace contactdesk::ui
