#include "structure/MemberDialog.h"

#include "common/CodeChoosers.h"
#include "common/FieldErrorRegistry.h"
#include "common/FormFields.h"
#include "common/FutureResult.h"
#include "common/MessageBar.h"
#include "contact/ServerProblem.h"
#include "validation/ContactValidation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace contactdesk::ui {

MemberDialog::MemberDialog(ApiSession *session, const dto::StructureMemberData &member, QWidget *parent)
    : QDialog(parent), m_session(session), m_member(member), m_errors(new FieldErrorRegistry(this))
{
    setObjectName(QStringLiteral("memberDialog"));
    const bool creating = member.memberContactNumber.isEmpty();
    setWindowTitle(creating ? tr("New member") : tr("Member %1").arg(member.memberContactNumber));
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    auto *host = new QWidget(this);
    auto *form = new QFormLayout(host);
    if (creating) {
        m_firstName = new QLineEdit(host);
        m_firstName->setObjectName(QStringLiteral("firstName"));
        addFormField(form, tr("&First name:"), m_firstName, QStringLiteral("individualContact.individualFirstName"), m_errors);
        m_lastName = new QLineEdit(host);
        m_lastName->setObjectName(QStringLiteral("lastName"));
        addFormField(form, tr("&Last name:"), m_lastName, QStringLiteral("individualContact.individualLastName"), m_errors);
    }
    m_function = new QLineEdit(member.function, host);
    m_function->setObjectName(QStringLiteral("function"));
    addFormField(form, tr("F&unction:"), m_function, QStringLiteral("function"), m_errors);
    m_role = createMemberRoleChooser(host);
    m_role->setObjectName(QStringLiteral("memberRole"));
    m_role->setCurrentIndex(std::max(0, m_role->findData(member.memberRole.isEmpty() ? QStringLiteral("MEMBER") : member.memberRole)));
    addFormField(form, tr("&Role:"), m_role, QStringLiteral("memberRole"), m_errors);
    m_email = new QLineEdit(member.professionalEmail, host);
    m_email->setObjectName(QStringLiteral("professionalEmail"));
    addFormField(form, tr("Professional &email:"), m_email, QStringLiteral("professionalEmail"), m_errors);
    m_phone = new QLineEdit(member.professionalPhone, host);
    m_phone->setObjectName(QStringLiteral("professionalPhone"));
    addFormField(form, tr("Professional &phone:"), m_phone, QStringLiteral("professionalPhone"), m_errors);
    layout->addWidget(host);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MemberDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

dto::StructureMemberData MemberDialog::member() const
{
    dto::StructureMemberData m = m_member;
    if (m.memberContactNumber.isEmpty()) {
        m.individualContact = dto::IndividualData{};
        m.individualContact->individualFirstName = m_firstName->text().trimmed();
        m.individualContact->individualLastName = m_lastName->text().trimmed();
    } else {
        m.individualContact.reset(); // the member's own data is edited in its tab
    }
    m.function = m_function->text().trimmed();
    m.memberRole = m_role->currentData().toString();
    m.professionalEmail = m_email->text().trimmed();
    m.professionalPhone = m_phone->text().trimmed();
    return m;
}

void MemberDialog::save()
{
    const dto::StructureMemberData m = member();
    const QList<ApiError> problems = validation::validateStructureMember(m, QDate::currentDate());
    const QList<ApiError> unshown = m_errors->show(problems);
    if (!problems.isEmpty()) {
        m_messages->showError(unshown.isEmpty() ? tr("Some fields need attention.") : unshown.first().message);
        return;
    }
    if (!m_session)
        return;
    onResult(m_session->s360()->saveStructureMember(m), this, [this](const Result<dto::ContactSaveResult> &r) {
        if (!r.ok()) {
            m_messages->showError(r.error());
            if (const std::optional<ApiError> problem = fieldProblemOf(r.error(), u"structureMemberData"))
                m_errors->show({*problem});
            return;
        }
        Q_EMIT saved(r->contactNumber);
        accept();
    });
}

} // namespace contactdesk::ui
