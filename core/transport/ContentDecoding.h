#pragma once

// Undoes the Content-Encoding of a response body (gzip, x-gzip, deflate) with zlib.
// HttpTransport decompresses by itself rather than letting Qt do it: Qt 6.4 drops the
// Content-Length of a compressed answer before framing it, so a body cut short reads as a
// complete (truncated) one. Here the whole compressed body is at hand and an unfinished
// stream is seen for what it is.

#include "api/Result.h"

#include <QByteArray>

namespace contactdesk::transport {

struct DecodingLimits {
    qint64 maxBytes = 0;        // decoded bytes allowed
    qint64 ratioThreshold = -1; // above this many decoded bytes the ratio is checked; < 0: never
    int maxRatio = 40;          // decoded / encoded bytes allowed past ratioThreshold
};

// Whether the body must go through decodeContent() (a Content-Encoding other than identity).
bool isEncoded(const QByteArray &contentEncoding);

// The decoded body, or:
//   Transport  the compressed stream stops before its end, or its bytes are damaged;
//   TooLarge   more than maxBytes decoded, or a ratio over maxRatio past ratioThreshold;
//   Parse      a Content-Encoding this client does not know (it asks for gzip only).
// httpStatus is copied into the error.
Result<QByteArray> decodeContent(const QByteArray &contentEncoding, const QByteArray &body,
                                 const DecodingLimits &limits, int httpStatus);

} // namespace contactdesk::transport
