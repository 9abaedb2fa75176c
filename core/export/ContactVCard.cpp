#include "export/ContactVCard.h"

#include "export/ContactFields.h"
#include "export/VCardWriter.h"

namespace contactdesk::exports {

namespace {

using Parameters = VCardWriter::Parameters;

// The honorific prefix of N for the vendor's title codes (unknown codes: none).
QString honorific(const QString &title)
{
    if (title == u"MR")
        return QStringLiteral("Mr.");
    if (title == u"MRS")
        return QStringLiteral("Mrs.");
    if (title == u"MISS")
        return QStringLiteral("Miss");
    if (title == u"MR_AND_MRS")
        return QStringLiteral("Mr. and Mrs.");
    return {};
}

QString timestamp(const QDateTime &value)
{
    return value.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

void addCommunicationMeans(VCardWriter &w, const dto::ContactDataResult &c, bool structure)
{
    // The contact's main email comes first, preferred.
    if (!c.email.isEmpty())
        w.addText(QStringLiteral("EMAIL"), c.email, {{QStringLiteral("PREF"), {QStringLiteral("1")}}});
    for (const dto::CommunicationMeanData &m : c.communicationMeans) {
        QStringList types;
        if (m.professional.value_or(structure))
            types.append(QStringLiteral("work"));
        Parameters parameters;
        if (m.type == u"EMAIL") {
            if (m.value.compare(c.email, Qt::CaseInsensitive) == 0)
                continue; // already written as the main email
            if (!types.isEmpty())
                parameters.append({QStringLiteral("TYPE"), types});
            w.addText(QStringLiteral("EMAIL"), m.value, parameters);
        } else if (m.type == u"PHONE" || m.type == u"MOBILE" || m.type == u"FAX") {
            types.prepend(m.type == u"PHONE" ? QStringLiteral("voice")
                          : m.type == u"MOBILE" ? QStringLiteral("cell")
                                                : QStringLiteral("fax"));
            parameters.append({QStringLiteral("TYPE"), types});
            if (m.main.value_or(false))
                parameters.append({QStringLiteral("PREF"), {QStringLiteral("1")}});
            w.addText(QStringLiteral("TEL"), m.value, parameters);
        } else if (m.type == u"WEB") {
            w.addText(QStringLiteral("URL"), m.value);
        }
    }
}

void addAddresses(VCardWriter &w, const dto::ContactDataResult &c, bool structure)
{
    for (const dto::ContactAddressData &a : c.addresses) {
        Parameters parameters{{QStringLiteral("TYPE"), {structure ? QStringLiteral("work") : QStringLiteral("home")}}};
        if (a.addressTypes.contains(QStringLiteral("MAIN")))
            parameters.append({QStringLiteral("PREF"), {QStringLiteral("1")}});
        // post office box; extended address; street; locality; region; postal code; country
        w.addStructured(QStringLiteral("ADR"),
                        {{}, {a.townComplement}, {a.line1, a.line2, a.line3}, {a.town}, {a.department}, {a.zipCode},
                         {a.countryCode}},
                        parameters);
    }
}

} // namespace

QByteArray ContactVCard::card(const dto::ContactDataResult &c)
{
    const bool structure = c.contactType == u"STRUCTURE" || (!c.individualContact && c.structureContact);
    VCardWriter w;
    w.beginCard();
    w.addRaw(QStringLiteral("KIND"), structure ? QStringLiteral("org") : QStringLiteral("individual"));
    w.addText(QStringLiteral("FN"), displayName(c));
    if (c.individualContact) {
        const dto::IndividualData &i = *c.individualContact;
        w.addStructured(QStringLiteral("N"), {{i.individualLastName}, {i.individualFirstName}, {},
                                               {honorific(i.individualTitle)}, {}});
        if (i.individualBirthDate.isValid())
            w.addRaw(QStringLiteral("BDAY"), i.individualBirthDate.toString(QStringLiteral("yyyyMMdd")));
        w.addText(QStringLiteral("LANG"), i.individualLanguage);
        w.addText(QStringLiteral("NOTE"), i.remark);
    }
    if (c.structureContact) {
        const dto::StructureData &s = *c.structureContact;
        w.addStructured(QStringLiteral("ORG"), {{s.structureName}});
        w.addText(QStringLiteral("URL"), s.webSite);
    }
    w.addText(QStringLiteral("TITLE"), c.function);
    addCommunicationMeans(w, c, structure);
    addAddresses(w, c, structure);
    if (c.lastModificationDate.isValid())
        w.addRaw(QStringLiteral("REV"), timestamp(c.lastModificationDate));
    w.addText(QStringLiteral("X-S360-CONTACT-NUMBER"), c.contactNumber);
    w.endCard();
    return w.take();
}

} // namespace contactdesk::exports
