// libFuzzer target fuzz_soap_request: see FuzzEntryPoints.h (FuzzTarget::SoapRequest) for the readers it drives.
#include "FuzzEntryPoints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return contactdesk::fuzz::runFuzzInputOrAbort(contactdesk::fuzz::FuzzTarget::SoapRequest, data, size);
}
