#include "structure/MemberPickerDialog.h"

#include "common/CodeChoosers.h"
#include "common/FutureResult.h"
#include "common/MessageBar.h"
#include "search/FilterRow.h"
#include "search/SearchPanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace contactdesk::ui {

MemberPickerDialog::MemberPickerDialog(ApiSession *session, const QString &structureContactNumber, QWidget *parent)
    : QDialog(parent), m_session(session), m_structure(structureContactNumber)
{
    setObjectName(QStringLiteral("memberPickerDialog"));
    setWindowTitle(tr("Add an existing individual"));
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    m_search = new SearchPanel(this);
    QPointer<ApiSession> guarded(session);
    m_search->setSearchFunction([guarded](dto::ContactSearchCriteria criteria) {
        if (!guarded)
            return QtFuture::makeReadyFuture(Result<dto::ContactSearchResult>(ApiError::make(ApiError::Kind::Cancelled, {})));
        criteria.contactType = QStringLiteral("INDIVIDUAL");
        return guarded->s360()->searchContactByCriteria(criteria);
    });
    layout->addWidget(m_search, 1);
    auto *form = new QFormLayout;
    m_function = new QLineEdit(this);
    m_function->setObjectName(QStringLiteral("function"));
    m_function->setAccessibleName(tr("Function"));
    form->addRow(tr("F&unction:"), m_function);
    m_role = createMemberRoleChooser(this);
    m_role->setAccessibleName(tr("Role"));
    m_role->setCurrentIndex(std::max(0, m_role->findData(QStringLiteral("MEMBER"))));
    form->addRow(tr("&Role:"), m_role);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *add = buttons->addButton(tr("&Add to the structure"), QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("addMemberButton"));
    connect(add, &QPushButton::clicked, this, &MemberPickerDialog::addSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &SearchPanel::openRequested, this, &MemberPickerDialog::addSelected);
    layout->addWidget(buttons);
    resize(720, 520);
}

void MemberPickerDialog::addSelected()
{
    const QList<ContactSummary> picked = m_search->selectedContacts();
    if (picked.isEmpty()) {
        m_messages->showError(tr("Pick an individual in the results first."));
        return;
    }
    if (!m_session)
        return;
    dto::StructureMemberData member;
    member.structureContactNumber = m_structure;
    member.memberContactNumber = picked.first().contactNumber;
    member.function = m_function->text().trimmed();
    member.memberRole = m_role->currentData().toString();
    onResult(m_session->s360()->saveStructureMember(member), this, [this](const Result<dto::ContactSaveResult> &r) {
        if (!r.ok()) {
            m_messages->showError(r.error());
            return;
        }
        Q_EMIT added(r->contactNumber);
        accept();
    });
}

} // namespace contactdesk::ui
