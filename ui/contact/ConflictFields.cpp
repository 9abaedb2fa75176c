#include "contact/ConflictFields.h"

#include "common/CodeChoosers.h"

#include <QCoreApplication>

namespace contactdesk::ui {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ConflictFields", text);
}

QString addressesText(const std::optional<QList<dto::ContactAddressData>> &list)
{
    QStringList lines;
    for (const dto::ContactAddressData &a : list.value_or(QList<dto::ContactAddressData>())) {
        QStringList parts;
        for (const QString &part : {a.line1, a.line2, a.line3, (a.zipCode + u' ' + a.town).trimmed(), a.countryCode}) {
            if (!part.isEmpty())
                parts << part;
        }
        QStringList types;
        for (const QString &type : a.addressTypes)
            types << addressTypeName(type);
        lines << parts.join(QStringLiteral(", ")) + (types.isEmpty() ? QString() : QStringLiteral(" [") + types.join(u'/') + u']');
    }
    return lines.join(u'\n');
}

QString meansText(const std::optional<QList<dto::CommunicationMeanData>> &list)
{
    QStringList lines;
    for (const dto::CommunicationMeanData &m : list.value_or(QList<dto::CommunicationMeanData>()))
        lines << communicationTypeName(m.type) + QStringLiteral(": ") + m.value;
    return lines.join(u'\n');
}

QString authorizationsText(const std::optional<QList<dto::AuthorizationData>> &list)
{
    QStringList granted;
    for (const dto::AuthorizationData &a : list.value_or(QList<dto::AuthorizationData>())) {
        if (a.granted.value_or(false))
            granted << a.authorizationCode;
    }
    granted.sort();
    return granted.join(QStringLiteral(", "));
}

QString criteriaText(const std::optional<QList<dto::ExternalContactCriterionData>> &list)
{
    QStringList lines;
    for (const dto::ExternalContactCriterionData &c : list.value_or(QList<dto::ExternalContactCriterionData>()))
        lines << c.criterionCode + QStringLiteral(" = ") + c.values.join(QStringLiteral(", "));
    lines.sort();
    return lines.join(u'\n');
}

template <class Data> dto::IndividualData &identity(Data &d)
{
    if (!d.individualContact)
        d.individualContact.emplace();
    return *d.individualContact;
}

template <class Data> dto::IndividualData identityOf(const Data &d)
{
    return d.individualContact.value_or(dto::IndividualData{});
}

dto::StructureData &structureOf(dto::StructureContactData &d)
{
    if (!d.structureContact)
        d.structureContact.emplace();
    return *d.structureContact;
}

dto::StructureData structureOf(const dto::StructureContactData &d)
{
    return d.structureContact.value_or(dto::StructureData{});
}

} // namespace

QList<ConflictField<dto::IndividualContactData>> individualConflictFields()
{
    using D = dto::IndividualContactData;
    using I = dto::IndividualData;
    QList<ConflictField<D>> fields;
    const auto identityField = [&fields](const QString &label, QString I::*member) {
        fields << ConflictField<D>{label, [member](const D &d) { return identityOf(d).*member; },
                                   [member](D &into, const D &from) { identity(into).*member = identityOf(from).*member; }};
    };
    fields << ConflictField<D>{translated(QT_TRANSLATE_NOOP("ConflictFields", "Title")), [](const D &d) { return titleName(identityOf(d).individualTitle); },
                               [](D &into, const D &from) { identity(into).individualTitle = identityOf(from).individualTitle; }};
    identityField(translated(QT_TRANSLATE_NOOP("ConflictFields", "First name")), &I::individualFirstName);
    identityField(translated(QT_TRANSLATE_NOOP("ConflictFields", "Last name")), &I::individualLastName);
    fields << ConflictField<D>{translated(QT_TRANSLATE_NOOP("ConflictFields", "Birth date")),
                               [](const D &d) { return identityOf(d).individualBirthDate.toString(Qt::ISODate); },
                               [](D &into, const D &from) {
                                   identity(into).individualBirthDate = identityOf(from).individualBirthDate;
                               }};
    identityField(translated(QT_TRANSLATE_NOOP("ConflictFields", "Language")), &I::individualLanguage);
    identityField(translated(QT_TRANSLATE_NOOP("ConflictFields", "Remark")), &I::remark);
    fields << ConflictField<D>{translated(QT_TRANSLATE_NOOP("ConflictFields", "Function")), [](const D &d) { return d.function; },
                               [](D &into, const D &from) { into.function = from.function; }};
    fields << ConflictField<D>{translated(QT_TRANSLATE_NOOP("ConflictFields", "Main email")), [](const D &d) { return d.email; },
                               [](D &into, const D &from) { into.email = from.email; }};
    fields << ConflictField<D>{translated(QT_TRANSLATE_NOOP("ConflictFields", "Ticket-shop login")), [](const D &d) { return d.login; },
                               [](D &into, const D &from) { into.login = from.login; }};
    fields << ConflictField<D>{translated(QT_TRANSLATE_NOOP("ConflictFields", "Emails and phones")), [](const D &d) { return meansText(d.communicationMeans); },
                               [](D &into, const D &from) { into.communicationMeans = from.communicationMeans; }};
    fields << ConflictField<D>{translated(QT_TRANSLATE_NOOP("ConflictFields", "Addresses")), [](const D &d) { return addressesText(d.addresses); },
                               [](D &into, const D &from) { into.addresses = from.addresses; }};
    fields << ConflictField<D>{translated(QT_TRANSLATE_NOOP("ConflictFields", "Granted authorizations")), [](const D &d) { return authorizationsText(d.authorizations); },
                               [](D &into, const D &from) { into.authorizations = from.authorizations; }};
    fields << ConflictField<D>{translated(QT_TRANSLATE_NOOP("ConflictFields", "Criteria")), [](const D &d) { return criteriaText(d.contactCriteria); },
                               [](D &into, const D &from) { into.contactCriteria = from.contactCriteria; }};
    return fields;
}

QList<ConflictField<dto::StructureContactData>> structureConflictFields()
{
    using D = dto::StructureContactData;
    using S = dto::StructureData;
    QList<ConflictField<D>> fields;
    const auto structureField = [&fields](const QString &label, QString S::*member) {
        fields << ConflictField<D>{label, [member](const D &d) { return structureOf(d).*member; },
                                   [member](D &into, const D &from) { structureOf(into).*member = structureOf(from).*member; }};
    };
    structureField(translated(QT_TRANSLATE_NOOP("ConflictFields", "Name")), &S::structureName);
    structureField(translated(QT_TRANSLATE_NOOP("ConflictFields", "Code")), &S::structureCode);
    structureField(translated(QT_TRANSLATE_NOOP("ConflictFields", "Type")), &S::structureTypeCode);
    structureField(translated(QT_TRANSLATE_NOOP("ConflictFields", "Address name 1")), &S::addressName1);
    structureField(translated(QT_TRANSLATE_NOOP("ConflictFields", "Address name 2")), &S::addressName2);
    structureField(translated(QT_TRANSLATE_NOOP("ConflictFields", "Web site")), &S::webSite);
    fields << ConflictField<D>{translated(QT_TRANSLATE_NOOP("ConflictFields", "Employees")),
                               [](const D &d) {
                                   const auto n = structureOf(d).numberOfEmployees;
                                   return n ? QString::number(*n) : QString();
                               },
                               [](D &into, const D &from) {
                                   structureOf(into).numberOfEmployees = structureOf(from).numberOfEmployees;
                               }};
    fields << ConflictField<D>{translated(QT_TRANSLATE_NOOP("ConflictFields", "Main email")), [](const D &d) { return d.email; },
                               [](D &into, const D &from) { into.email = from.email; }};
    fields << ConflictField<D>{translated(QT_TRANSLATE_NOOP("ConflictFields", "Emails and phones")), [](const D &d) { return meansText(d.communicationMeans); },
                               [](D &into, const D &from) { into.communicationMeans = from.communicationMeans; }};
    fields << ConflictField<D>{translated(QT_TRANSLATE_NOOP("ConflictFields", "Addresses")), [](const D &d) { return addressesText(d.addresses); },
                               [](D &into, const D &from) { into.addresses = from.addresses; }};
    fields << ConflictField<D>{translated(QT_TRANSLATE_NOOP("ConflictFields", "Criteria")), [](const D &d) { return criteriaText(d.contactCriteria); },
                               [](D &into, const D &from) { into.contactCriteria = from.contactCriteria; }};
    return fields;
}

} // namespace contactdesk::ui
