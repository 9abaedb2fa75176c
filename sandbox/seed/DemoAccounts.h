#pragma once

// The fixed, documented accounts of a seeded sandbox. These are demo data on a local
// server: the contact password below is published on purpose (README / UI hint).

namespace contactdesk::sandbox::seed {

inline constexpr const char *demoInstitutionCode = "MOSA";
inline constexpr const char *demoInstitutionName = "Musikhaus Opera Sandbox";
inline constexpr const char *demoOperatorLogin = "MOSA_DEMO";
inline constexpr const char *demoPartnerName = "ContactDesk";
inline constexpr const char *demoSymphonyPartnerName = "ContactDesk Symphony";

// A ticket-shop contact for trying authenticate / changePassword / recoverPassword:
// login anna.demo@example.ch, password Sandbox-Demo-1 (hashed at the full PBKDF2 count).
inline constexpr const char *demoContactLogin = "anna.demo@example.ch";
inline constexpr const char *demoContactPassword = "Sandbox-Demo-1";

// Every other seeded ticket-shop login has the password "Seed-" + its contact number
// (e.g. Seed-0000000042), hashed with store::seedPasswordIterations.
inline constexpr const char *seededPasswordPrefix = "Seed-";

} // namespace contactdesk::sandbox::seed
