// libFuzzer target fuzz_asmx: see FuzzEntryPoints.h (FuzzTarget::Asmx) for the readers it drives.
#include "FuzzEntryPoints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return contactdesk::fuzz::runFuzzInputOrAbort(contactdesk::fuzz::FuzzTarget::Asmx, data, size);
}
