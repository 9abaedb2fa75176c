#pragma once

// gzip for the answers of a request that sends `Accept-Encoding: gzip` (CONTRACT.md).

#include <QByteArray>
#include <QByteArrayView>

namespace contactdesk::sandbox::server {

// A gzip member (RFC 1952) holding data, compressed with zlib.
QByteArray gzipCompress(QByteArrayView data);

// The bytes of a gzip member, or a null QByteArray when it is not one (tests, tools).
QByteArray gzipDecompress(QByteArrayView data);

// Whether an Accept-Encoding header value accepts gzip (a "gzip" or "x-gzip" coding, or "*",
// with a quality above 0).
bool acceptsGzip(QByteArrayView acceptEncoding);

} // namespace contactdesk::sandbox::server
