#include "seed/SeedGenerator.h"

#include "seed/DemoAccounts.h"
#include "seed/SeedNames.h"
#include "store/BulkInsert.h"
#include "store/ContactStore.h"
#include "store/Crypto.h"
#include "store/Migrations.h"
#include "store/ReferenceStore.h"
#include "store/Sql.h"
#include "store/TextFolding.h"

#include <QElapsedTimer>
#include <QSet>

#include <random>
#include <unordered_map>
#include <cstdio>

namespace contactdesk::sandbox::seed {

namespace {

using store::Sql;

// std::mt19937_64 is specified bit for bit; the distributions of <random> are not, so
// the generator draws its numbers itself to stay the same on every standard library.
class SeedRandom {
public:
    explicit SeedRandom(quint64 seed) : m_engine(seed) {}
    quint64 next() { return m_engine(); }
    int below(int n) { return n <= 1 ? 0 : int(m_engine() % quint64(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T>
    const T &pick(std::span<const T> items)
    {
        return items[std::size_t(below(int(items.size())))];
    }
    QString digits(int count)
    {
        QString text;
        for (int i = 0; i < count; ++i)
            text += QLatin1Char(char('0' + below(10)));
        return text;
    }

private:
    std::mt19937_64 m_engine;
};

// The dates of seeded data are fixed, not "now": the same seed gives the same rows.
const QDateTime seedEpoch(QDate(2015, 1, 1), QTime(8, 0), Qt::UTC);

// ---------------------------------------------------------------- reference data

store::ReferenceData referenceData()
{
    store::ReferenceData data;
    data.structureTypes = {{QStringLiteral("COMPANY"), QStringLiteral("Company")},
                           {QStringLiteral("SCHOOL"), QStringLiteral("School")},
                           {QStringLiteral("ASSOCIATION"), QStringLiteral("Association")},
                           {QStringLiteral("PUBLIC_ADMIN"), QStringLiteral("Public administration")}};

    auto criterion = [](const char *code, const char *name, const char *type, bool multiple,
                        QList<dto::CodeName> elements = {}) {
        dto::ContactCriterion c;
        c.code = QString::fromLatin1(code);
        c.name = QString::fromUtf8(name);
        c.type = QString::fromLatin1(type);
        c.multiple = multiple;
        c.elements = std::move(elements);
        return c;
    };
    data.criteria = {
        criterion("NEWSLETTER", "Newsletter subscriber", "BOOLEAN", false),
        criterion("VIP", "VIP guest", "BOOLEAN", false),
        criterion("FAVORITE_GENRE", "Favourite genre", "LIST", false,
                  {{QStringLiteral("OPERA"), QStringLiteral("Opera")},
                   {QStringLiteral("BALLET"), QStringLiteral("Ballet")},
                   {QStringLiteral("SYMPHONIC"), QStringLiteral("Symphonic concerts")},
                   {QStringLiteral("CHAMBER"), QStringLiteral("Chamber music")},
                   {QStringLiteral("JAZZ"), QStringLiteral("Jazz")},
                   {QStringLiteral("THEATRE"), QStringLiteral("Theatre")}}),
        criterion("INTERESTS", "Interests", "LIST", true,
                  {{QStringLiteral("FAMILY"), QStringLiteral("Family shows")},
                   {QStringLiteral("STUDENTS"), QStringLiteral("Student offers")},
                   {QStringLiteral("GUIDED_TOURS"), QStringLiteral("Guided tours")},
                   {QStringLiteral("BACKSTAGE"), QStringLiteral("Backstage visits")},
                   {QStringLiteral("WORKSHOPS"), QStringLiteral("Workshops")},
                   {QStringLiteral("PREMIERES"), QStringLiteral("Premières")}}),
        criterion("SEATING", "Preferred seating", "LIST", false,
                  {{QStringLiteral("STALLS"), QStringLiteral("Stalls")},
                   {QStringLiteral("CIRCLE"), QStringLiteral("Dress circle")},
                   {QStringLiteral("BALCONY"), QStringLiteral("Balcony")},
                   {QStringLiteral("BOX"), QStringLiteral("Box")}}),
        criterion("ACCESS_NOTES", "Accessibility notes", "TEXT", false),
        criterion("PATRON_SINCE", "Patron since", "DATE", false),
        criterion("ANNUAL_VISITS", "Visits per season", "NUMBER", false),
    };

    auto authorization = [](const char *code, const char *name, const char *channel, bool thirdParty) {
        return dto::AvailableAuthorization{QString::fromLatin1(code), QString::fromUtf8(name),
                                           QString::fromLatin1(channel), thirdParty};
    };
    data.authorizations = {
        authorization("NEWSLETTER_EMAIL", "Newsletter by email", "EMAIL", false),
        authorization("SMS_OFFERS", "Offers by SMS", "SMS", false),
        authorization("PHONE_CALLS", "Calls about events", "PHONE", false),
        authorization("POSTAL_MAIL", "Season brochure by post", "MAIL", false),
        authorization("THIRD_PARTY_OFFERS", "Offers from partners", "ANY", true),
        authorization("ADDRESS_TRANSFER", "Address shared with partners", "ANY", true),
    };

    data.administrativeNumbers = {
        {QStringLiteral("CH_UID"), QStringLiteral("Swiss business identification number (UID)"),
         QStringLiteral(R"(CHE-\d{3}\.\d{3}\.\d{3})")},
        {QStringLiteral("FR_SIRET"), QStringLiteral("French SIRET number"), QStringLiteral(R"(\d{14})")},
        {QStringLiteral("EU_VAT"), QStringLiteral("VAT identification number"),
         QStringLiteral(R"([A-Z]{2}[0-9A-Z]{8,12})")},
    };

    data.salesChannels = {{QStringLiteral("INTERNET"), QStringLiteral("Ticket shop")},
                          {QStringLiteral("BOX_OFFICE"), QStringLiteral("Box office")}};
    auto pos = [](qint64 id, const char *code, const char *name, const char *channel, bool b2b) {
        store::PointOfSalesRow row;
        row.pointOfSales.pointOfSalesId = id;
        row.pointOfSales.code = QString::fromLatin1(code);
        row.pointOfSales.name = QString::fromUtf8(name);
        row.pointOfSales.salesChannelCode = QString::fromLatin1(channel);
        row.b2b = b2b;
        return row;
    };
    data.pointsOfSales = {pos(1001, "WEBSHOP", "Online ticket shop", "INTERNET", false),
                          pos(1002, "GROUPS", "Group and company sales (B2B)", "INTERNET", true),
                          pos(1003, "BOX_OFFICE", "Box office Opernhaus", "BOX_OFFICE", false)};
    return data;
}

// ---------------------------------------------------------------- text helpers

// Lower-case ASCII for email local parts and host names: "Müller" -> "muller".
QString asciiSlug(const QString &text, int maxLength = 40)
{
    QString slug;
    for (const QChar c : store::foldForSearch(text)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        if (slug.size() >= maxLength)
            break;
    }
    return slug;
}

// The name material is a few hundred fixed strings: convert and fold each one once.
struct Word {
    QString text;
    QString folded;
    QString slug;
};

const Word &word(const char *utf8Text)
{
    thread_local std::unordered_map<const char *, Word> cache; // stable references
    auto it = cache.find(utf8Text);
    if (it == cache.end()) {
        Word w;
        w.text = QString::fromUtf8(utf8Text);
        w.folded = store::foldForSearch(w.text);
        w.slug = asciiSlug(w.text);
        it = cache.emplace(utf8Text, std::move(w)).first;
    }
    return it->second;
}

QString phoneNumber(SeedRandom &random, const CountryNames &country, bool mobile)
{
    const QString prefix = word(random.pick(mobile ? country.mobilePrefixes : country.landlinePrefixes)).text;
    const QString subscriber = random.digits(country.subscriberDigits);
    const QString code = QString::fromLatin1(country.countryCode);
    if (code == u"CH")
        return QStringLiteral("%1 %2 %3 %4").arg(prefix, subscriber.mid(0, 3), subscriber.mid(3, 2), subscriber.mid(5, 2));
    if (code == u"FR") {
        return QStringLiteral("%1 %2 %3 %4 %5")
            .arg(prefix, subscriber.mid(0, 2), subscriber.mid(2, 2), subscriber.mid(4, 2), subscriber.mid(6, 2));
    }
    if (code == u"GB")
        return prefix + subscriber; // the prefix ends inside the drama range
    return prefix + QLatin1Char(' ') + subscriber;
}

QString streetLine(SeedRandom &random, const CountryNames &country)
{
    const QString street = word(random.pick(country.streets)).text;
    const QString number = QString::number(random.between(1, 180));
    return country.houseNumberFirst ? number + QLatin1Char(' ') + street : street + QLatin1Char(' ') + number;
}

// ---------------------------------------------------------------- the bulk writer

// One prepared statement per table, executed once per row.
struct Writer {
    explicit Writer(const QSqlDatabase &db)
        : contact(db, "INSERT INTO contacts (contact_id, institution_id, contact_number, contact_type, role, "
                      "identifier, creation_date, last_modification_date, end_validity_date, function, email, "
                      "email_folded, login, login_folded, password_hash, password_salt, password_iterations, "
                      "failed_logins, locked_until, has_warning, created_from, name_folded, first_name_folded) "
                      "VALUES (?, ?, ?, ?, ?, NULL, ?, ?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?, "
                      "coalesce(?, ''), coalesce(?, ''))"),
          individual(db, "INSERT INTO individuals (contact_id, title, first_name, last_name, birth_date, language, "
                         "remark, photo) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)"),
          structure(db, "INSERT INTO structures (contact_id, name, code, structure_type_code, address_name1, "
                        "address_name2, web_site, number_of_employees) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)"),
          address(db, "INSERT INTO addresses (contact_id, institution_id, position, address_types, line1, line2, "
                      "line3, zip_code, zip_folded, town, town_folded, town_complement, department, country_code) "
                      "VALUES (?, ?, 0, 'MAIN', ?, ?, NULL, ?, ?, ?, ?, NULL, NULL, ?)"),
          means(db, "INSERT INTO communication_means (contact_id, institution_id, position, type, value, digits, "
                    "national_digits, is_main, is_professional) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          authorization(db, "INSERT INTO authorizations (contact_id, institution_id, authorization_code, granted, "
                            "grant_date, position) VALUES (?, ?, ?, ?, ?, ?)"),
          criterion(db, "INSERT INTO criteria_values (contact_id, institution_id, criterion_code, position, value) "
                        "VALUES (?, ?, ?, ?, ?)"),
          administrativeNumber(db, "INSERT INTO administrative_numbers (contact_id, code, value, position) "
                                   "VALUES (?, ?, ?, 0)"),
          member(db, "INSERT INTO structure_members (structure_id, member_id, role, function, function_folded, "
                     "professional_email, professional_phone, start_date, end_date) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)"),
          advantage(db, "INSERT INTO advantages (contact_id, advantage_code, name, start_date, end_date) "
                        "VALUES (?, ?, ?, ?, ?)")
    {
    }
    store::BulkStatement contact, individual, structure, address, means, authorization, criterion,
        administrativeNumber, member, advantage;
};

struct NewContact {
    qint64 id = 0;
    QString type;
    QString role;
    QDateTime created;
    QDateTime modified;
    QString email;
    QString login;
    store::PasswordHash password;
    bool warning = false;
    QString nameKey;
    QString firstNameKey;
};

void writeContact(Writer &w, qint64 institutionId, const NewContact &c)
{
    w.contact.bind(c.id)
        .bind(institutionId)
        .bind(store::contactNumberFor(c.id))
        .bind(c.type)
        .bind(c.role)
        .bind(c.created.toMSecsSinceEpoch())
        .bind(c.modified.toMSecsSinceEpoch())
        .bind(c.email.isEmpty() ? QString() : c.email)
        .bind(c.email.isEmpty() ? QString() : c.email) // generated emails are lower-case ASCII: already folded
        .bind(c.login.isEmpty() ? QString() : c.login)
        .bind(c.login.isEmpty() ? QString() : store::foldLogin(c.login))
        .bind(c.password.hash.isEmpty() ? QByteArray() : c.password.hash)
        .bind(c.password.hash.isEmpty() ? QByteArray() : c.password.salt);
    if (c.password.hash.isEmpty())
        w.contact.bind(nullptr);
    else
        w.contact.bind(c.password.iterations);
    w.contact.bind(c.warning ? 1 : 0)
        .bind(QStringLiteral("{\"source\":\"SEED\"}"))
        .bind(c.nameKey)
        .bind(c.firstNameKey)
        .exec();
}

void writeAddress(Writer &w, qint64 institutionId, qint64 contactId, const QString &line1, const QString &line2,
                  const Town &town, const char *country)
{
    const Word &zip = word(town.zip);
    const Word &name = word(town.name);
    w.address.bind(contactId)
        .bind(institutionId)
        .bind(line1)
        .bind(line2.isEmpty() ? QString() : line2)
        .bind(zip.text)
        .bind(zip.folded)
        .bind(name.text)
        .bind(name.folded)
        .bind(QString::fromLatin1(country))
        .exec();
}

void writePhone(Writer &w, qint64 institutionId, qint64 contactId, int position, const char *type,
                const QString &number, bool main, bool professional)
{
    const QString national = store::nationalPhoneDigits(number);
    w.means.bind(contactId)
        .bind(institutionId)
        .bind(position)
        .bind(QString::fromLatin1(type))
        .bind(number)
        .bind(store::phoneDigits(number))
        .bind(national.isEmpty() ? QString() : national)
        .bind(main ? 1 : 0)
        .bind(professional ? 1 : 0)
        .exec();
}

// ---------------------------------------------------------------- memberships

struct Membership {
    qint64 memberIndex; // 0-based index of the individual
    bool relay;
};

struct PlannedStructure {
    QList<Membership> members;
};

// Decides every structure's members first (its own random stream), so that each
// individual's role (PUBLIC, MEMBER or RELAY) is known when it is written.
QList<PlannedStructure> planStructures(quint64 seed, int individuals, int structures, QList<char> &roles)
{
    SeedRandom random(seed ^ 0x57C0'57C0'57C0'57C0ULL);
    QList<PlannedStructure> plans(structures);
    roles = QList<char>(individuals, 'P');
    // Members come from the second half of the individuals; the first half (with the
    // demo contact) stays PUBLIC.
    const int poolStart = individuals / 2;
    const int poolSize = individuals - poolStart;
    if (poolSize <= 0)
        return plans;
    for (PlannedStructure &plan : plans) {
        const int count = std::min(random.between(1, 40), poolSize);
        QSet<int> chosen;
        while (chosen.size() < count) {
            const int index = poolStart + random.below(poolSize);
            if (chosen.contains(index))
                continue;
            const bool relay = chosen.isEmpty();
            chosen.insert(index);
            plan.members.append({index, relay});
            if (relay)
                roles[index] = 'R';
            else if (roles[index] != 'R')
                roles[index] = 'M';
        }
    }
    return plans;
}

QString roleName(char role)
{
    switch (role) {
    case 'R': return QStringLiteral("RELAY");
    case 'M': return QStringLiteral("MEMBER");
    default: return QStringLiteral("PUBLIC");
    }
}

// ---------------------------------------------------------------- individuals

struct PersonFacts {
    const Word *firstName = nullptr;
    const Word *lastName = nullptr;
};

const char *const remarks[] = {"Prefers aisle seats", "Wheelchair access needed", "Abonnement seit 2012",
                               "Ne pas appeler le soir", "Hörgerät: Induktionsschleife erwünscht",
                               "Long-standing patron", "Réduction AVS", "Bitte nur per Post kontaktieren"};

const CountryNames &pickCountry(SeedRandom &random)
{
    const auto countries = seedCountries();
    const int r = random.below(100);
    return countries[r < 40 ? 0 : r < 60 ? 1 : r < 85 ? 2 : 3]; // CH 40%, FR 20%, DE 25%, GB 15%
}

QDateTime creationDate(SeedRandom &random)
{
    return seedEpoch.addDays(random.below(3650)).addSecs(random.below(36000));
}

} // namespace

int defaultStructureCount(int individuals)
{
    if (individuals <= 0)
        return 0;
    return std::max(1, int(qint64(individuals) * 300 / 5000));
}

SeedReport seedDatabase(store::Database &database, const SeedOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    SeedReport report;
    const int individualCount = std::max(0, options.individuals);
    const int structureCount = options.structures >= 0 ? options.structures : defaultStructureCount(individualCount);
    const QSqlDatabase db = database.connection();

    for (const QString &index : store::secondaryIndexNames())
        store::execute(db, QStringLiteral("DROP INDEX IF EXISTS %1").arg(index));

    store::Transaction transaction(database, store::Transaction::Kind::Write);
    const qint64 institutionId = store::insertInstitution(db, QString::fromLatin1(demoInstitutionCode),
                                                          QString::fromLatin1(demoInstitutionName));
    const store::ReferenceData references = referenceData();
    store::insertReferenceData(db, institutionId, references);

    // The demo operator and Symphony key. The operator password is replaced at every open
    // (openSandbox hands the new one over); only hashes are stored.
    store::OperatorRow operatorRow;
    operatorRow.institutionId = institutionId;
    operatorRow.login = QString::fromLatin1(demoOperatorLogin);
    operatorRow.partnerName = QString::fromLatin1(demoPartnerName);
    operatorRow.password = store::hashPassword(store::randomPassword());
    operatorRow.apiSecret = store::randomBytes(32);
    store::insertOperator(db, operatorRow);
    store::SymphonyKeyRow key;
    key.apiKey = QStringLiteral("SBX-") + store::randomToken(12);
    key.institutionId = institutionId;
    key.partnerName = QString::fromLatin1(demoSymphonyPartnerName);
    key.secret = store::randomBytes(32);
    store::insertSymphonyKey(db, key);

    QList<char> roles;
    const QList<PlannedStructure> plans = planStructures(options.seed, individualCount, structureCount, roles);
    QList<PersonFacts> people(individualCount);

    Writer w(db);
    SeedRandom random(options.seed);
    const auto criteria = references.criteria;
    const auto authorizations = references.authorizations;
    const QString individualType = QStringLiteral("INDIVIDUAL");
    for (int i = 0; i < individualCount; ++i) {
        const qint64 id = i + 1;
        const CountryNames &country = pickCountry(random);
        const bool female = random.chance(50);
        PersonFacts &person = people[i];
        person.firstName = &word(random.pick(female ? country.femaleFirstNames : country.maleFirstNames));
        person.lastName = &word(random.pick(country.lastNames));
        QString title = female ? (random.chance(10) ? QStringLiteral("MISS") : QStringLiteral("MRS")) : QStringLiteral("MR");
        if (random.chance(3))
            title = QStringLiteral("UNDEFINED");
        const QDate birth = QDate(1935, 1, 1).addDays(random.below(70 * 365));
        const QString language = word(random.pick(country.languages)).text;
        NewContact contact;
        contact.id = id;
        contact.type = individualType;
        contact.role = roleName(roles[i]);
        contact.created = creationDate(random);
        contact.modified = contact.created.addDays(random.below(365));
        if (random.chance(92)) {
            contact.email = QStringLiteral("%1.%2%3@%4")
                                .arg(person.firstName->slug, person.lastName->slug)
                                .arg(id)
                                .arg(word(random.pick(country.emailDomains)).text);
        }
        const bool wantsLogin = random.chance(2);
        contact.warning = random.chance(1);
        const QString remark = random.chance(5) ? word(random.pick(std::span<const char *const>(remarks))).text : QString();
        const QString line1 = streetLine(random, country);
        const QString line2 = random.chance(8) ? QStringLiteral("c/o %1").arg(word(random.pick(country.lastNames)).text)
                                               : QString();
        const Town &town = random.pick(country.towns);
        const bool hasMobile = random.chance(70);
        const QString mobile = hasMobile ? phoneNumber(random, country, true) : QString();
        const bool hasPhone = random.chance(35);
        const QString phone = hasPhone ? phoneNumber(random, country, false) : QString();

        bool demo = false;
        if (i == 0) {
            // The documented demo contact (DemoAccounts.h).
            demo = true;
            person.firstName = &word("Anna");
            person.lastName = &word("Müller");
            title = QStringLiteral("MRS");
            contact.email = QString::fromLatin1(demoContactLogin);
            contact.login = contact.email;
            contact.password = store::hashPassword(QString::fromLatin1(demoContactPassword));
        } else if (wantsLogin && contact.role == u"PUBLIC" && !contact.email.isEmpty()) {
            contact.login = contact.email;
            contact.password = store::hashPassword(QString::fromLatin1(seededPasswordPrefix) + store::contactNumberFor(id),
                                                   store::seedPasswordIterations);
        }
        if (!contact.login.isEmpty())
            ++report.logins;
        contact.nameKey = person.lastName->folded;
        contact.firstNameKey = person.firstName->folded;
        writeContact(w, institutionId, contact);
        w.individual.bind(id)
            .bind(title)
            .bind(person.firstName->text)
            .bind(person.lastName->text)
            .bind(birth.toString(Qt::ISODate))
            .bind(language)
            .bind(remark.isEmpty() ? QString() : remark)
            .exec();
        writeAddress(w, institutionId, id, line1, line2, demo ? seedCountries()[0].towns[0] : town,
                     demo ? "CH" : country.countryCode);
        int position = 0;
        if (hasMobile)
            writePhone(w, institutionId, id, position++, "MOBILE", mobile, true, false);
        if (hasPhone)
            writePhone(w, institutionId, id, position++, "PHONE", phone, !hasMobile, false);

        int authorizationPosition = 0;
        for (const dto::AvailableAuthorization &a : authorizations) {
            if (!random.chance(25))
                continue;
            w.authorization.bind(id)
                .bind(institutionId)
                .bind(a.code)
                .bind(random.chance(70) ? 1 : 0)
                .bind(contact.created.toMSecsSinceEpoch())
                .bind(authorizationPosition++)
                .exec();
        }
        int criterionPosition = 0;
        auto value = [&](const QString &code, const QString &text) {
            w.criterion.bind(id).bind(institutionId).bind(code).bind(criterionPosition++).bind(text).exec();
        };
        if (random.chance(60))
            value(criteria[0].code, random.chance(70) ? QStringLiteral("true") : QStringLiteral("false"));
        if (random.chance(5))
            value(criteria[1].code, QStringLiteral("true"));
        if (random.chance(50))
            value(criteria[2].code, random.pick(std::span<const dto::CodeName>(criteria[2].elements.constData(), std::size_t(criteria[2].elements.size()))).code);
        if (random.chance(30)) {
            const auto &elements = criteria[3].elements;
            const int first = random.below(int(elements.size()));
            const int count = random.between(1, 3);
            for (int k = 0; k < count; ++k)
                value(criteria[3].code, elements[(first + k) % elements.size()].code);
        }
        if (random.chance(25))
            value(criteria[4].code, random.pick(std::span<const dto::CodeName>(criteria[4].elements.constData(), std::size_t(criteria[4].elements.size()))).code);
        if (random.chance(3))
            value(criteria[5].code, remark.isEmpty() ? QStringLiteral("Needs step-free access") : remark);
        if (random.chance(10))
            value(criteria[6].code, contact.created.date().addDays(-random.below(4000)).toString(Qt::ISODate));
        if (random.chance(20))
            value(criteria[7].code, QString::number(random.between(1, 30)));
        if (random.chance(3)) {
            w.advantage.bind(id)
                .bind(QStringLiteral("SEASON_2025"))
                .bind(QStringLiteral("Season subscription 2024/25"))
                .bind(QDateTime(QDate(2024, 9, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch())
                .bind(QDateTime(QDate(2025, 6, 30), QTime(23, 59), Qt::UTC).toMSecsSinceEpoch())
                .exec();
        }
    }
    report.individuals = individualCount;
    if (individualCount > 0) {
        // The demo contact may buy on the B2B point of sales.
        Sql(db, QStringLiteral("INSERT INTO pos_authorized_contacts (point_of_sales_id, contact_id) VALUES (1002, 1)"))
            .exec();
    }

    // ---- structures and their members
    SeedRandom structureRandom(options.seed ^ 0x0BAD'5EED'0000'0001ULL);
    const QString structureType = QStringLiteral("STRUCTURE");
    const auto functions = memberFunctions();
    for (int s = 0; s < structureCount; ++s) {
        const qint64 id = qint64(individualCount) + s + 1;
        const CountryNames &country = pickCountry(structureRandom);
        const QString pattern = word(structureRandom.pick(country.companyPatterns)).text;
        const Town &town = structureRandom.pick(country.towns);
        QString name = pattern.section(QLatin1Char('|'), 0, 0);
        const QString typeCode = pattern.section(QLatin1Char('|'), 1, 1);
        name.replace(QStringLiteral("{L}"), word(structureRandom.pick(country.lastNames)).text);
        name.replace(QStringLiteral("{T}"), word(town.name).text);
        const QString slug = asciiSlug(name, 30) + QString::number(s + 1);
        NewContact contact;
        contact.id = id;
        contact.type = structureType;
        contact.role = QStringLiteral("PUBLIC");
        contact.created = creationDate(structureRandom);
        contact.modified = contact.created.addDays(structureRandom.below(365));
        contact.email = QStringLiteral("info@%1.example").arg(slug);
        contact.nameKey = store::foldForSearch(name);
        writeContact(w, institutionId, contact);
        w.structure.bind(id)
            .bind(name)
            .bind(QStringLiteral("S%1").arg(s + 1, 7, 10, QLatin1Char('0')))
            .bind(typeCode)
            .bind(name.left(38))
            .bind(QStringLiteral("https://www.%1.example").arg(slug))
            .bind(typeCode == u"COMPANY" ? structureRandom.between(1, 5000) : structureRandom.between(3, 200))
            .exec();
        const QString countryCode = QString::fromLatin1(country.countryCode);
        QString administrativeCode;
        QString administrativeValue;
        if (countryCode == u"CH") {
            administrativeCode = QStringLiteral("CH_UID");
            administrativeValue = QStringLiteral("CHE-%1.%2.%3")
                                      .arg(structureRandom.digits(3), structureRandom.digits(3), structureRandom.digits(3));
        } else if (countryCode == u"FR") {
            administrativeCode = QStringLiteral("FR_SIRET");
            administrativeValue = structureRandom.digits(14);
        } else {
            administrativeCode = QStringLiteral("EU_VAT");
            administrativeValue = countryCode + structureRandom.digits(9);
        }
        w.administrativeNumber.bind(id).bind(administrativeCode).bind(administrativeValue).exec();
        writeAddress(w, institutionId, id, streetLine(structureRandom, country), QString(), town, country.countryCode);
        writePhone(w, institutionId, id, 0, "PHONE", phoneNumber(structureRandom, country, false), true, true);
        if (structureRandom.chance(50)) {
            w.criterion.bind(id).bind(institutionId).bind(criteria[0].code).bind(0)
                .bind(structureRandom.chance(60) ? QStringLiteral("true") : QStringLiteral("false")).exec();
        }
        for (const Membership &m : plans[s].members) {
            const PersonFacts &person = people[m.memberIndex];
            const Word &function = word(structureRandom.pick(functions));
            w.member.bind(id)
                .bind(m.memberIndex + 1)
                .bind(m.relay ? QStringLiteral("RELAY") : QStringLiteral("MEMBER"))
                .bind(function.text)
                .bind(function.folded)
                .bind(QStringLiteral("%1.%2@%3.example")
                          .arg(person.firstName->slug, person.lastName->slug, slug))
                .bind(phoneNumber(structureRandom, country, false))
                .bind(contact.created.addDays(structureRandom.below(300)).toMSecsSinceEpoch())
                .exec();
            ++report.memberships;
        }
    }
    report.structures = structureCount;

    store::setMetaValue(db, QStringLiteral("seed"), QString::number(options.seed));
    store::setMetaValue(db, QStringLiteral("seed_individuals"), QString::number(individualCount));
    store::setMetaValue(db, QStringLiteral("seed_structures"), QString::number(structureCount));

    for (const QString &statement : store::secondaryIndexDefinitions())
        store::execute(db, statement);
    transaction.commit();
    // Statistics for the query planner (which index serves which filter); a sample is enough.
    store::execute(db, QStringLiteral("PRAGMA analysis_limit=1000"));
    store::execute(db, QStringLiteral("ANALYZE"));
    report.millis = timer.elapsed();
    return report;
}

} // namespace contactdesk::sandbox::seed
