#include "store/ContactStore.h"

#include "store/Sql.h"
#include "store/TextFolding.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace contactdesk::sandbox::store {

namespace {

const QString contactColumns = QStringLiteral(
    "contact_id, institution_id, contact_number, contact_type, role, identifier, creation_date, "
    "last_modification_date, end_validity_date, function, email, login, password_hash, password_salt, "
    "password_iterations, failed_logins, locked_until, has_warning, created_from");

QString createdFromText(const dto::StringMap &map)
{
    if (map.isEmpty())
        return {};
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

dto::StringMap createdFromMap(const QString &text)
{
    dto::StringMap map;
    if (text.isEmpty())
        return map;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

ContactRecord readRecord(const Sql &q)
{
    ContactRecord r;
    r.contactId = q.integer(0);
    r.institutionId = q.integer(1);
    r.contactNumber = q.text(2);
    r.contactType = q.text(3);
    r.role = q.text(4);
    if (!q.isNull(5))
        r.identifier = q.integer(5);
    r.creationDate = q.dateTime(6);
    r.lastModificationDate = q.dateTime(7);
    r.endValidityDate = q.dateTime(8);
    r.function = q.text(9);
    r.email = q.text(10);
    r.login = q.text(11);
    if (!q.isNull(12)) {
        r.password.hash = q.value(12).toByteArray();
        r.password.salt = q.value(13).toByteArray();
        r.password.iterations = int(q.integer(14));
    }
    r.failedLogins = int(q.integer(15));
    r.lockedUntil = q.dateTime(16);
    r.hasWarning = q.integer(17) != 0;
    r.createdFrom = createdFromMap(q.text(18));
    return r;
}

std::optional<ContactRecord> findOne(const QSqlDatabase &db, const QString &where, const QVariantList &values)
{
    Sql q(db, QStringLiteral("SELECT %1 FROM contacts WHERE %2").arg(contactColumns, where));
    for (const QVariant &value : values)
        q.bind(value);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return readRecord(q);
}

QVariant blobOrNull(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant() : QVariant(bytes);
}

QVariant foldedOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(foldForSearch(value));
}

void bindRecord(Sql &q, const ContactRecord &r)
{
    q.bind(r.institutionId)
        .bind(r.contactNumber)
        .bind(r.contactType)
        .bind(r.role)
        .bind(optionalOrNull(r.identifier))
        .bind(millisOrNull(r.creationDate))
        .bind(millisOrNull(r.lastModificationDate))
        .bind(millisOrNull(r.endValidityDate))
        .bind(textOrNull(r.function))
        .bind(r.email.isEmpty() ? QVariant() : QVariant(r.email))
        .bind(foldedOrNull(r.email))
        .bind(r.login.isEmpty() ? QVariant() : QVariant(r.login))
        .bind(r.login.isEmpty() ? QVariant() : QVariant(foldLogin(r.login)))
        .bind(blobOrNull(r.password.hash))
        .bind(blobOrNull(r.password.salt))
        .bind(r.password.hash.isEmpty() ? QVariant() : QVariant(r.password.iterations))
        .bind(r.failedLogins)
        .bind(millisOrNull(r.lockedUntil))
        .bind(r.hasWarning ? 1 : 0)
        .bind(textOrNull(createdFromText(r.createdFrom)));
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

bool flag(const Sql &q, int column, std::optional<bool> &out)
{
    if (q.isNull(column))
        return false;
    out = q.integer(column) != 0;
    return true;
}

} // namespace

QString contactNumberFor(qint64 contactId)
{
    return QStringLiteral("%1").arg(contactId, 10, 10, QLatin1Char('0'));
}

qint64 allocateContactId(const QSqlDatabase &db)
{
    return Sql(db, QStringLiteral("SELECT coalesce(max(contact_id), 0) + 1 FROM contacts")).scalar();
}

QString foldLogin(const QString &login)
{
    return login.trimmed().toCaseFolded();
}

std::optional<ContactRecord> findContactByNumber(const QSqlDatabase &db, qint64 institutionId, const QString &number)
{
    return findOne(db, QStringLiteral("institution_id = ? AND contact_number = ?"), {institutionId, number});
}

std::optional<ContactRecord> findContactById(const QSqlDatabase &db, qint64 institutionId, qint64 contactId)
{
    return findOne(db, QStringLiteral("institution_id = ? AND contact_id = ?"), {institutionId, contactId});
}

std::optional<ContactRecord> findContactByIdentifier(const QSqlDatabase &db, qint64 institutionId, qint64 identifier)
{
    return findOne(db, QStringLiteral("institution_id = ? AND identifier = ?"), {institutionId, identifier});
}

std::optional<ContactRecord> findContactByLogin(const QSqlDatabase &db, qint64 institutionId, const QString &login)
{
    return findOne(db, QStringLiteral("institution_id = ? AND login_folded = ?"), {institutionId, foldLogin(login)});
}

std::optional<ContactRecord> findPublicLoginByEmail(const QSqlDatabase &db, qint64 institutionId, const QString &email)
{
    return findOne(db,
                   QStringLiteral("institution_id = ? AND role = 'PUBLIC' AND login_folded IS NOT NULL "
                                  "AND email_folded = ?"),
                   {institutionId, foldForSearch(email)});
}

bool publicLoginEmailTaken(const QSqlDatabase &db, qint64 institutionId, const QString &email, qint64 exceptContactId)
{
    Sql q(db, QStringLiteral("SELECT count(*) FROM contacts WHERE institution_id = ? AND role = 'PUBLIC' "
                             "AND login_folded IS NOT NULL AND email_folded = ? AND contact_id <> ?"));
    q.bind(institutionId).bind(foldForSearch(email)).bind(exceptContactId);
    return q.scalar() > 0;
}

bool loginTaken(const QSqlDatabase &db, qint64 institutionId, const QString &login, qint64 exceptContactId)
{
    Sql q(db, QStringLiteral("SELECT count(*) FROM contacts WHERE institution_id = ? AND login_folded = ? "
                             "AND contact_id <> ?"));
    q.bind(institutionId).bind(foldLogin(login)).bind(exceptContactId);
    return q.scalar() > 0;
}

void insertContact(const QSqlDatabase &db, const ContactRecord &record)
{
    Sql insert(db, QStringLiteral(
        "INSERT INTO contacts (contact_id, institution_id, contact_number, contact_type, role, identifier, "
        "creation_date, last_modification_date, end_validity_date, function, email, email_folded, login, "
        "login_folded, password_hash, password_salt, password_iterations, failed_logins, locked_until, "
        "has_warning, created_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(record.contactId);
    bindRecord(insert, record);
    insert.exec();
}

void updateContact(const QSqlDatabase &db, const ContactRecord &record)
{
    Sql update(db, QStringLiteral(
        "UPDATE contacts SET institution_id = ?, contact_number = ?, contact_type = ?, role = ?, identifier = ?, "
        "creation_date = ?, last_modification_date = ?, end_validity_date = ?, function = ?, email = ?, "
        "email_folded = ?, login = ?, login_folded = ?, password_hash = ?, password_salt = ?, "
        "password_iterations = ?, failed_logins = ?, locked_until = ?, has_warning = ?, created_from = ? "
        "WHERE contact_id = ?"));
    bindRecord(update, record);
    update.bind(record.contactId).exec();
}

void updateLoginState(const QSqlDatabase &db, qint64 contactId, int failedLogins, const QDateTime &lockedUntil)
{
    Sql q(db, QStringLiteral("UPDATE contacts SET failed_logins = ?, locked_until = ? WHERE contact_id = ?"));
    q.bind(failedLogins).bind(millisOrNull(lockedUntil)).bind(contactId).exec();
}

void updatePassword(const QSqlDatabase &db, qint64 contactId, const PasswordHash &password)
{
    Sql q(db, QStringLiteral("UPDATE contacts SET password_hash = ?, password_salt = ?, password_iterations = ? "
                             "WHERE contact_id = ?"));
    q.bind(password.hash).bind(password.salt).bind(password.iterations).bind(contactId).exec();
}

std::optional<dto::IndividualData> readIndividual(const QSqlDatabase &db, qint64 contactId, bool withPhoto)
{
    Sql q(db, QStringLiteral("SELECT title, first_name, last_name, birth_date, language, remark, %1 "
                             "FROM individuals WHERE contact_id = ?")
                  .arg(withPhoto ? QStringLiteral("photo") : QStringLiteral("NULL")));
    q.bind(contactId).exec();
    if (!q.next())
        return std::nullopt;
    dto::IndividualData d;
    d.individualTitle = q.text(0);
    d.individualFirstName = q.text(1);
    d.individualLastName = q.text(2);
    d.individualBirthDate = q.date(3);
    d.individualLanguage = q.text(4);
    d.remark = q.text(5);
    if (!q.isNull(6))
        d.photo = q.value(6).toByteArray();
    return d;
}

void writeIndividual(const QSqlDatabase &db, qint64 contactId, const dto::IndividualData &d)
{
    Sql q(db, QStringLiteral("INSERT INTO individuals (contact_id, title, first_name, last_name, birth_date, language, "
                             "remark, photo) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (contact_id) DO UPDATE SET "
                             "title = excluded.title, first_name = excluded.first_name, last_name = excluded.last_name, "
                             "birth_date = excluded.birth_date, language = excluded.language, remark = excluded.remark, "
                             "photo = excluded.photo"));
    q.bind(contactId)
        .bind(textOrNull(d.individualTitle))
        .bind(textOrNull(d.individualFirstName))
        .bind(textOrNull(d.individualLastName))
        .bind(dateOrNull(d.individualBirthDate))
        .bind(textOrNull(d.individualLanguage))
        .bind(textOrNull(d.remark))
        .bind(blobOrNull(d.photo))
        .exec();
    Sql keys(db, QStringLiteral("UPDATE contacts SET name_folded = coalesce(?, ''), first_name_folded = coalesce(?, '') WHERE contact_id = ?"));
    keys.bind(foldForSearch(d.individualLastName)).bind(foldForSearch(d.individualFirstName)).bind(contactId).exec();
}

std::optional<dto::StructureData> readStructure(const QSqlDatabase &db, qint64 contactId)
{
    Sql q(db, QStringLiteral("SELECT name, code, structure_type_code, address_name1, address_name2, web_site, "
                             "number_of_employees FROM structures WHERE contact_id = ?"));
    q.bind(contactId).exec();
    if (!q.next())
        return std::nullopt;
    dto::StructureData d;
    d.structureName = q.text(0);
    d.structureCode = q.text(1);
    d.structureTypeCode = q.text(2);
    d.addressName1 = q.text(3);
    d.addressName2 = q.text(4);
    d.webSite = q.text(5);
    if (!q.isNull(6))
        d.numberOfEmployees = int(q.integer(6));
    return d;
}

void writeStructure(const QSqlDatabase &db, qint64 contactId, const dto::StructureData &d)
{
    Sql q(db, QStringLiteral("INSERT INTO structures (contact_id, name, code, structure_type_code, address_name1, "
                             "address_name2, web_site, number_of_employees) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (contact_id) DO UPDATE SET name = excluded.name, code = excluded.code, "
                             "structure_type_code = excluded.structure_type_code, address_name1 = "
                             "excluded.address_name1, address_name2 = excluded.address_name2, web_site = "
                             "excluded.web_site, number_of_employees = excluded.number_of_employees"));
    q.bind(contactId)
        .bind(d.structureName)
        .bind(textOrNull(d.structureCode))
        .bind(textOrNull(d.structureTypeCode))
        .bind(textOrNull(d.addressName1))
        .bind(textOrNull(d.addressName2))
        .bind(textOrNull(d.webSite))
        .bind(optionalOrNull(d.numberOfEmployees))
        .exec();
    Sql keys(db, QStringLiteral("UPDATE contacts SET name_folded = coalesce(?, ''), first_name_folded = '' WHERE contact_id = ?"));
    keys.bind(foldForSearch(d.structureName)).bind(contactId).exec();
}

QList<qint64> addressIdsOf(const QSqlDatabase &db, qint64 contactId)
{
    Sql q(db, QStringLiteral("SELECT address_id FROM addresses WHERE contact_id = ? ORDER BY position"));
    q.bind(contactId).exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.integer(0);
    return ids;
}

void replaceAddresses(const QSqlDatabase &db, qint64 institutionId, qint64 contactId,
                      const QList<dto::ContactAddressData> &addresses)
{
    Sql(db, QStringLiteral("DELETE FROM addresses WHERE contact_id = ?")).bind(contactId).exec();
    Sql insert(db, QStringLiteral(
        "INSERT INTO addresses (address_id, contact_id, institution_id, position, address_types, line1, line2, line3, "
        "zip_code, zip_folded, town, town_folded, town_complement, department, country_code) "
        "VALUES (?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const dto::ContactAddressData &a = addresses[i];
        insert.bind(optionalOrNull(a.addressId))
            .bind(contactId)
            .bind(institutionId)
            .bind(qint64(i))
            .bind(a.addressTypes.join(QLatin1Char(',')))
            .bind(textOrNull(a.line1))
            .bind(textOrNull(a.line2))
            .bind(textOrNull(a.line3))
            .bind(textOrNull(a.zipCode))
            .bind(foldedOrNull(a.zipCode))
            .bind(textOrNull(a.town))
            .bind(foldedOrNull(a.town))
            .bind(textOrNull(a.townComplement))
            .bind(textOrNull(a.department))
            .bind(textOrNull(a.countryCode))
            .exec();
    }
}

void replaceCommunicationMeans(const QSqlDatabase &db, qint64 institutionId, qint64 contactId,
                               const QList<dto::CommunicationMeanData> &means)
{
    Sql(db, QStringLiteral("DELETE FROM communication_means WHERE contact_id = ?")).bind(contactId).exec();
    Sql insert(db, QStringLiteral(
        "INSERT INTO communication_means (contact_id, institution_id, position, type, value, digits, national_digits, "
        "is_main, is_professional) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < means.size(); ++i) {
        const dto::CommunicationMeanData &m = means[i];
        const bool isPhone = m.type == u"PHONE" || m.type == u"MOBILE" || m.type == u"FAX";
        const QString national = isPhone ? nationalPhoneDigits(m.value) : QString();
        insert.bind(contactId)
            .bind(institutionId)
            .bind(qint64(i))
            .bind(m.type)
            .bind(m.value)
            .bind(isPhone ? QVariant(phoneDigits(m.value)) : QVariant())
            .bind(national.isEmpty() ? QVariant() : QVariant(national))
            .bind(optionalOrNull(m.main))
            .bind(optionalOrNull(m.professional))
            .exec();
    }
}

void replaceAuthorizations(const QSqlDatabase &db, qint64 institutionId, qint64 contactId,
                           const QList<dto::AuthorizationData> &authorizations, const QDateTime &now)
{
    Sql(db, QStringLiteral("DELETE FROM authorizations WHERE contact_id = ?")).bind(contactId).exec();
    Sql insert(db, QStringLiteral("INSERT INTO authorizations (contact_id, institution_id, authorization_code, granted, "
                                  "grant_date, position) VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < authorizations.size(); ++i) {
        const dto::AuthorizationData &a = authorizations[i];
        const bool granted = a.granted.value_or(false);
        const QDateTime grantDate = a.grantDate.isValid() ? a.grantDate : now;
        insert.bind(contactId)
            .bind(institutionId)
            .bind(a.authorizationCode)
            .bind(granted ? 1 : 0)
            .bind(millisOrNull(grantDate))
            .bind(qint64(i))
            .exec();
    }
}

void replaceCriteria(const QSqlDatabase &db, qint64 institutionId, qint64 contactId,
                     const QList<dto::ExternalContactCriterionData> &criteria)
{
    Sql(db, QStringLiteral("DELETE FROM criteria_values WHERE contact_id = ?")).bind(contactId).exec();
    Sql insert(db, QStringLiteral("INSERT INTO criteria_values (contact_id, institution_id, criterion_code, position, "
                                  "value) VALUES (?, ?, ?, ?, ?)"));
    qint64 position = 0;
    for (const dto::ExternalContactCriterionData &c : criteria) {
        for (const QString &value : c.values)
            insert.bind(contactId).bind(institutionId).bind(c.criterionCode).bind(position++).bind(value).exec();
    }
}

void replaceAdministrativeNumbers(const QSqlDatabase &db, qint64 contactId,
                                  const QList<dto::AdministrativeNumberData> &numbers)
{
    Sql(db, QStringLiteral("DELETE FROM administrative_numbers WHERE contact_id = ?")).bind(contactId).exec();
    Sql insert(db, QStringLiteral("INSERT INTO administrative_numbers (contact_id, code, value, position) "
                                  "VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < numbers.size(); ++i)
        insert.bind(contactId).bind(numbers[i].code).bind(numbers[i].value).bind(qint64(i)).exec();
}

QList<dto::AdministrativeNumberData> readAdministrativeNumbers(const QSqlDatabase &db, qint64 contactId)
{
    Sql q(db, QStringLiteral("SELECT code, value FROM administrative_numbers WHERE contact_id = ? ORDER BY position"));
    q.bind(contactId).exec();
    QList<dto::AdministrativeNumberData> numbers;
    while (q.next())
        numbers.append({q.text(0), q.text(1)});
    return numbers;
}

QList<dto::ContactDataResult> loadContacts(const QSqlDatabase &db, const QList<qint64> &contactIds,
                                           const DetailSet &details)
{
    QList<dto::ContactDataResult> results;
    if (contactIds.isEmpty())
        return results;
    const QString ids = idList(contactIds);
    QHash<qint64, qsizetype> indexOf;

    Sql main(db, QStringLiteral(
        "SELECT c.contact_id, c.contact_number, c.contact_type, c.role, c.creation_date, c.last_modification_date, "
        "c.end_validity_date, c.function, c.has_warning, c.login, c.email, c.created_from, "
        "i.contact_id, i.title, i.first_name, i.last_name, i.birth_date, i.language, i.remark, %1, "
        "s.contact_id, s.name, s.code, s.structure_type_code, s.address_name1, s.address_name2, s.web_site, "
        "s.number_of_employees, "
        "(SELECT r.contact_number FROM structure_members sm JOIN contacts r ON r.contact_id = sm.member_id "
        " WHERE sm.structure_id = c.contact_id AND sm.role = 'RELAY'), "
        "EXISTS (SELECT 1 FROM advantages a WHERE a.contact_id = c.contact_id) "
        "FROM contacts c LEFT JOIN individuals i ON i.contact_id = c.contact_id "
        "LEFT JOIN structures s ON s.contact_id = c.contact_id WHERE c.contact_id IN (%2)")
                 .arg(details.photo ? QStringLiteral("i.photo") : QStringLiteral("NULL"), ids));
    main.exec();
    QHash<qint64, dto::ContactDataResult> byId;
    QList<qint64> structureIds;
    while (main.next()) {
        dto::ContactDataResult r;
        const qint64 id = main.integer(0);
        r.contactId = id;
        r.contactNumber = main.text(1);
        r.contactType = main.text(2);
        if (details.general) {
            r.role = main.text(3);
            r.creationDate = main.dateTime(4);
            r.lastModificationDate = main.dateTime(5);
            r.endValidityDate = main.dateTime(6);
            r.function = main.text(7);
            r.hasWarning = main.integer(8) != 0;
            r.login = main.text(9);
            r.email = main.text(10);
            r.createdFrom = createdFromMap(main.text(11));
            r.hasAdvantages = main.integer(29) != 0;
        }
        if (!main.isNull(12) && (details.general || details.photo)) {
            dto::IndividualData d;
            if (details.general) {
                d.individualTitle = main.text(13);
                d.individualFirstName = main.text(14);
                d.individualLastName = main.text(15);
                d.individualBirthDate = main.date(16);
                d.individualLanguage = main.text(17);
                d.remark = main.text(18);
            }
            if (details.photo && !main.isNull(19))
                d.photo = main.value(19).toByteArray();
            r.individualContact = d;
        }
        if (!main.isNull(20) && details.general) {
            dto::StructureData d;
            d.structureName = main.text(21);
            d.structureCode = main.text(22);
            d.structureTypeCode = main.text(23);
            d.addressName1 = main.text(24);
            d.addressName2 = main.text(25);
            d.webSite = main.text(26);
            if (!main.isNull(27))
                d.numberOfEmployees = int(main.integer(27));
            d.relayContactNumber = main.text(28);
            r.structureContact = d;
            structureIds << id;
        }
        byId.insert(id, r);
    }

    if (!structureIds.isEmpty()) {
        Sql q(db, QStringLiteral("SELECT contact_id, code, value FROM administrative_numbers WHERE contact_id IN (%1) "
                                 "ORDER BY contact_id, position")
                      .arg(idList(structureIds)));
        q.exec();
        while (q.next())
            byId[q.integer(0)].structureContact->administrativeNumbers.append({q.text(1), q.text(2)});
    }
    if (details.addresses) {
        Sql q(db, QStringLiteral("SELECT contact_id, address_id, address_types, line1, line2, line3, zip_code, town, "
                                 "town_complement, department, country_code FROM addresses WHERE contact_id IN (%1) "
                                 "ORDER BY contact_id, position")
                      .arg(ids));
        q.exec();
        while (q.next()) {
            dto::ContactAddressData a;
            a.addressId = q.integer(1);
            const QString types = q.text(2);
            if (!types.isEmpty())
                a.addressTypes = types.split(QLatin1Char(','));
            a.line1 = q.text(3);
            a.line2 = q.text(4);
            a.line3 = q.text(5);
            a.zipCode = q.text(6);
            a.town = q.text(7);
            a.townComplement = q.text(8);
            a.department = q.text(9);
            a.countryCode = q.text(10);
            byId[q.integer(0)].addresses.append(a);
        }
    }
    if (details.communicationMeans) {
        Sql q(db, QStringLiteral("SELECT contact_id, type, value, is_main, is_professional FROM communication_means "
                                 "WHERE contact_id IN (%1) ORDER BY contact_id, position")
                      .arg(ids));
        q.exec();
        while (q.next()) {
            dto::CommunicationMeanData m;
            m.type = q.text(1);
            m.value = q.text(2);
            flag(q, 3, m.main);
            flag(q, 4, m.professional);
            byId[q.integer(0)].communicationMeans.append(m);
        }
    }
    if (details.authorizations) {
        Sql q(db, QStringLiteral("SELECT contact_id, authorization_code, granted, grant_date FROM authorizations "
                                 "WHERE contact_id IN (%1) ORDER BY contact_id, position")
                      .arg(ids));
        q.exec();
        while (q.next()) {
            dto::AuthorizationData a;
            a.authorizationCode = q.text(1);
            a.granted = q.integer(2) != 0;
            a.grantDate = q.dateTime(3);
            byId[q.integer(0)].authorizations.append(a);
        }
    }
    if (details.criteria) {
        Sql q(db, QStringLiteral("SELECT contact_id, criterion_code, value FROM criteria_values WHERE contact_id IN (%1) "
                                 "ORDER BY contact_id, position")
                      .arg(ids));
        q.exec();
        while (q.next()) {
            auto &list = byId[q.integer(0)].contactCriteria;
            const QString code = q.text(1);
            if (list.isEmpty() || list.last().criterionCode != code)
                list.append({code, {}});
            list.last().values.append(q.text(2));
        }
    }
    if (details.advantages) {
        Sql q(db, QStringLiteral("SELECT contact_id, advantage_code, name, start_date, end_date FROM advantages "
                                 "WHERE contact_id IN (%1) ORDER BY contact_id, advantage_code")
                      .arg(ids));
        q.exec();
        while (q.next())
            byId[q.integer(0)].advantages.append({q.text(1), q.text(2), q.dateTime(3), q.dateTime(4)});
    }

    results.reserve(contactIds.size());
    for (const qint64 id : contactIds) {
        auto it = byId.constFind(id);
        if (it != byId.cend())
            results.append(*it);
    }
    return results;
}

// ---- structure members ----

namespace {
const QString memberColumns = QStringLiteral(
    "structure_id, member_id, role, function, professional_email, professional_phone, start_date, end_date");

MemberRecord readMember(const Sql &q)
{
    MemberRecord m;
    m.structureId = q.integer(0);
    m.memberId = q.integer(1);
    m.role = q.text(2);
    m.function = q.text(3);
    m.professionalEmail = q.text(4);
    m.professionalPhone = q.text(5);
    m.startDate = q.dateTime(6);
    m.endDate = q.dateTime(7);
    return m;
}
} // namespace

std::optional<MemberRecord> findMember(const QSqlDatabase &db, qint64 structureId, qint64 memberId)
{
    Sql q(db, QStringLiteral("SELECT %1 FROM structure_members WHERE structure_id = ? AND member_id = ?")
                  .arg(memberColumns));
    q.bind(structureId).bind(memberId).exec();
    if (!q.next())
        return std::nullopt;
    return readMember(q);
}

std::optional<qint64> relayOf(const QSqlDatabase &db, qint64 structureId)
{
    Sql q(db, QStringLiteral("SELECT member_id FROM structure_members WHERE structure_id = ? AND role = 'RELAY'"));
    q.bind(structureId).exec();
    if (!q.next())
        return std::nullopt;
    return q.integer(0);
}

QList<MemberRecord> membersOf(const QSqlDatabase &db, qint64 structureId)
{
    Sql q(db, QStringLiteral("SELECT %1 FROM structure_members WHERE structure_id = ? ORDER BY member_id")
                  .arg(memberColumns));
    q.bind(structureId).exec();
    QList<MemberRecord> members;
    while (q.next())
        members << readMember(q);
    return members;
}

void upsertMember(const QSqlDatabase &db, const MemberRecord &m)
{
    Sql q(db, QStringLiteral("INSERT INTO structure_members (%1, function_folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, '')) "
                             "ON CONFLICT (structure_id, member_id) DO UPDATE SET role = excluded.role, "
                             "function = excluded.function, professional_email = excluded.professional_email, "
                             "professional_phone = excluded.professional_phone, start_date = excluded.start_date, "
                             "end_date = excluded.end_date, function_folded = excluded.function_folded")
                  .arg(memberColumns));
    q.bind(m.structureId)
        .bind(m.memberId)
        .bind(m.role)
        .bind(textOrNull(m.function))
        .bind(textOrNull(m.professionalEmail))
        .bind(textOrNull(m.professionalPhone))
        .bind(millisOrNull(m.startDate))
        .bind(millisOrNull(m.endDate))
        .bind(foldForSearch(m.function))
        .exec();
}

void deleteMember(const QSqlDatabase &db, qint64 structureId, qint64 memberId)
{
    Sql(db, QStringLiteral("DELETE FROM structure_members WHERE structure_id = ? AND member_id = ?"))
        .bind(structureId)
        .bind(memberId)
        .exec();
}

bool isRelayOfAnyStructure(const QSqlDatabase &db, qint64 memberId)
{
    Sql q(db, QStringLiteral("SELECT count(*) FROM structure_members WHERE member_id = ? AND role = 'RELAY'"));
    q.bind(memberId);
    return q.scalar() > 0;
}

void updateRole(const QSqlDatabase &db, qint64 contactId, const QString &role)
{
    Sql(db, QStringLiteral("UPDATE contacts SET role = ? WHERE contact_id = ?")).bind(role).bind(contactId).exec();
}

void touchContact(const QSqlDatabase &db, qint64 contactId, const QDateTime &lastModificationDate)
{
    Sql(db, QStringLiteral("UPDATE contacts SET last_modification_date = ? WHERE contact_id = ?"))
        .bind(lastModificationDate.toMSecsSinceEpoch())
        .bind(contactId)
        .exec();
}

void setMemberRole(const QSqlDatabase &db, qint64 structureId, qint64 memberId, const QString &role)
{
    Sql(db, QStringLiteral("UPDATE structure_members SET role = ? WHERE structure_id = ? AND member_id = ?"))
        .bind(role)
        .bind(structureId)
        .bind(memberId)
        .exec();
}

} // namespace contactdesk::sandbox::store
