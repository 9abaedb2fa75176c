#pragma once

// A request body Qt can read only once. QNetworkAccessManager silently sends a request again
// when the connection closes before the answer starts (up to twice, on its own); it cannot
// do that when the body cannot be rewound: it then ends the reply with ContentReSendError.
// HttpTransport sends the body of every call that must not be repeated through this device.
//
// A rewind is granted only while not one byte has been read: Qt also "resends" a request it
// queued on a connection that was still closing (after a "Connection: close" answer) before
// writing anything of it. Qt writes the request header together with the first body bytes,
// and a server cannot act on a POST whose announced body never came, so an untouched
// non-empty body means the request never reached the server. An empty body is never rewound
// (its header may have gone out alone).

#include <QByteArray>
#include <QIODevice>

namespace contactdesk::transport {

class OneShotBody : public QIODevice {
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    bool atEnd() const override;
    // True only while nothing has been read from a non-empty body (see above).
    bool reset() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace contactdesk::transport
