#include "validation/ContactValidation.h"

#include "validation/FieldChecks.h"
#include "validation/FieldLimits.h"
#include "validation/FieldPath.h"

#include <QCoreApplication>

#include <algorithm>

namespace contactdesk::validation {

namespace {

// Adds a problem when message is not empty.
void note(QList<ApiError> &problems, const QString &field, const QString &message)
{
    if (!message.isEmpty())
        problems.append(ApiError::validation(field, message));
}

QString join(const QString &prefix, const char *field)
{
    if (prefix.isEmpty())
        return QLatin1StringView(field);
    return prefix + u'.' + QLatin1StringView(field);
}

QStringList fromLatin1(std::initializer_list<const char *> values)
{
    QStringList list;
    for (const char *value : values)
        list << QLatin1StringView(value);
    return list;
}

} // namespace

QStringList individualTitles()
{
    return fromLatin1({"MR", "MRS", "MISS", "MR_AND_MRS", "UNDEFINED"});
}

QStringList addressTypes()
{
    return fromLatin1({"MAIN", "SHIPMENT", "BILLING"});
}

QStringList communicationTypes()
{
    return fromLatin1({"EMAIL", "PHONE", "MOBILE", "FAX", "WEB"});
}

QStringList memberRoles()
{
    return fromLatin1({"RELAY", "MEMBER"});
}

QList<ApiError> validateIndividualData(const dto::IndividualData &identity, const QDate &today, const QString &pathPrefix)
{
    QList<ApiError> problems;
    // Titles: the vendor adds values, so an unknown one that came from the server is kept as is.
    note(problems, join(pathPrefix, "individualFirstName"), checkMaxLength(identity.individualFirstName, maxNameLength));
    QString lastName = checkMandatory(identity.individualLastName);
    if (lastName.isEmpty())
        lastName = checkMaxLength(identity.individualLastName, maxNameLength);
    note(problems, join(pathPrefix, "individualLastName"), lastName);
    note(problems, join(pathPrefix, "individualBirthDate"), checkBirthDate(identity.individualBirthDate, today));
    note(problems, join(pathPrefix, "individualLanguage"), checkLanguage(identity.individualLanguage));
    note(problems, join(pathPrefix, "remark"), checkMaxLength(identity.remark, maxRemarkLength));
    return problems;
}

QList<ApiError> validateAddresses(const QList<dto::ContactAddressData> &addresses)
{
    QList<ApiError> problems;
    const QStringList types = addressTypes();
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const dto::ContactAddressData &a = addresses.at(i);
        for (const QString &type : a.addressTypes)
            note(problems, itemPath("addresses", i, "addressTypes"), checkOneOf(type, types));
        note(problems, itemPath("addresses", i, "line1"), checkMaxLength(a.line1, maxNameLength));
        note(problems, itemPath("addresses", i, "line2"), checkMaxLength(a.line2, maxNameLength));
        note(problems, itemPath("addresses", i, "line3"), checkMaxLength(a.line3, maxNameLength));
        note(problems, itemPath("addresses", i, "zipCode"), checkMaxLength(a.zipCode, maxZipLength));
        note(problems, itemPath("addresses", i, "town"), checkMaxLength(a.town, maxTownLength));
        note(problems, itemPath("addresses", i, "townComplement"), checkMaxLength(a.townComplement, maxTownLength));
        note(problems, itemPath("addresses", i, "department"), checkMaxLength(a.department, maxNameLength));
        note(problems, itemPath("addresses", i, "countryCode"), checkCountry(a.countryCode));
    }
    return problems;
}

QList<ApiError> validateCommunicationMeans(const QList<dto::CommunicationMeanData> &means)
{
    QList<ApiError> problems;
    for (qsizetype i = 0; i < means.size(); ++i) {
        const dto::CommunicationMeanData &m = means.at(i);
        note(problems, itemPath("communicationMeans", i, "type"), checkOneOf(m.type, communicationTypes()));
        const QString valuePath = itemPath("communicationMeans", i, "value");
        if (m.value.trimmed().isEmpty()) {
            note(problems, valuePath, checkMandatory(m.value));
        } else if (m.type == u"EMAIL") {
            note(problems, valuePath, checkEmail(m.value));
        } else if (m.type == u"PHONE" || m.type == u"MOBILE" || m.type == u"FAX") {
            note(problems, valuePath, checkPhone(m.value));
        } else {
            note(problems, valuePath, checkMaxLength(m.value, maxCommunicationValueLength));
        }
    }
    return problems;
}

QList<ApiError> validateIndividual(const dto::IndividualContactData &data, const QDate &today)
{
    QList<ApiError> problems;
    if (data.individualContact)
        problems += validateIndividualData(*data.individualContact, today);
    else if (data.contactNumber.isEmpty())
        note(problems, QStringLiteral("individualContact.individualLastName"), checkMandatory(QString()));
    note(problems, QStringLiteral("email"), checkEmail(data.email));
    note(problems, QStringLiteral("function"), checkMaxLength(data.function, maxFunctionLength));
    if (data.addresses)
        problems += validateAddresses(*data.addresses);
    if (data.communicationMeans)
        problems += validateCommunicationMeans(*data.communicationMeans);
    note(problems, QStringLiteral("login"), checkMaxLength(data.login, maxLoginLength));
    if (!data.password.isEmpty()) {
        note(problems, QStringLiteral("password"), checkNewPassword(data.password));
        if (data.login.trimmed().isEmpty())
            note(problems, QStringLiteral("login"),
                 QCoreApplication::translate("Validation", "A ticket-shop password needs a login."));
    }
    return problems;
}

QList<ApiError> validateCriteria(const QList<dto::ExternalContactCriterionData> &criteria,
                                 const QList<dto::ContactCriterion> &definitions)
{
    QList<ApiError> problems;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const dto::ExternalContactCriterionData &c = criteria.at(i);
        const QString path = itemPath("contactCriteria", i, "values");
        const auto definition = std::find_if(definitions.cbegin(), definitions.cend(),
                                             [&](const dto::ContactCriterion &d) { return d.code == c.criterionCode; });
        if (definition == definitions.cend())
            continue;
        const QString &type = definition->type;
        const bool multiple = type == u"LIST" && definition->multiple.value_or(false);
        if (!multiple && c.values.size() > 1) {
            note(problems, path, QCoreApplication::translate("Validation", "Only one value is allowed here."));
            continue;
        }
        for (const QString &value : c.values) {
            QString message;
            if (type == u"LIST") {
                const bool known = std::any_of(definition->elements.cbegin(), definition->elements.cend(),
                                               [&](const dto::CodeName &e) { return e.code == value; });
                if (!known)
                    message = QCoreApplication::translate("Validation", "\"%1\" is not one of the choices.").arg(value);
            } else if (type == u"BOOLEAN") {
                message = checkOneOf(value, {QStringLiteral("true"), QStringLiteral("false")});
            } else if (type == u"DATE") {
                message = checkIsoDate(value);
            } else if (type == u"NUMBER") {
                message = checkNumber(value);
            } else {
                message = checkMaxLength(value, maxCriterionTextLength);
            }
            if (!message.isEmpty()) {
                note(problems, path, message);
                break;
            }
        }
    }
    return problems;
}

QList<ApiError> validateStructure(const dto::StructureContactData &data)
{
    QList<ApiError> problems;
    if (data.structureContact) {
        const dto::StructureData &s = *data.structureContact;
        QString name = checkMandatory(s.structureName);
        if (name.isEmpty())
            name = checkMaxLength(s.structureName, maxNameLength);
        note(problems, QStringLiteral("structureContact.structureName"), name);
        note(problems, QStringLiteral("structureContact.structureCode"), checkMaxLength(s.structureCode, maxStructureCodeLength));
        note(problems, QStringLiteral("structureContact.addressName1"), checkMaxLength(s.addressName1, maxAddressNameLength));
        note(problems, QStringLiteral("structureContact.addressName2"), checkMaxLength(s.addressName2, maxAddressNameLength));
        note(problems, QStringLiteral("structureContact.webSite"), checkMaxLength(s.webSite, maxWebSiteLength));
        if (s.numberOfEmployees && *s.numberOfEmployees < 0)
            note(problems, QStringLiteral("structureContact.numberOfEmployees"),
                 QCoreApplication::translate("Validation", "Must be 0 or more."));
    } else if (data.contactNumber.isEmpty()) {
        note(problems, QStringLiteral("structureContact.structureName"), checkMandatory(QString()));
    }
    note(problems, QStringLiteral("email"), checkEmail(data.email));
    if (data.addresses)
        problems += validateAddresses(*data.addresses);
    if (data.communicationMeans)
        problems += validateCommunicationMeans(*data.communicationMeans);
    return problems;
}

QList<ApiError> validateAdministrativeNumbers(const QList<dto::AdministrativeNumberData> &numbers,
                                              const QList<dto::AvailableAdministrativeNumber> &definitions,
                                              const QString &pathPrefix)
{
    QList<ApiError> problems;
    const auto path = [&](qsizetype i, const char *field) {
        const QString item = itemPath("administrativeNumbers", i, field);
        return pathPrefix.isEmpty() ? item : pathPrefix + u'.' + item;
    };
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const dto::AdministrativeNumberData &n = numbers.at(i);
        const auto definition = std::find_if(definitions.cbegin(), definitions.cend(),
                                             [&](const dto::AvailableAdministrativeNumber &d) { return d.code == n.code; });
        if (definition == definitions.cend()) {
            note(problems, path(i, "code"),
                 QCoreApplication::translate("Validation", "Unknown administrative number \"%1\".").arg(n.code));
            continue;
        }
        QString message = checkMandatory(n.value);
        if (message.isEmpty())
            message = checkPattern(n.value, definition->pattern);
        note(problems, path(i, "value"), message);
    }
    return problems;
}

QList<ApiError> validateStructureMember(const dto::StructureMemberData &member, const QDate &today)
{
    QList<ApiError> problems;
    note(problems, QStringLiteral("structureContactNumber"), checkMandatory(member.structureContactNumber));
    if (member.memberContactNumber.isEmpty()) {
        if (member.individualContact)
            problems += validateIndividualData(*member.individualContact, today);
        else
            note(problems, QStringLiteral("individualContact.individualLastName"), checkMandatory(QString()));
    }
    note(problems, QStringLiteral("function"), checkMaxLength(member.function, maxFunctionLength));
    note(problems, QStringLiteral("memberRole"), checkOneOf(member.memberRole, memberRoles()));
    note(problems, QStringLiteral("professionalEmail"), checkEmail(member.professionalEmail));
    note(problems, QStringLiteral("professionalPhone"), checkPhone(member.professionalPhone));
    if (member.startDate.isValid() && member.endDate.isValid() && member.endDate < member.startDate)
        note(problems, QStringLiteral("endDate"),
             QCoreApplication::translate("Validation", "The end date must not be before the start date."));
    return problems;
}

const ApiError *problemFor(const QList<ApiError> &problems, const QString &field)
{
    for (const ApiError &problem : problems) {
        if (problem.field == field)
            return &problem;
    }
    return nullptr;
}

} // namespace contactdesk::validation
