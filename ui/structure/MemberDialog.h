#pragma once

// One member of a structure: create a new individual as a member (names required), or edit an
// existing membership (function, role, professional email and phone). Checked with the
// contract's rules before it is sent; saveStructureMember does the rest.

#include "api/ApiSession.h"
#include "dto/ContactInformationTypes.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLineEdit;

namespace contactdesk::ui {

class FieldErrorRegistry;
class MessageBar;

class MemberDialog : public QDialog {
    Q_OBJECT
public:
    // member.memberContactNumber empty: a new individual; set: an edit of that membership.
    MemberDialog(ApiSession *session, const dto::StructureMemberData &member, QWidget *parent = nullptr);

    dto::StructureMemberData member() const;
    void save();

    QLineEdit *firstNameEdit() const { return m_firstName; }
    QLineEdit *lastNameEdit() const { return m_lastName; }
    QLineEdit *functionEdit() const { return m_function; }
    QComboBox *roleBox() const { return m_role; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *phoneEdit() const { return m_phone; }
    FieldErrorRegistry *errors() const { return m_errors; }

Q_SIGNALS:
    void saved(const QString &memberContactNumber);

private:
    QPointer<ApiSession> m_session;
    dto::StructureMemberData m_member;
    FieldErrorRegistry *m_errors;
    MessageBar *m_messages = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_function = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
};

} // namespace contactdesk::ui
