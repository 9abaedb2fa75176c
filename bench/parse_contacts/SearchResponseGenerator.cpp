#include "SearchResponseGenerator.h"

#include <QString>

#include <array>

namespace {

const std::array<const char *, 8> kFirst{"Anna", "Zoë", "Jürgen", "François", "Élodie", "Oliver", "Léa", "Søren"};
const std::array<const char *, 8> kLast{"Müller", "Dubois", "Schmidt", "Lefèvre", "Brown", "Keller", "Girard", "Weiß"};
const std::array<const char *, 6> kTown{"Zürich", "Genève", "Lausanne", "München", "Lyon", "London"};

void tag(QByteArray &out, const char *name, const QByteArray &value)
{
    out += '<';
    out += name;
    out += '>';
    out += value;
    out += "</";
    out += name;
    out += '>';
}

} // namespace

QByteArray generateSearchResponse(int count)
{
    QByteArray out;
    out.reserve(qsizetype(count) * 2100 + 1024);
    out += R"(<?xml version="1.0" encoding="UTF-8"?>)"
           R"(<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>)"
           R"(<ns2:searchContactByCriteriaResponse xmlns:ns2="http://v2_21.ContactInformationPublicService.service.secutix.com/">)"
           "<ContactSearchResult><requestId>1</requestId><statusCode>success</statusCode>";
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray first = kFirst[size_t(i) % kFirst.size()];
        const QByteArray last = kLast[size_t(i / 8) % kLast.size()];
        const QByteArray town = kTown[size_t(i) % kTown.size()];
        out += "<contacts>";
        tag(out, "contactId", QByteArray::number(100000 + i));
        tag(out, "contactNumber", QByteArray::number(i).rightJustified(9, '0'));
        tag(out, "contactType", "INDIVIDUAL");
        tag(out, "role", "PUBLIC");
        tag(out, "creationDate", "2019-03-14T09:26:53+01:00");
        tag(out, "lastModificationDate", "2024-05-01T10:00:00+02:00");
        tag(out, "function", "Abonné·e saison");
        tag(out, "hasWarning", i % 17 == 0 ? "true" : "false");
        tag(out, "hasAdvantages", "false");
        tag(out, "email", first.toLower() + "." + n + "@example.ch");
        out += "<individualContact>";
        tag(out, "individualTitle", i % 2 ? "MRS" : "MR");
        tag(out, "individualFirstName", first);
        tag(out, "individualLastName", last);
        tag(out, "individualBirthDate", "1980-02-29");
        tag(out, "individualLanguage", "fr");
        tag(out, "remark", "Préfère les places au parterre, côté jardin. Accès facilité demandé.");
        out += "</individualContact>";
        for (int a = 0; a < 2; ++a) {
            out += "<addresses>";
            tag(out, "addressId", QByteArray::number(i * 2 + a));
            tag(out, "addressTypes", a == 0 ? "MAIN" : "SHIPMENT");
            if (a == 0)
                tag(out, "addressTypes", "BILLING");
            tag(out, "line1", "Rue de la Servette " + n);
            tag(out, "line2", "Appartement " + QByteArray::number(i % 40));
            tag(out, "zipCode", "120" + QByteArray::number(i % 10));
            tag(out, "town", town);
            tag(out, "countryCode", "CH");
            out += "</addresses>";
        }
        for (const char *type : {"EMAIL", "PHONE", "MOBILE"}) {
            out += "<communicationMeans>";
            tag(out, "type", type);
            tag(out, "value", "+41 22 555 " + QByteArray::number(1000 + i % 9000));
            tag(out, "main", "true");
            tag(out, "professional", "false");
            out += "</communicationMeans>";
        }
        for (const char *code : {"NEWSLETTER_EMAIL", "SMS_OFFERS"}) {
            out += "<authorizations>";
            tag(out, "authorizationCode", code);
            tag(out, "granted", "true");
            tag(out, "grantDate", "2023-11-02T14:00:00Z");
            out += "</authorizations>";
        }
        out += "<contactCriteria>";
        tag(out, "criterionCode", "GENRES");
        tag(out, "values", "OPERA");
        tag(out, "values", "BALLET");
        out += "</contactCriteria>";
        out += "<createdFrom><entry><key>channel</key><value>box-office</value></entry></createdFrom>";
        out += "</contacts>";
    }
    tag(out, "totalNumber", QByteArray::number(count));
    out += "</ContactSearchResult></ns2:searchContactByCriteriaResponse></S:Body></S:Envelope>";
    return out;
}
