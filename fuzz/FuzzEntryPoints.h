#pragma once

// The reader entry points of core/wire that the fuzz targets drive, one function per target.
// Shared by the libFuzzer targets (fuzz/fuzz_*.cpp, clang only) and the regression test
// (tests/unit/fuzzregressions, any compiler), so that a saved crash input replays exactly as
// the fuzzer ran it. Each input goes to every reader of its target, at a success and a failure
// HTTP status, with the default limits and with tight ones; every outcome is checked against
// the rules of InvariantLog.h.

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <cstddef>
#include <cstdint>

namespace contactdesk::fuzz {

enum class FuzzTarget {
    Soap11Response, // S-360 SOAP 1.1 answers (readS360SoapResponse) and the SafeXmlReader contract
    Soap12Response, // Symphony SOAP answers (readSymphonySoapResponse)
    Fault,          // the SOAP fault reader, ASMX plain-text errors
    Rest,           // S-360 REST answers (readS360RestResponse) and REST error bodies
    Asmx,           // Symphony HTTP GET/POST answers and the sandbox's query/form reader
    SoapRequest,    // the sandbox's request readers: SOAP head and params, REST params
};

struct FuzzTargetInfo {
    FuzzTarget target;
    const char *name; // the executable's name, and the folder of its regression inputs
};

// Every target, in the order above.
const QList<FuzzTargetInfo> &fuzzTargets();

// Feeds `input` to every reader entry point of `target`. Returns the invariants it broke,
// one a line; empty when all held.
QStringList runFuzzInput(FuzzTarget target, const QByteArray &input);

// The body of LLVMFuzzerTestOneInput: runs the input and, when an invariant broke, prints the
// lines to stderr and aborts (libFuzzer then saves the input as a crash). Returns 0.
int runFuzzInputOrAbort(FuzzTarget target, const std::uint8_t *data, std::size_t size);

} // namespace contactdesk::fuzz
