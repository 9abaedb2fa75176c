#include "transport/ContentDecoding.h"

#include <zlib.h>

#include <algorithm>

namespace contactdesk::transport {

namespace {

constexpr int kGzipWindowBits = 15 + 16; // gzip wrapper only
constexpr int kZlibWindowBits = 15;      // "deflate" as RFC 9110 means it: a zlib stream
constexpr int kRawWindowBits = -15;      // "deflate" as some servers send it: raw
constexpr qsizetype kChunk = 64 * 1024;

enum class Format { Identity, Gzip, Deflate, Unknown };

Format formatOf(const QByteArray &contentEncoding)
{
    const QByteArray name = contentEncoding.trimmed().toLower();
    if (name.isEmpty() || name == "identity")
        return Format::Identity;
    if (name == "gzip" || name == "x-gzip")
        return Format::Gzip;
    if (name == "deflate")
        return Format::Deflate;
    return Format::Unknown;
}

ApiError error(ApiError::Kind kind, const QString &message, const char *code, int httpStatus)
{
    return ApiError::make(kind, message, QString::fromLatin1(code), httpStatus);
}

Result<QByteArray> inflateWith(int windowBits, const QByteArray &body, const DecodingLimits &limits, int httpStatus)
{
    z_stream stream{};
    if (inflateInit2(&stream, windowBits) != Z_OK)
        return error(ApiError::Kind::Transport, QStringLiteral("cannot start decompressing the body"), "inflate", httpStatus);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.constData()));
    stream.avail_in = uInt(body.size());

    QByteArray out;
    int rc = Z_OK;
    while (rc == Z_OK) {
        const qsizetype before = out.size();
        out.resize(before + kChunk);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        stream.avail_out = uInt(kChunk);
        rc = inflate(&stream, Z_NO_FLUSH);
        out.resize(before + kChunk - qsizetype(stream.avail_out));
        if (out.size() > limits.maxBytes) {
            inflateEnd(&stream);
            return error(ApiError::Kind::TooLarge,
                         QStringLiteral("the decompressed response is larger than %1 bytes").arg(limits.maxBytes),
                         "too-large", httpStatus);
        }
        if (limits.ratioThreshold >= 0 && out.size() > limits.ratioThreshold
            && out.size() > qint64(limits.maxRatio) * std::max<qint64>(1, body.size())) {
            inflateEnd(&stream);
            return error(ApiError::Kind::TooLarge,
                         QStringLiteral("the compressed response was refused: it expands over %1 times")
                             .arg(limits.maxRatio),
                         "decompression-ratio", httpStatus);
        }
        if (rc == Z_BUF_ERROR && stream.avail_in == 0)
            break; // every byte consumed, the stream wants more: cut short
        if (rc == Z_BUF_ERROR)
            rc = Z_OK; // output space ran out: loop for more
    }
    inflateEnd(&stream);
    if (rc == Z_STREAM_END)
        return out;
    if (rc == Z_OK || rc == Z_BUF_ERROR) {
        return error(ApiError::Kind::Transport,
                     QStringLiteral("the compressed response stops before its end (%1 bytes received)").arg(body.size()),
                     "incomplete-body", httpStatus);
    }
    return error(ApiError::Kind::Transport, QStringLiteral("the compressed response is damaged"), "damaged-body",
                 httpStatus);
}

} // namespace

bool isEncoded(const QByteArray &contentEncoding)
{
    return formatOf(contentEncoding) != Format::Identity;
}

Result<QByteArray> decodeContent(const QByteArray &contentEncoding, const QByteArray &body,
                                 const DecodingLimits &limits, int httpStatus)
{
    switch (formatOf(contentEncoding)) {
    case Format::Identity:
        return body;
    case Format::Gzip:
        return inflateWith(kGzipWindowBits, body, limits, httpStatus);
    case Format::Deflate: {
        Result<QByteArray> zlib = inflateWith(kZlibWindowBits, body, limits, httpStatus);
        if (zlib.ok() || zlib.error().code != QStringLiteral("damaged-body"))
            return zlib;
        return inflateWith(kRawWindowBits, body, limits, httpStatus);
    }
    case Format::Unknown:
        break;
    }
    return error(ApiError::Kind::Parse,
                 QStringLiteral("the response uses the content encoding \"%1\", which this client does not read")
                     .arg(QString::fromLatin1(contentEncoding.left(40))),
                 "content-encoding", httpStatus);
}

} // namespace contactdesk::transport
