#pragma once

// Lengths and bounds of CONTRACT.md 1.5 ([VENDOR] where the contract gives a String(n), [OURS]
// for the rest), shared by every check in core/validation. They match the sandbox's own rules.

namespace contactdesk::validation {

inline constexpr int maxContactNumberLength = 20;
inline constexpr int maxNameLength = 100;        // first/last/structure names, address lines
inline constexpr int maxEmailLength = 100;
inline constexpr int maxStructureCodeLength = 8;
inline constexpr int maxAddressNameLength = 38;
inline constexpr int maxZipLength = 10;
inline constexpr int maxTownLength = 20;
inline constexpr int maxRemarkLength = 2000;
inline constexpr int maxFunctionLength = 100;
inline constexpr int maxWebSiteLength = 255;
inline constexpr int maxCommunicationValueLength = 255;
inline constexpr int maxCriterionTextLength = 2000;
inline constexpr int maxLoginLength = 100;
inline constexpr int minPasswordLength = 8;
inline constexpr int maxPasswordLength = 128;
inline constexpr int earliestBirthYear = 1850;

} // namespace contactdesk::validation
