#pragma once

// The deterministic seed generator: the same seed gives the same contacts, in the same
// order, with the same contact numbers (only the random secrets differ: salts, the demo
// operator's password and API secret, the Symphony key's secret).
//
// Content (defaults): institution MOSA; 5,000 individuals and 300 structures (300 per
// 5,000 individuals) with 1 to 40 members each, exactly one of them the relay; names,
// addresses and phone numbers from CH, FR, DE and GB; 8 criteria covering every type
// (NEWSLETTER is the newsletter boolean); 6 authorizations; 4 structure types; 3
// administrative numbers with patterns; 3 points of sales on 2 sales channels; about 2%
// of the PUBLIC individuals with a ticket-shop login (see DemoAccounts.h).
//
// Ticket-shop passwords of the generated contacts are hashed with
// store::seedPasswordIterations (1,000 PBKDF2 rounds) so that a million contacts seed in
// seconds; authenticate re-hashes such a password at the full count on first use. The
// demo contact and the operator use the full count.
//
// Speed: the seeder expects a Database opened with OpenMode::BulkLoad on a new file. It
// drops the secondary indexes, inserts everything in one transaction through prepared
// statements, then builds the indexes once and runs ANALYZE.

#include "store/Database.h"

#include <QtGlobal>

namespace contactdesk::sandbox::seed {

struct SeedOptions {
    int individuals = 5000;
    int structures = -1; // -1: 300 per 5,000 individuals (at least 1 when there are individuals)
    quint64 seed = 0x5EED'C0DE'2024'0001ULL;
};

struct SeedReport {
    int individuals = 0;
    int structures = 0;
    int memberships = 0;
    int logins = 0;
    qint64 millis = 0;
};

int defaultStructureCount(int individuals);

// Seeds a migrated, empty database: reference data, the demo operator and Symphony key,
// then the contacts. Throws store::StoreError.
SeedReport seedDatabase(store::Database &database, const SeedOptions &options);

} // namespace contactdesk::sandbox::seed
