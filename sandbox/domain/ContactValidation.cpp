#include "domain/ContactValidation.h"

#include <QLocale>
#include <QSet>

namespace contactdesk::sandbox::domain {

void validateIndividualData(const FieldPath &path, const dto::IndividualData &d, const QDate &today)
{
    checkEnum(path.field(u"individualTitle"), d.individualTitle, titles);
    checkMaxLength(path.field(u"individualFirstName"), d.individualFirstName, maxNameLength);
    checkMaxLength(path.field(u"individualLastName"), d.individualLastName, maxNameLength);
    checkBirthDate(path.field(u"individualBirthDate"), d.individualBirthDate, today);
    checkLanguage(path.field(u"individualLanguage"), d.individualLanguage);
    checkMaxLength(path.field(u"remark"), d.remark, maxRemarkLength);
    if (d.photo.size() > maxPhotoBytes)
        failInvalid(path.field(u"photo").text(), QStringLiteral("at most %1 bytes").arg(maxPhotoBytes));
}

void validateAddresses(const FieldPath &path, const QList<dto::ContactAddressData> &addresses)
{
    QSet<qint64> ids;
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const dto::ContactAddressData &a = addresses[i];
        const FieldPath item = path.index(i);
        if (a.addressId) {
            if (ids.contains(*a.addressId))
                failInvalid(item.field(u"addressId").text(), QStringLiteral("appears twice"));
            ids.insert(*a.addressId);
        }
        QSet<QString> types;
        for (qsizetype t = 0; t < a.addressTypes.size(); ++t) {
            const FieldPath typePath = item.field(u"addressTypes").index(t);
            checkMandatory(typePath, a.addressTypes[t]);
            checkEnum(typePath, a.addressTypes[t], addressTypes);
            if (types.contains(a.addressTypes[t]))
                failInvalid(typePath.text(), QStringLiteral("appears twice"));
            types.insert(a.addressTypes[t]);
        }
        checkMaxLength(item.field(u"line1"), a.line1, maxNameLength);
        checkMaxLength(item.field(u"line2"), a.line2, maxNameLength);
        checkMaxLength(item.field(u"line3"), a.line3, maxNameLength);
        checkMaxLength(item.field(u"zipCode"), a.zipCode, maxZipLength);
        checkMaxLength(item.field(u"town"), a.town, maxTownLength);
        checkMaxLength(item.field(u"townComplement"), a.townComplement, maxTownLength);
        checkMaxLength(item.field(u"department"), a.department, maxNameLength);
        checkCountry(item.field(u"countryCode"), a.countryCode);
    }
    qsizetype mainCount = 0;
    for (const dto::ContactAddressData &a : addresses)
        mainCount += a.addressTypes.contains(QStringLiteral("MAIN")) ? 1 : 0;
    if (mainCount > 1)
        failInvalid(path.text(), QStringLiteral("at most one MAIN address"));
}

void validateCommunicationMeans(const FieldPath &path, const QList<dto::CommunicationMeanData> &means)
{
    for (qsizetype i = 0; i < means.size(); ++i) {
        const dto::CommunicationMeanData &m = means[i];
        const FieldPath item = path.index(i);
        checkMandatory(item.field(u"type"), m.type);
        checkEnum(item.field(u"type"), m.type, communicationTypes);
        const FieldPath value = item.field(u"value");
        checkMandatory(value, m.value);
        checkMaxLength(value, m.value, maxCommunicationValueLength);
        if (m.type == u"EMAIL")
            checkEmail(value, m.value);
        else if (m.type == u"PHONE" || m.type == u"MOBILE" || m.type == u"FAX")
            checkPhone(value, m.value);
    }
}

void validateAuthorizations(const FieldPath &path, const QList<dto::AuthorizationData> &authorizations,
                            const InstitutionContext &institution)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < authorizations.size(); ++i) {
        const dto::AuthorizationData &a = authorizations[i];
        const FieldPath item = path.index(i);
        const FieldPath code = item.field(u"authorizationCode");
        checkMandatory(code, a.authorizationCode);
        if (!institution.authorization(a.authorizationCode))
            failInvalid(code.text(), QStringLiteral("unknown authorization code"));
        if (seen.contains(a.authorizationCode))
            failInvalid(code.text(), QStringLiteral("appears twice"));
        seen.insert(a.authorizationCode);
        if (!a.granted)
            failInvalid(item.field(u"granted").text(), QStringLiteral("mandatory"));
    }
}

void validateCriterionValue(const FieldPath &path, const dto::ContactCriterion &criterion, const QString &value)
{
    if (criterion.type == u"BOOLEAN") {
        if (value != u"true" && value != u"false")
            failInvalid(path.text(), QStringLiteral("must be true or false"));
    } else if (criterion.type == u"LIST") {
        bool known = false;
        for (const dto::CodeName &element : criterion.elements)
            known = known || element.code == value;
        if (!known)
            failInvalid(path.text(), QStringLiteral("not an element of criterion %1").arg(criterion.code));
    } else if (criterion.type == u"TEXT") {
        checkMaxLength(path, value, maxCriterionTextLength);
    } else if (criterion.type == u"DATE") {
        if (!QDate::fromString(value, Qt::ISODate).isValid())
            failInvalid(path.text(), QStringLiteral("must be a date (yyyy-MM-dd)"));
    } else if (criterion.type == u"NUMBER") {
        bool ok = false;
        QLocale::c().toDouble(value, &ok);
        if (!ok)
            failInvalid(path.text(), QStringLiteral("must be a number"));
    }
}

void validateCriteria(const FieldPath &path, const QList<dto::ExternalContactCriterionData> &criteria,
                      const InstitutionContext &institution)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const dto::ExternalContactCriterionData &c = criteria[i];
        const FieldPath item = path.index(i);
        const FieldPath code = item.field(u"criterionCode");
        checkMandatory(code, c.criterionCode);
        const dto::ContactCriterion *criterion = institution.criterion(c.criterionCode);
        if (!criterion)
            failInvalid(code.text(), QStringLiteral("unknown criterion code"));
        if (seen.contains(c.criterionCode))
            failInvalid(code.text(), QStringLiteral("appears twice"));
        seen.insert(c.criterionCode);
        const bool multiple = criterion->type == u"LIST" && criterion->multiple.value_or(false);
        if (!multiple && c.values.size() > 1)
            failInvalid(item.field(u"values").text(), QStringLiteral("criterion %1 takes one value").arg(c.criterionCode));
        QSet<QString> values;
        for (qsizetype v = 0; v < c.values.size(); ++v) {
            const FieldPath valuePath = item.field(u"values").index(v);
            checkMandatory(valuePath, c.values[v]);
            validateCriterionValue(valuePath, *criterion, c.values[v]);
            if (values.contains(c.values[v]))
                failInvalid(valuePath.text(), QStringLiteral("appears twice"));
            values.insert(c.values[v]);
        }
    }
}

void validateAdministrativeNumbers(const FieldPath &path, const QList<dto::AdministrativeNumberData> &numbers,
                                   const InstitutionContext &institution)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const dto::AdministrativeNumberData &n = numbers[i];
        const FieldPath item = path.index(i);
        const FieldPath code = item.field(u"code");
        checkMandatory(code, n.code);
        const dto::AvailableAdministrativeNumber *type = institution.administrativeNumber(n.code);
        if (!type)
            failInvalid(code.text(), QStringLiteral("unknown administrative number code"));
        if (seen.contains(n.code))
            failInvalid(code.text(), QStringLiteral("appears twice"));
        seen.insert(n.code);
        const FieldPath value = item.field(u"value");
        checkMandatory(value, n.value);
        checkMaxLength(value, n.value, maxNameLength);
        const auto pattern = institution.administrativeNumberPatterns.constFind(n.code);
        if (pattern != institution.administrativeNumberPatterns.cend() && !pattern->match(n.value).hasMatch())
            failInvalid(value.text(), QStringLiteral("does not match the pattern of %1: %2").arg(n.code, type->pattern));
    }
}

void validateStructureData(const FieldPath &path, const dto::StructureData &d, const InstitutionContext &institution)
{
    checkMaxLength(path.field(u"structureName"), d.structureName, maxNameLength);
    checkMaxLength(path.field(u"structureCode"), d.structureCode, maxStructureCodeLength);
    if (!d.structureTypeCode.isEmpty() && !institution.hasStructureType(d.structureTypeCode))
        failInvalid(path.field(u"structureTypeCode").text(), QStringLiteral("unknown structure type"));
    checkMaxLength(path.field(u"addressName1"), d.addressName1, maxAddressNameLength);
    checkMaxLength(path.field(u"addressName2"), d.addressName2, maxAddressNameLength);
    checkMaxLength(path.field(u"webSite"), d.webSite, maxWebSiteLength);
    if (d.numberOfEmployees && *d.numberOfEmployees < 0)
        failInvalid(path.field(u"numberOfEmployees").text(), QStringLiteral("must be 0 or more"));
    validateAdministrativeNumbers(path.field(u"administrativeNumbers"), d.administrativeNumbers, institution);
    if (!d.relayContactNumber.isEmpty())
        checkContactNumber(path.field(u"relayContactNumber"), d.relayContactNumber);
}

} // namespace contactdesk::sandbox::domain
