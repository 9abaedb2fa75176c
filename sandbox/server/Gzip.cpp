#include "server/Gzip.h"

#include <QList>

#include <zlib.h>

namespace contactdesk::sandbox::server {

namespace {
constexpr int gzipWindowBits = 15 + 16; // 15: the largest window; +16: gzip wrapper
constexpr int chunkSize = 64 * 1024;
} // namespace

QByteArray gzipCompress(QByteArrayView data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, gzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))) + 32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&stream, Z_FINISH);
    const auto written = static_cast<qsizetype>(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

QByteArray gzipDecompress(QByteArrayView data)
{
    z_stream stream{};
    if (inflateInit2(&stream, gzipWindowBits) != Z_OK)
        return {};
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    QByteArray out;
    int status = Z_OK;
    while (status == Z_OK) {
        const qsizetype before = out.size();
        out.resize(before + chunkSize);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        stream.avail_out = chunkSize;
        status = inflate(&stream, Z_NO_FLUSH);
        out.truncate(before + chunkSize - static_cast<qsizetype>(stream.avail_out));
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return {};
    if (out.isNull())
        out = QByteArray("");
    return out;
}

bool acceptsGzip(QByteArrayView acceptEncoding)
{
    const QList<QByteArray> codings = acceptEncoding.toByteArray().split(',');
    for (const QByteArray &coding : codings) {
        const QList<QByteArray> parts = coding.split(';');
        const QByteArray name = parts.first().trimmed().toLower();
        if (name != "gzip" && name != "x-gzip" && name != "*")
            continue;
        double quality = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                quality = parameter.mid(2).toDouble(&ok);
                if (!ok)
                    quality = 0;
            }
        }
        if (quality > 0)
            return true;
    }
    return false;
}

} // namespace contactdesk::sandbox::server
