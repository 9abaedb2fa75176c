// libFuzzer target fuzz_soap11_response: see FuzzEntryPoints.h (FuzzTarget::Soap11Response) for the readers it drives.
#include "FuzzEntryPoints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return contactdesk::fuzz::runFuzzInputOrAbort(contactdesk::fuzz::FuzzTarget::Soap11Response, data, size);
}
