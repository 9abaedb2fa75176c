// libFuzzer target fuzz_soap12_response: see FuzzEntryPoints.h (FuzzTarget::Soap12Response) for the readers it drives.
#include "FuzzEntryPoints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return contactdesk::fuzz::runFuzzInputOrAbort(contactdesk::fuzz::FuzzTarget::Soap12Response, data, size);
}
