// libFuzzer target fuzz_fault: see FuzzEntryPoints.h (FuzzTarget::Fault) for the readers it drives.
#include "FuzzEntryPoints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return contactdesk::fuzz::runFuzzInputOrAbort(contactdesk::fuzz::FuzzTarget::Fault, data, size);
}
