#pragma once

// The form of an individual: identity (title, first and last name, birth date, language,
// function, main email, remark), emails and phones, addresses, authorizations, criteria and
// the ticket-shop login and password. Bound to an IndividualDocument: every change is an
// undoable edit; the contract's rules (core/validation) are checked on every change and each
// problem is shown next to its field.

#include "cache/ReferenceDataSnapshot.h"
#include "common/EditDocument.h"
#include "common/FieldBinder.h"
#include "dto/ContactInformationTypes.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;

namespace contactdesk::ui {

using IndividualDocument = EditDocument<dto::IndividualContactData>;

class AddressListEditor;
class AuthorizationsEditor;
class CommunicationMeansEditor;
class CriteriaEditor;
class FieldErrorRegistry;
class FieldRevertFilter;

class IndividualEditor : public QWidget {
    Q_OBJECT
public:
    explicit IndividualEditor(IndividualDocument *document, QWidget *parent = nullptr);
    ~IndividualEditor() override;

    void setReferenceData(const ReferenceDataSnapshot &reference);
    // The read-only facts of the stored contact (number, dates, role) shown above the form.
    void setStoredInfo(const dto::ContactDataResult &stored);
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

    // Checks the document against the rules and shows every problem next to its field;
    // returns them (empty: the data can be sent).
    QList<ApiError> validate();
    // Shows problems (from the server, for instance) next to their fields; returns those that
    // have no field here.
    QList<ApiError> showProblems(const QList<ApiError> &problems);
    // Focuses the field of the first problem that has one.
    void focusProblem(const QList<ApiError> &problems);

    FieldErrorRegistry *errors() const { return m_errors; }
    QWidget *fieldWidget(const QString &field) const;
    CommunicationMeansEditor *communicationMeans() const { return m_means; }
    AddressListEditor *addresses() const { return m_addresses; }
    AuthorizationsEditor *authorizations() const { return m_authorizations; }
    CriteriaEditor *criteria() const { return m_criteria; }

private:
    void refresh(const QString &field);
    QWidget *buildIdentity();
    QWidget *buildTicketShop();

    IndividualDocument *m_document;
    FieldErrorRegistry *m_errors;
    FieldRevertFilter *m_revert;
    std::unique_ptr<FieldBinder<dto::IndividualContactData>> m_binder;
    QLabel *m_header = nullptr;
    CommunicationMeansEditor *m_means = nullptr;
    AddressListEditor *m_addresses = nullptr;
    AuthorizationsEditor *m_authorizations = nullptr;
    CriteriaEditor *m_criteria = nullptr;
    QList<dto::ContactCriterion> m_criterionDefinitions;
    std::function<QDate()> m_today;
};

} // namespace contactdesk::ui
