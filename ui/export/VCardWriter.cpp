#include "export/VCardWriter.h"

namespace contactdesk::ui {

QString vCardText(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\\': out += QStringLiteral("\\\\"); break;
        case ',': out += QStringLiteral("\\,"); break;
        case ';': out += QStringLiteral("\\;"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': break;
        default: out += c;
        }
    }
    return out;
}

QByteArray foldVCardLine(const QByteArray &line)
{
    QByteArray out;
    int used = 0;
    for (qsizetype i = 0; i < line.size();) {
        // Never split a UTF-8 sequence: take the lead byte with its continuation bytes.
        qsizetype length = 1;
        while (i + length < line.size() && (uchar(line.at(i + length)) & 0xC0) == 0x80)
            ++length;
        if (used + length > 75) {
            out += "\r\n ";
            used = 1;
        }
        out += line.mid(i, length);
        used += int(length);
        i += length;
    }
    return out;
}

namespace {

void add(QByteArray &card, const QString &line)
{
    card += foldVCardLine(line.toUtf8());
    card += "\r\n";
}

QString telephoneType(const QString &type, bool professional)
{
    QString t;
    if (type == u"MOBILE")
        t = QStringLiteral("cell");
    else if (type == u"FAX")
        t = QStringLiteral("fax");
    else
        t = QStringLiteral("voice");
    return professional ? t + QStringLiteral(",work") : t;
}

} // namespace

QByteArray vCard(const dto::ContactDataResult &c, const QString &institution)
{
    QByteArray card;
    add(card, QStringLiteral("BEGIN:VCARD"));
    add(card, QStringLiteral("VERSION:4.0"));
    const bool structure = c.contactType == u"STRUCTURE";
    add(card, QStringLiteral("KIND:") + (structure ? QStringLiteral("org") : QStringLiteral("individual")));
    if (structure && c.structureContact) {
        const QString name = c.structureContact->structureName;
        add(card, QStringLiteral("FN:") + vCardText(name.isEmpty() ? c.contactNumber : name));
        add(card, QStringLiteral("ORG:") + vCardText(name));
        if (!c.structureContact->webSite.isEmpty())
            add(card, QStringLiteral("URL:") + c.structureContact->webSite);
    } else {
        const dto::IndividualData person = c.individualContact.value_or(dto::IndividualData{});
        QString full = (person.individualFirstName + u' ' + person.individualLastName).trimmed();
        add(card, QStringLiteral("FN:") + vCardText(full.isEmpty() ? c.contactNumber : full));
        QString prefix;
        if (person.individualTitle == u"MR")
            prefix = QStringLiteral("Mr.");
        else if (person.individualTitle == u"MRS")
            prefix = QStringLiteral("Mrs.");
        else if (person.individualTitle == u"MISS")
            prefix = QStringLiteral("Miss");
        add(card, QStringLiteral("N:%1;%2;;%3;").arg(vCardText(person.individualLastName), vCardText(person.individualFirstName),
                                                    vCardText(prefix)));
        if (person.individualBirthDate.isValid())
            add(card, QStringLiteral("BDAY:") + person.individualBirthDate.toString(QStringLiteral("yyyyMMdd")));
        if (!person.individualLanguage.isEmpty())
            add(card, QStringLiteral("LANG:") + person.individualLanguage);
        if (!person.remark.isEmpty())
            add(card, QStringLiteral("NOTE:") + vCardText(person.remark));
        if (!c.function.isEmpty())
            add(card, QStringLiteral("ROLE:") + vCardText(c.function));
    }
    QStringList emails;
    if (!c.email.isEmpty()) {
        add(card, QStringLiteral("EMAIL;PREF=1:") + vCardText(c.email));
        emails << c.email;
    }
    for (const dto::CommunicationMeanData &m : c.communicationMeans) {
        if (m.value.isEmpty())
            continue;
        if (m.type == u"EMAIL") {
            if (emails.contains(m.value))
                continue;
            emails << m.value;
            add(card, QStringLiteral("EMAIL") + (m.professional.value_or(false) ? QStringLiteral(";TYPE=work") : QString())
                          + u':' + vCardText(m.value));
        } else if (m.type == u"WEB") {
            add(card, QStringLiteral("URL:") + m.value);
        } else {
            add(card, QStringLiteral("TEL;VALUE=text;TYPE=\"%1\"%2:%3")
                          .arg(telephoneType(m.type, m.professional.value_or(false)),
                               m.main.value_or(false) ? QStringLiteral(";PREF=1") : QString(), vCardText(m.value)));
        }
    }
    for (const dto::ContactAddressData &a : c.addresses) {
        QStringList types;
        if (a.addressTypes.contains(QStringLiteral("BILLING")) || structure)
            types << QStringLiteral("work");
        else
            types << QStringLiteral("home");
        QString street = a.line1;
        for (const QString &more : {a.line2, a.line3}) {
            if (!more.isEmpty())
                street += u'\n' + more;
        }
        const QString town = a.townComplement.isEmpty() ? a.town : a.town + u' ' + a.townComplement;
        add(card, QStringLiteral("ADR;TYPE=%1%2:;;%3;%4;%5;%6;%7")
                      .arg(types.join(u','), a.addressTypes.contains(QStringLiteral("MAIN")) ? QStringLiteral(";PREF=1") : QString(),
                           vCardText(street), vCardText(town), vCardText(a.department), vCardText(a.zipCode),
                           vCardText(a.countryCode)));
    }
    const QString uidScope = institution.isEmpty() ? QStringLiteral("s360") : institution.toLower();
    add(card, QStringLiteral("UID:urn:contactdesk:%1:%2").arg(uidScope, c.contactNumber));
    if (c.lastModificationDate.isValid())
        add(card, QStringLiteral("REV:") + c.lastModificationDate.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    add(card, QStringLiteral("END:VCARD"));
    return card;
}

} // namespace contactdesk::ui
