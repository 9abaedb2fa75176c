#pragma once

// The form of a structure: name, code, type (getStructureTypes), address names, web site,
// number of employees, main email, its relay (shown, and reachable; typed for a new structure), administrative numbers
// checked against their patterns, emails and phones, addresses and criteria. Bound to a
// StructureDocument; problems shown next to their fields.

#include "cache/ReferenceDataSnapshot.h"
#include "common/EditDocument.h"
#include "common/FieldBinder.h"
#include "dto/ContactInformationTypes.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QLabel;
class QPushButton;

namespace contactdesk::ui {

using StructureDocument = EditDocument<dto::StructureContactData>;

class AddressListEditor;
class AdministrativeNumbersEditor;
class CommunicationMeansEditor;
class CriteriaEditor;
class FieldErrorRegistry;
class FieldRevertFilter;

class StructureEditor : public QWidget {
    Q_OBJECT
public:
    explicit StructureEditor(StructureDocument *document, QWidget *parent = nullptr);
    ~StructureEditor() override;

    void setReferenceData(const ReferenceDataSnapshot &reference);
    void setStoredInfo(const dto::ContactDataResult &stored);
    QList<ApiError> validate();
    QList<ApiError> showProblems(const QList<ApiError> &problems);
    void focusProblem(const QList<ApiError> &problems);

    FieldErrorRegistry *errors() const { return m_errors; }
    QWidget *fieldWidget(const QString &field) const;
    AdministrativeNumbersEditor *administrativeNumbers() const { return m_numbers; }

Q_SIGNALS:
    void openRelayRequested(const QString &contactNumber);

private:
    void refresh();

    StructureDocument *m_document;
    FieldErrorRegistry *m_errors;
    FieldRevertFilter *m_revert;
    std::unique_ptr<FieldBinder<dto::StructureContactData>> m_binder;
    QLabel *m_header = nullptr;
    QComboBox *m_type = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_relayNumber = nullptr; // a new structure's relay, typed (shown until it is created)
    QLabel *m_relay = nullptr;
    QPushButton *m_openRelay = nullptr;
    AdministrativeNumbersEditor *m_numbers = nullptr;
    CommunicationMeansEditor *m_means = nullptr;
    AddressListEditor *m_addresses = nullptr;
    CriteriaEditor *m_criteria = nullptr;
    QList<dto::ContactCriterion> m_criterionDefinitions;
    QList<dto::AvailableAdministrativeNumber> m_numberDefinitions;
};

} // namespace contactdesk::ui
