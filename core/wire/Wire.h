#pragma once

// The whole wire API of CONTRACT.md in one include (see notes/WIRE_API.md).

#include "wire/AsmxCodec.h"
#include "wire/HttpOutcome.h"
#include "wire/RestCodec.h"
#include "wire/ResultStatus.h"
#include "wire/SafeXmlReader.h"
#include "wire/ServerCodec.h"
#include "wire/SoapFaultReader.h"
#include "wire/SoapHeaders.h"
#include "wire/SoapRequestWriter.h"
#include "wire/SoapResponseReader.h"
#include "wire/SoapVersion.h"
#include "wire/WireLimits.h"
