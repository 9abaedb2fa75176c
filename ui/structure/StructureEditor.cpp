#include "structure/StructureEditor.h"

#include "common/FieldErrorRegistry.h"
#include "common/FieldRevertFilter.h"
#include "common/FormFields.h"
#include "contact/AddressListEditor.h"
#include "contact/CommunicationMeansEditor.h"
#include "contact/CriteriaEditor.h"
#include "structure/AdministrativeNumbersEditor.h"
#include "validation/ContactValidation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace contactdesk::ui {

namespace {

using Data = dto::StructureContactData;

dto::StructureData &structure(Data &d)
{
    if (!d.structureContact)
        d.structureContact.emplace();
    return *d.structureContact;
}

const dto::StructureData &structure(const Data &d)
{
    static const dto::StructureData empty;
    return d.structureContact ? *d.structureContact : empty;
}

} // namespace

StructureEditor::StructureEditor(StructureDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_errors(new FieldErrorRegistry(this)), m_revert(new FieldRevertFilter(this))
{
    m_binder.reset(new FieldBinder<Data>(document, m_revert));
    setObjectName(QStringLiteral("structureEditor"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    m_header = new QLabel(content);
    m_header->setObjectName(QStringLiteral("storedInfo"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);

    auto *general = new QWidget(content);
    auto *form = new QFormLayout(general);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto text = [&](const char *name, const QString &label, const QString &path, const QString &undo,
                          QString dto::StructureData::*member) {
        auto *edit = new QLineEdit(general);
        edit->setObjectName(QLatin1StringView(name));
        addFormField(form, label, edit, path, m_errors);
        m_binder->text(edit, path, undo, [member](const Data &d) { return structure(d).*member; },
                       [member](Data &d, const QString &v) { structure(d).*member = v; });
    };
    text("structureName", tr("&Name:"), QStringLiteral("structureContact.structureName"), tr("Edit the name"),
         &dto::StructureData::structureName);
    text("structureCode", tr("&Code:"), QStringLiteral("structureContact.structureCode"), tr("Edit the code"),
         &dto::StructureData::structureCode);
    m_type = new QComboBox(general);
    m_type->setObjectName(QStringLiteral("structureTypeCode"));
    m_type->addItem(tr("(none)"), QString());
    addFormField(form, tr("&Type:"), m_type, QStringLiteral("structureContact.structureTypeCode"), m_errors);
    m_binder->code(m_type, QStringLiteral("structureContact.structureTypeCode"), tr("Change the type"),
                   [](const Data &d) { return structure(d).structureTypeCode; },
                   [](Data &d, const QString &v) { structure(d).structureTypeCode = v; });
    text("addressName1", tr("Address name &1:"), QStringLiteral("structureContact.addressName1"),
         tr("Edit the address name"), &dto::StructureData::addressName1);
    text("addressName2", tr("Address name &2:"), QStringLiteral("structureContact.addressName2"),
         tr("Edit the address name"), &dto::StructureData::addressName2);
    text("webSite", tr("&Web site:"), QStringLiteral("structureContact.webSite"), tr("Edit the web site"),
         &dto::StructureData::webSite);
    auto *employees = new QSpinBox(general);
    employees->setObjectName(QStringLiteral("numberOfEmployees"));
    employees->setRange(-1, 10000000);
    employees->setSpecialValueText(tr("unknown"));
    addFormField(form, tr("&Employees:"), employees, QStringLiteral("structureContact.numberOfEmployees"), m_errors);
    connect(employees, &QSpinBox::valueChanged, this, [this](int value) {
        m_binder->commit(QStringLiteral("structureContact.numberOfEmployees"), tr("Change the number of employees"),
                         [value](Data &d) {
                             structure(d).numberOfEmployees = value < 0 ? std::nullopt : std::optional<int>(value);
                         });
    });
    m_binder->custom(employees, [employees](const Data &d) {
        const int value = structure(d).numberOfEmployees.value_or(-1);
        if (employees->value() != value)
            employees->setValue(value);
    });
    auto *email = new QLineEdit(general);
    email->setObjectName(QStringLiteral("email"));
    addFormField(form, tr("&Main email:"), email, QStringLiteral("email"), m_errors);
    m_binder->text(email, QStringLiteral("email"), tr("Edit the main email"), [](const Data &d) { return d.email; },
                   [](Data &d, const QString &v) { d.email = v; });
    auto *relayRow = new QWidget(general);
    auto *relayLayout = new QHBoxLayout(relayRow);
    relayLayout->setContentsMargins(0, 0, 0, 0);
    m_relay = new QLabel(relayRow);
    m_relay->setObjectName(QStringLiteral("relay"));
    m_openRelay = new QPushButton(tr("Open the relay"), relayRow);
    m_openRelay->setObjectName(QStringLiteral("openRelayButton"));
    relayLayout->addWidget(m_relay, 1);
    relayLayout->addWidget(m_openRelay);
    form->addRow(tr("Relay:"), relayRow);
    // Every structure has one relay: a new one is created with it (then members can change it).
    m_relayNumber = new QLineEdit(general);
    m_relayNumber->setObjectName(QStringLiteral("relayContactNumber"));
    m_relayNumber->setToolTip(tr("The contact number of the individual who is the structure's relay"));
    addFormField(form, tr("Relay contact n&umber:"), m_relayNumber, QStringLiteral("structureContact.relayContactNumber"),
                 m_errors);
    m_binder->text(m_relayNumber, QStringLiteral("structureContact.relayContactNumber"), tr("Choose the relay"),
                   [](const Data &d) { return structure(d).relayContactNumber; },
                   [](Data &d, const QString &v) { structure(d).relayContactNumber = v.trimmed(); });
    m_form = form;
    connect(m_openRelay, &QPushButton::clicked, this, [this] {
        const QString relay = structure(m_document->data()).relayContactNumber;
        if (!relay.isEmpty())
            Q_EMIT openRelayRequested(relay);
    });
    layout->addWidget(formSection(tr("Structure"), general, content));

    ListAccess<dto::AdministrativeNumberData> numbers;
    numbers.get = [this] { return structure(m_document->data()).administrativeNumbers; };
    numbers.edit = [this](const QString &field, const QString &label,
                          const std::function<void(QList<dto::AdministrativeNumberData> &)> &mutate) {
        m_document->edit(field, label, [mutate](Data &d) { mutate(structure(d).administrativeNumbers); });
    };
    m_numbers = new AdministrativeNumbersEditor(numbers, m_errors, m_revert, content);
    layout->addWidget(formSection(tr("Administrative numbers"), m_numbers, content));
    m_means = new CommunicationMeansEditor(optionalListAccess(document, &Data::communicationMeans), m_errors, m_revert, content);
    layout->addWidget(formSection(tr("Emails and phones"), m_means, content));
    m_addresses = new AddressListEditor(optionalListAccess(document, &Data::addresses), m_errors, m_revert, content);
    layout->addWidget(formSection(tr("Addresses"), m_addresses, content));
    m_criteria = new CriteriaEditor(optionalListAccess(document, &Data::contactCriteria), m_errors, m_revert, content);
    layout->addWidget(formSection(tr("Criteria"), m_criteria, content));
    layout->addStretch(1);
    scroll->setWidget(content);

    m_form->setRowVisible(m_relayNumber->parentWidget(), false);
    connect(m_document, &EditDocumentBase::changed, this, &StructureEditor::refresh);
    refresh();
}

StructureEditor::~StructureEditor() = default;

void StructureEditor::setReferenceData(const ReferenceDataSnapshot &reference)
{
    {
        const QSignalBlocker block(m_type);
        m_type->clear();
        m_type->addItem(tr("(none)"), QString());
        for (const dto::CodeName &type : reference.structureTypes.structureTypes)
            m_type->addItem(type.name.isEmpty() ? type.code : type.name, type.code);
    }
    m_numberDefinitions = reference.administrativeNumbers.administrativeNumbers;
    m_numbers->setDefinitions(m_numberDefinitions);
    m_criterionDefinitions = reference.contactCriteria.contactCriteria;
    m_criteria->setDefinitions(m_criterionDefinitions);
    refresh();
}

void StructureEditor::setStoredInfo(const dto::ContactDataResult &stored)
{
    m_form->setRowVisible(m_relayNumber->parentWidget(), stored.contactNumber.isEmpty());
    if (stored.contactNumber.isEmpty()) {
        m_header->setText(tr("New structure: not saved yet."));
        return;
    }
    const QLocale locale;
    QStringList facts{tr("Structure %1").arg(stored.contactNumber)};
    if (stored.contactId)
        facts << tr("id %1").arg(*stored.contactId);
    if (stored.lastModificationDate.isValid())
        facts << tr("modified %1").arg(locale.toString(stored.lastModificationDate.toLocalTime(), QLocale::ShortFormat));
    m_header->setText(facts.join(QStringLiteral(" · ")));
}

void StructureEditor::refresh()
{
    m_binder->refresh();
    const QString relay = structure(m_document->data()).relayContactNumber;
    m_relay->setText(relay.isEmpty() ? tr("none") : tr("contact %1").arg(relay));
    m_openRelay->setEnabled(!relay.isEmpty());
    m_numbers->refresh();
    m_means->refresh();
    m_addresses->refresh();
    m_criteria->refresh();
    validate();
}

QList<ApiError> StructureEditor::validate()
{
    const Data &d = m_document->data();
    QList<ApiError> problems = validation::validateStructure(d);
    problems += validation::validateAdministrativeNumbers(structure(d).administrativeNumbers, m_numberDefinitions,
                                                          QStringLiteral("structureContact"));
    if (d.contactCriteria)
        problems += validation::validateCriteria(*d.contactCriteria, m_criterionDefinitions);
    // Without the definitions (reference data not loaded yet), a number cannot be checked here.
    if (m_numberDefinitions.isEmpty())
        problems.removeIf([](const ApiError &e) { return e.field.contains(QStringLiteral("administrativeNumbers")); });
    m_errors->show(problems);
    return problems;
}

QList<ApiError> StructureEditor::showProblems(const QList<ApiError> &problems)
{
    return m_errors->show(problems);
}

void StructureEditor::focusProblem(const QList<ApiError> &problems)
{
    m_errors->focusFirstOf(problems);
}

QWidget *StructureEditor::fieldWidget(const QString &field) const
{
    return m_errors->fieldWidget(field);
}

} // namespace contactdesk::ui
