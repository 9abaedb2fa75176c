// libFuzzer target fuzz_rest: see FuzzEntryPoints.h (FuzzTarget::Rest) for the readers it drives.
#include "FuzzEntryPoints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return contactdesk::fuzz::runFuzzInputOrAbort(contactdesk::fuzz::FuzzTarget::Rest, data, size);
}
