#include "export/ContactFields.h"

namespace contactdesk::exports {

QString displayName(const dto::ContactDataResult &contact)
{
    if (contact.individualContact) {
        QStringList parts;
        for (const QString &part : {contact.individualContact->individualFirstName,
                                    contact.individualContact->individualLastName}) {
            if (!part.trimmed().isEmpty())
                parts.append(part.trimmed());
        }
        const QString name = parts.join(u' ');
        if (!name.isEmpty())
            return name;
    }
    if (contact.structureContact && !contact.structureContact->structureName.trimmed().isEmpty())
        return contact.structureContact->structureName;
    return contact.contactNumber;
}

std::optional<dto::ContactAddressData> mainAddress(const dto::ContactDataResult &contact)
{
    for (const dto::ContactAddressData &a : contact.addresses) {
        if (a.addressTypes.contains(QStringLiteral("MAIN")))
            return a;
    }
    if (contact.addresses.isEmpty())
        return std::nullopt;
    return contact.addresses.first();
}

std::optional<dto::CommunicationMeanData> mainCommunicationMean(const dto::ContactDataResult &contact,
                                                                 const QString &type)
{
    std::optional<dto::CommunicationMeanData> first;
    for (const dto::CommunicationMeanData &m : contact.communicationMeans) {
        if (m.type != type)
            continue;
        if (m.main.value_or(false))
            return m;
        if (!first)
            first = m;
    }
    return first;
}

} // namespace contactdesk::exports
