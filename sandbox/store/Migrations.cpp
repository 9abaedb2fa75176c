#include "store/Migrations.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QDateTime>

namespace contactdesk::sandbox::store {

namespace {

struct IndexDefinition {
    const char *name;
    const char *definition; // after "CREATE [UNIQUE] INDEX name ON "
    bool unique;
};

// Times are INTEGER milliseconds since the epoch (UTC); dates are ISO 'yyyy-MM-dd' text.
// *_folded columns hold the search key of TextFolding.h (accents stripped, lower case);
// prefix searches use `folded >= ? AND folded < ?` on them.
// Migration 1's indexes, frozen as they were applied.
const IndexDefinition migrationOneIndexes[] = {
    {"contacts_number", "contacts(institution_id, contact_number)", true},
    {"contacts_identifier", "contacts(institution_id, identifier) WHERE identifier IS NOT NULL", true},
    {"contacts_login", "contacts(institution_id, login_folded) WHERE login_folded IS NOT NULL", true},
    {"contacts_public_login_email",
     "contacts(institution_id, email_folded) WHERE role = 'PUBLIC' AND login_folded IS NOT NULL "
     "AND email_folded IS NOT NULL",
     true},
    {"contacts_name", "contacts(institution_id, name_folded, first_name_folded, contact_number, contact_type)", false},
    {"contacts_first_name", "contacts(institution_id, first_name_folded)", false},
    {"contacts_email", "contacts(institution_id, email_folded)", false},
    {"addresses_contact", "addresses(contact_id)", false},
    {"addresses_zip", "addresses(institution_id, zip_folded)", false},
    {"addresses_town", "addresses(institution_id, town_folded)", false},
    {"communication_means_contact", "communication_means(contact_id)", false},
    {"communication_means_digits", "communication_means(institution_id, digits)", false},
    {"communication_means_national", "communication_means(institution_id, national_digits)", false},
    {"authorizations_search", "authorizations(institution_id, authorization_code, granted)", false},
    {"criteria_values_search", "criteria_values(institution_id, criterion_code, value)", false},
    {"structure_members_member", "structure_members(member_id)", false},
    {"structure_members_one_relay", "structure_members(structure_id) WHERE role = 'RELAY'", true},
    {"advantages_contact", "advantages(contact_id)", false},
    {"symphony_tokens_contact", "symphony_tokens(contact_id, token_type)", false},
    {"remember_me_contact", "remember_me_tokens(contact_id)", false},
    {"outbox_created", "outbox(created_at, mail_id)", false},
};

// The indexes of the current schema (the last migration's state). The search indexes of
// the child tables end with contact_id, so that a filter on them is answered from the
// index alone (migration 2).
const IndexDefinition secondaryIndexes[] = {
    {"contacts_number", "contacts(institution_id, contact_number)", true},
    {"contacts_identifier", "contacts(institution_id, identifier) WHERE identifier IS NOT NULL", true},
    {"contacts_login", "contacts(institution_id, login_folded) WHERE login_folded IS NOT NULL", true},
    {"contacts_public_login_email",
     "contacts(institution_id, email_folded) WHERE role = 'PUBLIC' AND login_folded IS NOT NULL "
     "AND email_folded IS NOT NULL",
     true},
    {"contacts_name", "contacts(institution_id, name_folded, first_name_folded, contact_number, contact_type)", false},
    {"contacts_first_name", "contacts(institution_id, first_name_folded)", false},
    {"contacts_email", "contacts(institution_id, email_folded)", false},
    {"addresses_contact", "addresses(contact_id)", false},
    {"addresses_zip", "addresses(institution_id, zip_folded, contact_id)", false},
    {"addresses_town", "addresses(institution_id, town_folded, contact_id)", false},
    {"communication_means_contact", "communication_means(contact_id)", false},
    {"communication_means_digits", "communication_means(institution_id, digits, contact_id)", false},
    {"communication_means_national", "communication_means(institution_id, national_digits, contact_id)", false},
    {"authorizations_search", "authorizations(institution_id, authorization_code, granted, contact_id)", false},
    {"criteria_values_search", "criteria_values(institution_id, criterion_code, value, contact_id)", false},
    {"structure_members_member", "structure_members(member_id)", false},
    {"structure_members_one_relay", "structure_members(structure_id) WHERE role = 'RELAY'", true},
    {"advantages_contact", "advantages(contact_id)", false},
    {"symphony_tokens_contact", "symphony_tokens(contact_id, token_type)", false},
    {"remember_me_contact", "remember_me_tokens(contact_id)", false},
    {"outbox_created", "outbox(created_at, mail_id)", false},
};

template <std::size_t N>
QStringList indexStatements(const IndexDefinition (&indexes)[N])
{
    QStringList statements;
    for (const IndexDefinition &index : indexes) {
        statements << QStringLiteral("CREATE %1INDEX IF NOT EXISTS %2 ON %3")
                          .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(),
                               QString::fromLatin1(index.name), QString::fromLatin1(index.definition));
    }
    return statements;
}

QStringList migrationOne()
{
    QStringList s;
    s << QStringLiteral(R"(CREATE TABLE institutions (
        institution_id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL))");
    s << QStringLiteral(R"(CREATE TABLE operators (
        operator_id INTEGER PRIMARY KEY,
        institution_id INTEGER NOT NULL REFERENCES institutions(institution_id),
        login TEXT NOT NULL,
        partner_name TEXT NOT NULL,
        password_hash BLOB NOT NULL,
        password_salt BLOB NOT NULL,
        password_iterations INTEGER NOT NULL,
        api_secret BLOB NOT NULL,
        UNIQUE (institution_id, login)))");
    s << QStringLiteral(R"(CREATE TABLE symphony_api_keys (
        api_key TEXT PRIMARY KEY,
        institution_id INTEGER NOT NULL REFERENCES institutions(institution_id),
        partner_name TEXT NOT NULL,
        secret BLOB NOT NULL))");
    s << QStringLiteral(R"(CREATE TABLE contacts (
        contact_id INTEGER PRIMARY KEY,
        institution_id INTEGER NOT NULL REFERENCES institutions(institution_id),
        contact_number TEXT NOT NULL CHECK (length(contact_number) BETWEEN 1 AND 20
                                            AND contact_number NOT GLOB '*[^0-9]*'),
        contact_type TEXT NOT NULL CHECK (contact_type IN ('INDIVIDUAL', 'STRUCTURE')),
        role TEXT NOT NULL,
        identifier INTEGER,
        creation_date INTEGER NOT NULL,
        last_modification_date INTEGER NOT NULL,
        end_validity_date INTEGER,
        function TEXT,
        email TEXT,
        email_folded TEXT,
        login TEXT,
        login_folded TEXT,
        password_hash BLOB,
        password_salt BLOB,
        password_iterations INTEGER,
        failed_logins INTEGER NOT NULL DEFAULT 0,
        locked_until INTEGER,
        has_warning INTEGER NOT NULL DEFAULT 0,
        created_from TEXT,
        name_folded TEXT NOT NULL DEFAULT '',
        first_name_folded TEXT NOT NULL DEFAULT ''))");
    s << QStringLiteral(R"(CREATE TABLE individuals (
        contact_id INTEGER PRIMARY KEY REFERENCES contacts(contact_id) ON DELETE CASCADE,
        title TEXT,
        first_name TEXT,
        last_name TEXT,
        birth_date TEXT,
        language TEXT,
        remark TEXT,
        photo BLOB))");
    s << QStringLiteral(R"(CREATE TABLE structures (
        contact_id INTEGER PRIMARY KEY REFERENCES contacts(contact_id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        code TEXT,
        structure_type_code TEXT,
        address_name1 TEXT,
        address_name2 TEXT,
        web_site TEXT,
        number_of_employees INTEGER))");
    s << QStringLiteral(R"(CREATE TABLE addresses (
        address_id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts(contact_id) ON DELETE CASCADE,
        institution_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        address_types TEXT NOT NULL DEFAULT '',
        line1 TEXT, line2 TEXT, line3 TEXT,
        zip_code TEXT, zip_folded TEXT,
        town TEXT, town_folded TEXT,
        town_complement TEXT,
        department TEXT,
        country_code TEXT))");
    s << QStringLiteral(R"(CREATE TABLE communication_means (
        communication_mean_id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts(contact_id) ON DELETE CASCADE,
        institution_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        type TEXT NOT NULL,
        value TEXT NOT NULL,
        digits TEXT,
        national_digits TEXT,
        is_main INTEGER,
        is_professional INTEGER))");
    s << QStringLiteral(R"(CREATE TABLE authorizations (
        contact_id INTEGER NOT NULL REFERENCES contacts(contact_id) ON DELETE CASCADE,
        institution_id INTEGER NOT NULL,
        authorization_code TEXT NOT NULL,
        granted INTEGER NOT NULL,
        grant_date INTEGER,
        position INTEGER NOT NULL,
        PRIMARY KEY (contact_id, authorization_code)))");
    s << QStringLiteral(R"(CREATE TABLE criteria_values (
        contact_id INTEGER NOT NULL REFERENCES contacts(contact_id) ON DELETE CASCADE,
        institution_id INTEGER NOT NULL,
        criterion_code TEXT NOT NULL,
        position INTEGER NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (contact_id, criterion_code, position)))");
    s << QStringLiteral(R"(CREATE TABLE administrative_numbers (
        contact_id INTEGER NOT NULL REFERENCES contacts(contact_id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        value TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (contact_id, code)))");
    s << QStringLiteral(R"(CREATE TABLE structure_members (
        structure_id INTEGER NOT NULL REFERENCES contacts(contact_id) ON DELETE CASCADE,
        member_id INTEGER NOT NULL REFERENCES contacts(contact_id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('RELAY', 'MEMBER')),
        function TEXT,
        function_folded TEXT NOT NULL DEFAULT '',
        professional_email TEXT,
        professional_phone TEXT,
        start_date INTEGER,
        end_date INTEGER,
        PRIMARY KEY (structure_id, member_id)))");
    s << QStringLiteral(R"(CREATE TABLE advantages (
        contact_id INTEGER NOT NULL REFERENCES contacts(contact_id) ON DELETE CASCADE,
        advantage_code TEXT NOT NULL,
        name TEXT NOT NULL,
        start_date INTEGER,
        end_date INTEGER,
        PRIMARY KEY (contact_id, advantage_code)))");
    // Reference tables (static data per institution).
    s << QStringLiteral(R"(CREATE TABLE structure_types (
        institution_id INTEGER NOT NULL REFERENCES institutions(institution_id),
        code TEXT NOT NULL, name TEXT NOT NULL, position INTEGER NOT NULL,
        PRIMARY KEY (institution_id, code)))");
    s << QStringLiteral(R"(CREATE TABLE criteria (
        institution_id INTEGER NOT NULL REFERENCES institutions(institution_id),
        code TEXT NOT NULL, name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('BOOLEAN', 'LIST', 'TEXT', 'DATE', 'NUMBER')),
        multiple INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL,
        PRIMARY KEY (institution_id, code)))");
    s << QStringLiteral(R"(CREATE TABLE criterion_elements (
        institution_id INTEGER NOT NULL,
        criterion_code TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, position INTEGER NOT NULL,
        PRIMARY KEY (institution_id, criterion_code, code),
        FOREIGN KEY (institution_id, criterion_code) REFERENCES criteria(institution_id, code)))");
    s << QStringLiteral(R"(CREATE TABLE authorization_types (
        institution_id INTEGER NOT NULL REFERENCES institutions(institution_id),
        code TEXT NOT NULL, name TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('MAIL', 'PHONE', 'SMS', 'EMAIL', 'ANY')),
        third_party INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL,
        PRIMARY KEY (institution_id, code)))");
    s << QStringLiteral(R"(CREATE TABLE administrative_number_types (
        institution_id INTEGER NOT NULL REFERENCES institutions(institution_id),
        code TEXT NOT NULL, name TEXT NOT NULL, pattern TEXT, position INTEGER NOT NULL,
        PRIMARY KEY (institution_id, code)))");
    s << QStringLiteral(R"(CREATE TABLE sales_channels (
        institution_id INTEGER NOT NULL REFERENCES institutions(institution_id),
        code TEXT NOT NULL, name TEXT NOT NULL,
        PRIMARY KEY (institution_id, code)))");
    s << QStringLiteral(R"(CREATE TABLE points_of_sales (
        point_of_sales_id INTEGER PRIMARY KEY,
        institution_id INTEGER NOT NULL REFERENCES institutions(institution_id),
        code TEXT NOT NULL, name TEXT NOT NULL,
        sales_channel_code TEXT NOT NULL,
        b2b INTEGER NOT NULL DEFAULT 0,
        UNIQUE (institution_id, code),
        FOREIGN KEY (institution_id, sales_channel_code) REFERENCES sales_channels(institution_id, code)))");
    s << QStringLiteral(R"(CREATE TABLE pos_authorized_contacts (
        point_of_sales_id INTEGER NOT NULL REFERENCES points_of_sales(point_of_sales_id),
        contact_id INTEGER NOT NULL REFERENCES contacts(contact_id) ON DELETE CASCADE,
        PRIMARY KEY (point_of_sales_id, contact_id)))");
    // Secrets of contacts: stored as SHA-256 hashes only.
    s << QStringLiteral(R"(CREATE TABLE remember_me_tokens (
        identification TEXT PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts(contact_id) ON DELETE CASCADE,
        token_hash BLOB NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL))");
    s << QStringLiteral(R"(CREATE TABLE symphony_tokens (
        token_id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts(contact_id) ON DELETE CASCADE,
        token_type TEXT NOT NULL,
        token_hash BLOB NOT NULL UNIQUE,
        single_use INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER))");
    s << QStringLiteral(R"(CREATE TABLE social_links (
        institution_id INTEGER NOT NULL REFERENCES institutions(institution_id),
        provider TEXT NOT NULL,
        provider_user_reference TEXT NOT NULL,
        contact_id INTEGER NOT NULL REFERENCES contacts(contact_id) ON DELETE CASCADE,
        PRIMARY KEY (institution_id, provider, provider_user_reference)))");
    s << QStringLiteral(R"(CREATE TABLE outbox (
        mail_id INTEGER PRIMARY KEY,
        institution_id INTEGER,
        created_at INTEGER NOT NULL,
        recipient TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        kind TEXT NOT NULL))");
    s << QStringLiteral(R"(CREATE TABLE sandbox_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))");
    s << indexStatements(migrationOneIndexes);
    return s;
}

// Covering search indexes on the child tables: contact_id appended.
QStringList migrationTwo()
{
    QStringList s;
    for (const char *name : {"addresses_zip", "addresses_town", "communication_means_digits",
                             "communication_means_national", "authorizations_search", "criteria_values_search"})
        s << QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1StringView(name));
    s << indexStatements(secondaryIndexes);
    return s;
}

struct Migration {
    int version;
    QStringList (*statements)();
};

const Migration migrations[] = {
    {1, &migrationOne},
    {2, &migrationTwo},
};

} // namespace

int latestSchemaVersion()
{
    return std::end(migrations)[-1].version;
}

QStringList secondaryIndexNames()
{
    QStringList names;
    for (const IndexDefinition &index : secondaryIndexes)
        names << QString::fromLatin1(index.name);
    return names;
}

QStringList secondaryIndexDefinitions()
{
    return indexStatements(secondaryIndexes);
}

void applyMigrations(Database &database)
{
    {
        Transaction transaction(database, Transaction::Kind::Write);
        execute(transaction.db(), QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                                 "version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)"));
        transaction.commit();
    }
    for (const Migration &migration : migrations) {
        Transaction transaction(database, Transaction::Kind::Write);
        Sql applied(transaction.db(), QStringLiteral("SELECT count(*) FROM schema_version WHERE version = ?"));
        applied.bind(migration.version);
        if (applied.scalar() > 0)
            continue;
        for (const QString &statement : migration.statements())
            execute(transaction.db(), statement);
        Sql record(transaction.db(), QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        record.bind(migration.version).bind(QDateTime::currentMSecsSinceEpoch()).exec();
        transaction.commit();
    }
}

} // namespace contactdesk::sandbox::store
