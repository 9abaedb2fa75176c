#pragma once

// Small builders for the domain tests: an individual or a structure with the fields a
// test cares about, saved through SandboxService.

#include "SandboxFixture.h"

namespace sandboxtest {

struct Person {
    Person(QString first_, QString last_, QString town_ = QStringLiteral("Bern"), QString zip_ = QStringLiteral("3011"),
           QString country_ = QStringLiteral("CH"), QString phone_ = {}, QString email_ = {})
        : first(std::move(first_)), last(std::move(last_)), town(std::move(town_)), zip(std::move(zip_)),
          country(std::move(country_)), phone(std::move(phone_)), email(std::move(email_))
    {
    }
    QString first;
    QString last;
    QString town;
    QString zip;
    QString country;
    QString phone;
    QString email;
};

inline dto::IndividualContactData individualData(const Person &p)
{
    dto::IndividualContactData d;
    dto::IndividualData i;
    i.individualFirstName = p.first;
    i.individualLastName = p.last;
    i.individualTitle = QStringLiteral("MRS");
    i.individualLanguage = QStringLiteral("de");
    d.individualContact = i;
    if (!p.email.isEmpty())
        d.email = p.email;
    dto::ContactAddressData a;
    a.addressTypes = QStringList{QStringLiteral("MAIN")};
    a.line1 = QStringLiteral("Bahnhofstrasse 1");
    a.zipCode = p.zip;
    a.town = p.town;
    a.countryCode = p.country;
    d.addresses = QList<dto::ContactAddressData>{a};
    if (!p.phone.isEmpty()) {
        dto::CommunicationMeanData m;
        m.type = QStringLiteral("MOBILE");
        m.value = p.phone;
        m.main = true;
        d.communicationMeans = QList<dto::CommunicationMeanData>{m};
    }
    return d;
}

inline dto::ContactSaveResult save(SandboxService &service, const dto::IndividualContactData &d,
                                   const QDateTime &now = fixedNow())
{
    dto::SaveIndividualContactDataParams p;
    p.individualContactData = d;
    return service.saveIndividualContactData(p, contextAt(now));
}

inline QString create(SandboxService &service, const Person &person)
{
    const auto result = save(service, individualData(person));
    if (result.statusCode != u"success")
        qFatal("create failed: %s", qPrintable(result.statusDetail));
    return result.contactNumber;
}

inline dto::ContactSaveResult saveStructure(SandboxService &service, const dto::StructureContactData &d,
                                            const QDateTime &now = fixedNow())
{
    dto::SaveStructureContactDataParams p;
    p.structureContactData = d;
    return service.saveStructureContactData(p, contextAt(now));
}

inline QString createStructure(SandboxService &service, const QString &name, const QString &relayNumber)
{
    dto::StructureContactData d;
    dto::StructureData s;
    s.structureName = name;
    s.structureTypeCode = QStringLiteral("COMPANY");
    s.relayContactNumber = relayNumber;
    d.structureContact = s;
    const auto result = saveStructure(service, d);
    if (result.statusCode != u"success")
        qFatal("structure create failed: %s", qPrintable(result.statusDetail));
    return result.contactNumber;
}

inline dto::ContactDataResult getContact(SandboxService &service, const QString &number,
                                         const QStringList &details = {})
{
    dto::GetContactDataParams p;
    p.contactNumber = number;
    p.details = details;
    return service.getContactData(p, contextAt(fixedNow()));
}

inline dto::ContactSearchResult search(SandboxService &service, const dto::ContactSearchCriteria &criteria)
{
    dto::SearchContactByCriteriaParams p;
    p.searchCriteria = criteria;
    return service.searchContactByCriteria(p, contextAt(fixedNow()));
}

inline QStringList numbersOf(const dto::ContactSearchResult &result)
{
    QStringList numbers;
    for (const auto &c : result.contacts)
        numbers << c.contactNumber;
    return numbers;
}

// The field path at the front of an `invalid` statusDetail.
inline QString fieldOf(const QString &statusDetail)
{
    return statusDetail.section(QStringLiteral(": "), 0, 0);
}

} // namespace sandboxtest
