#include "contact/IndividualEditor.h"

#include "common/CodeChoosers.h"
#include "common/FieldBinder.h"
#include "common/FieldErrorRegistry.h"
#include "common/FieldRevertFilter.h"
#include "common/FormFields.h"
#include "contact/AddressListEditor.h"
#include "contact/AuthorizationsEditor.h"
#include "contact/CommunicationMeansEditor.h"
#include "contact/CriteriaEditor.h"
#include "validation/ContactValidation.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace contactdesk::ui {

namespace {

using Data = dto::IndividualContactData;

dto::IndividualData &identity(Data &d)
{
    if (!d.individualContact)
        d.individualContact.emplace();
    return *d.individualContact;
}

const dto::IndividualData &identity(const Data &d)
{
    static const dto::IndividualData empty;
    return d.individualContact ? *d.individualContact : empty;
}

} // namespace

IndividualEditor::IndividualEditor(IndividualDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_errors(new FieldErrorRegistry(this))
    , m_revert(new FieldRevertFilter(this))
    , m_today([] { return QDate::currentDate(); })
{
    m_binder.reset(new FieldBinder<Data>(document, m_revert));
    setObjectName(QStringLiteral("individualEditor"));
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
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);

    layout->addWidget(formSection(tr("Identity"), buildIdentity(), content));

    m_means = new CommunicationMeansEditor(optionalListAccess(document, &Data::communicationMeans), m_errors, m_revert, content);
    layout->addWidget(formSection(tr("Emails and phones"), m_means, content));

    m_addresses = new AddressListEditor(optionalListAccess(document, &Data::addresses), m_errors, m_revert, content);
    layout->addWidget(formSection(tr("Addresses"), m_addresses, content));

    m_authorizations = new AuthorizationsEditor(optionalListAccess(document, &Data::authorizations), content);
    layout->addWidget(formSection(tr("Authorizations"), m_authorizations, content));

    m_criteria = new CriteriaEditor(optionalListAccess(document, &Data::contactCriteria), m_errors, m_revert, content);
    layout->addWidget(formSection(tr("Criteria"), m_criteria, content));

    layout->addWidget(formSection(tr("Ticket shop"), buildTicketShop(), content));
    layout->addStretch(1);
    scroll->setWidget(content);

    connect(m_document, &EditDocumentBase::changed, this, &IndividualEditor::refresh);
    refresh(QString());
}

IndividualEditor::~IndividualEditor() = default;

QWidget *IndividualEditor::buildIdentity()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *title = createTitleChooser(box);
    title->setObjectName(QStringLiteral("title"));
    addFormField(form, tr("&Title:"), title, QStringLiteral("individualContact.individualTitle"), m_errors);
    m_binder->code(title, QStringLiteral("individualContact.individualTitle"), tr("Change the title"),
                   [](const Data &d) { return identity(d).individualTitle; },
                   [](Data &d, const QString &v) { identity(d).individualTitle = v; });

    auto *firstName = new QLineEdit(box);
    firstName->setObjectName(QStringLiteral("firstName"));
    addFormField(form, tr("&First name:"), firstName, QStringLiteral("individualContact.individualFirstName"), m_errors);
    m_binder->text(firstName, QStringLiteral("individualContact.individualFirstName"), tr("Edit the first name"),
                   [](const Data &d) { return identity(d).individualFirstName; },
                   [](Data &d, const QString &v) { identity(d).individualFirstName = v; });

    auto *lastName = new QLineEdit(box);
    lastName->setObjectName(QStringLiteral("lastName"));
    addFormField(form, tr("&Last name:"), lastName, QStringLiteral("individualContact.individualLastName"), m_errors);
    m_binder->text(lastName, QStringLiteral("individualContact.individualLastName"), tr("Edit the last name"),
                   [](const Data &d) { return identity(d).individualLastName; },
                   [](Data &d, const QString &v) { identity(d).individualLastName = v; });

    auto *birthDate = new OptionalDateEdit(box);
    birthDate->setObjectName(QStringLiteral("birthDate"));
    birthDate->setToolTip(tr("Empty it with Ctrl+Delete"));
    addFormField(form, tr("&Birth date:"), birthDate, QStringLiteral("individualContact.individualBirthDate"), m_errors);
    m_binder->date(birthDate, QStringLiteral("individualContact.individualBirthDate"), tr("Change the birth date"),
                   [](const Data &d) { return identity(d).individualBirthDate; },
                   [](Data &d, const QDate &v) { identity(d).individualBirthDate = v; });

    auto *language = createLanguageChooser(box);
    language->setObjectName(QStringLiteral("language"));
    addFormField(form, tr("L&anguage:"), language, QStringLiteral("individualContact.individualLanguage"), m_errors);
    m_binder->code(language, QStringLiteral("individualContact.individualLanguage"), tr("Change the language"),
                   [](const Data &d) { return identity(d).individualLanguage; },
                   [](Data &d, const QString &v) { identity(d).individualLanguage = v; });

    auto *function = new QLineEdit(box);
    function->setObjectName(QStringLiteral("function"));
    addFormField(form, tr("F&unction:"), function, QStringLiteral("function"), m_errors);
    m_binder->text(function, QStringLiteral("function"), tr("Edit the function"),
                   [](const Data &d) { return d.function; }, [](Data &d, const QString &v) { d.function = v; });

    auto *email = new QLineEdit(box);
    email->setObjectName(QStringLiteral("email"));
    addFormField(form, tr("&Main email:"), email, QStringLiteral("email"), m_errors);
    m_binder->text(email, QStringLiteral("email"), tr("Edit the main email"), [](const Data &d) { return d.email; },
                   [](Data &d, const QString &v) { d.email = v; });

    auto *remark = new QPlainTextEdit(box);
    remark->setObjectName(QStringLiteral("remark"));
    remark->setTabChangesFocus(true);
    remark->setMaximumHeight(remark->fontMetrics().height() * 5);
    addFormField(form, tr("&Remark:"), remark, QStringLiteral("individualContact.remark"), m_errors);
    m_binder->plainText(remark, QStringLiteral("individualContact.remark"), tr("Edit the remark"),
                        [](const Data &d) { return identity(d).remark; },
                        [](Data &d, const QString &v) { identity(d).remark = v; });
    return box;
}

QWidget *IndividualEditor::buildTicketShop()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    auto *login = new QLineEdit(box);
    login->setObjectName(QStringLiteral("login"));
    addFormField(form, tr("L&ogin:"), login, QStringLiteral("login"), m_errors);
    m_binder->text(login, QStringLiteral("login"), tr("Edit the ticket-shop login"), [](const Data &d) { return d.login; },
                   [](Data &d, const QString &v) { d.login = v; });

    auto *password = new QLineEdit(box);
    password->setObjectName(QStringLiteral("password"));
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("unchanged"));
    password->setToolTip(tr("A new ticket-shop password; leave empty to keep the current one. It is never shown, "
                            "stored or kept in a draft."));
    addFormField(form, tr("New &password:"), password, QStringLiteral("password"), m_errors);
    m_binder->text(password, QStringLiteral("password"), tr("Set a ticket-shop password"),
                   [](const Data &d) { return d.password; }, [](Data &d, const QString &v) { d.password = v; });
    return box;
}

void IndividualEditor::setReferenceData(const ReferenceDataSnapshot &reference)
{
    m_authorizations->setAvailable(reference.authorizations.authorizations);
    m_criterionDefinitions = reference.contactCriteria.contactCriteria;
    m_criteria->setDefinitions(m_criterionDefinitions);
    validate();
}

void IndividualEditor::setStoredInfo(const dto::ContactDataResult &stored)
{
    if (stored.contactNumber.isEmpty()) {
        m_header->setText(tr("New individual: not saved yet."));
        return;
    }
    const QLocale locale;
    QStringList facts;
    facts << tr("Contact %1").arg(stored.contactNumber);
    if (stored.contactId)
        facts << tr("id %1").arg(*stored.contactId);
    if (!stored.role.isEmpty())
        facts << tr("role %1").arg(stored.role);
    if (stored.creationDate.isValid())
        facts << tr("created %1").arg(locale.toString(stored.creationDate.toLocalTime(), QLocale::ShortFormat));
    if (stored.lastModificationDate.isValid())
        facts << tr("modified %1").arg(locale.toString(stored.lastModificationDate.toLocalTime(), QLocale::ShortFormat));
    if (stored.endValidityDate.isValid())
        facts << tr("valid until %1").arg(locale.toString(stored.endValidityDate.toLocalTime(), QLocale::ShortFormat));
    if (stored.hasWarning.value_or(false))
        facts << tr("has a warning");
    for (const dto::ContactAdvantageData &advantage : stored.advantages)
        facts << tr("advantage %1").arg(advantage.name.isEmpty() ? advantage.advantageCode : advantage.name);
    m_header->setText(facts.join(QStringLiteral(" · ")));
}

void IndividualEditor::refresh(const QString &)
{
    m_binder->refresh();
    m_means->refresh();
    m_addresses->refresh();
    m_authorizations->refresh();
    m_criteria->refresh();
    validate();
}

QList<ApiError> IndividualEditor::validate()
{
    QList<ApiError> problems = validation::validateIndividual(m_document->data(), m_today());
    const std::optional<QList<dto::ExternalContactCriterionData>> &criteria = m_document->data().contactCriteria;
    if (criteria)
        problems += validation::validateCriteria(*criteria, m_criterionDefinitions);
    m_errors->show(problems);
    return problems;
}

QList<ApiError> IndividualEditor::showProblems(const QList<ApiError> &problems)
{
    return m_errors->show(problems);
}

void IndividualEditor::focusProblem(const QList<ApiError> &problems)
{
    m_errors->focusFirstOf(problems);
}

QWidget *IndividualEditor::fieldWidget(const QString &field) const
{
    return m_errors->fieldWidget(field);
}

} // namespace contactdesk::ui
