#include "export/ContactCsv.h"

#include "export/ContactFields.h"
#include "wire/FieldText.h"

namespace contactdesk::exports {

namespace {

QString number(const std::optional<qint64> &value) { return value ? QString::number(*value) : QString(); }

QString dateTime(const QDateTime &value) { return value.isValid() ? wire::dateTimeText(value) : QString(); }

} // namespace

QStringList ContactCsv::header()
{
    return {QStringLiteral("contactNumber"), QStringLiteral("contactId"),    QStringLiteral("contactType"),
            QStringLiteral("role"),          QStringLiteral("title"),        QStringLiteral("firstName"),
            QStringLiteral("lastName"),      QStringLiteral("birthDate"),    QStringLiteral("language"),
            QStringLiteral("structureName"), QStringLiteral("structureCode"), QStringLiteral("function"),
            QStringLiteral("email"),         QStringLiteral("phone"),        QStringLiteral("mobile"),
            QStringLiteral("addressLine1"),  QStringLiteral("addressLine2"), QStringLiteral("addressLine3"),
            QStringLiteral("zipCode"),       QStringLiteral("town"),         QStringLiteral("countryCode"),
            QStringLiteral("login"),         QStringLiteral("creationDate"), QStringLiteral("lastModificationDate")};
}

QStringList ContactCsv::row(const dto::ContactDataResult &c)
{
    const dto::IndividualData individual = c.individualContact.value_or(dto::IndividualData{});
    const dto::StructureData structure = c.structureContact.value_or(dto::StructureData{});
    const dto::ContactAddressData address = mainAddress(c).value_or(dto::ContactAddressData{});
    const QString phone = mainCommunicationMean(c, QStringLiteral("PHONE")).value_or(dto::CommunicationMeanData{}).value;
    const QString mobile = mainCommunicationMean(c, QStringLiteral("MOBILE")).value_or(dto::CommunicationMeanData{}).value;
    return {c.contactNumber,
            number(c.contactId),
            c.contactType,
            c.role,
            individual.individualTitle,
            individual.individualFirstName,
            individual.individualLastName,
            individual.individualBirthDate.isValid() ? wire::dateText(individual.individualBirthDate) : QString(),
            individual.individualLanguage,
            structure.structureName,
            structure.structureCode,
            c.function,
            c.email,
            phone,
            mobile,
            address.line1,
            address.line2,
            address.line3,
            address.zipCode,
            address.town,
            address.countryCode,
            c.login,
            dateTime(c.creationDate),
            dateTime(c.lastModificationDate)};
}

} // namespace contactdesk::exports
