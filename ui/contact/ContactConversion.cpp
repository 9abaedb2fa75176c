#include "contact/ContactConversion.h"

#include <QRandomGenerator>

namespace contactdesk::ui {

QStringList individualDetailLevels()
{
    return {QStringLiteral("GENERAL"), QStringLiteral("ADDRESSES"), QStringLiteral("COM_MEANS"),
            QStringLiteral("AUTHORIZATIONS"), QStringLiteral("CRITERIA"), QStringLiteral("ADVANTAGES")};
}

QStringList structureDetailLevels()
{
    return {QStringLiteral("GENERAL"), QStringLiteral("ADDRESSES"), QStringLiteral("COM_MEANS"),
            QStringLiteral("CRITERIA")};
}

dto::IndividualContactData editableIndividual(const dto::ContactDataResult &stored)
{
    dto::IndividualContactData d;
    d.contactNumber = stored.contactNumber;
    d.individualContact = stored.individualContact.value_or(dto::IndividualData{});
    d.individualContact->photo.clear(); // not edited here, and not sent back
    d.email = stored.email;
    d.function = stored.function;
    d.addresses = stored.addresses;
    d.communicationMeans = stored.communicationMeans;
    d.authorizations = stored.authorizations;
    d.contactCriteria = stored.contactCriteria;
    d.login = stored.login;
    return d;
}

dto::StructureContactData editableStructure(const dto::ContactDataResult &stored)
{
    dto::StructureContactData d;
    d.contactNumber = stored.contactNumber;
    d.structureContact = stored.structureContact.value_or(dto::StructureData{});
    d.email = stored.email;
    d.addresses = stored.addresses;
    d.communicationMeans = stored.communicationMeans;
    d.contactCriteria = stored.contactCriteria;
    return d;
}

dto::IndividualContactData individualSaveRequest(const dto::IndividualContactData &edited,
                                                 const QDateTime &expectedLastModificationDate)
{
    dto::IndividualContactData d = edited;
    if (!d.addresses)
        d.addresses.emplace();
    if (!d.communicationMeans)
        d.communicationMeans.emplace();
    if (!d.authorizations)
        d.authorizations.emplace();
    if (!d.contactCriteria)
        d.contactCriteria.emplace();
    if (!d.individualContact)
        d.individualContact.emplace();
    if (d.password.isEmpty())
        d.password = QString(); // absent: keep the stored password
    if (!d.contactNumber.isEmpty())
        d.expectedLastModificationDate = expectedLastModificationDate;
    else
        d.contactNumber = QString();
    return d;
}

dto::StructureContactData structureSaveRequest(const dto::StructureContactData &edited,
                                               const QDateTime &expectedLastModificationDate)
{
    dto::StructureContactData d = edited;
    if (!d.addresses)
        d.addresses.emplace();
    if (!d.communicationMeans)
        d.communicationMeans.emplace();
    if (!d.contactCriteria)
        d.contactCriteria.emplace();
    if (!d.structureContact)
        d.structureContact.emplace();
    // The administrative numbers go through saveStructureAdministrativeNumbers.
    d.structureContact->administrativeNumbers.clear();
    if (!d.contactNumber.isEmpty())
        d.expectedLastModificationDate = expectedLastModificationDate;
    else
        d.contactNumber = QString();
    return d;
}

qint64 newClientIdentifier()
{
    // 53 bits: exact in a JSON number, positive.
    return qint64(QRandomGenerator::global()->generate64() & ((quint64(1) << 53) - 1)) + 1;
}

QString displayName(const dto::IndividualContactData &data, const QString &fallback)
{
    if (data.individualContact) {
        const QString name = (data.individualContact->individualFirstName + u' ' + data.individualContact->individualLastName)
                                 .trimmed();
        if (!name.isEmpty())
            return name;
    }
    return fallback;
}

QString displayName(const dto::ContactDataResult &contact)
{
    if (contact.structureContact && !contact.structureContact->structureName.isEmpty())
        return contact.structureContact->structureName;
    if (contact.individualContact) {
        const QString name =
            (contact.individualContact->individualFirstName + u' ' + contact.individualContact->individualLastName).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return contact.contactNumber;
}

} // namespace contactdesk::ui
