#pragma once

// Writes a SOAP 1.1 or 1.2 envelope with QXmlStreamWriter: XML declaration, <Envelope> with
// its namespace declarations, an optional <Header>, then <Body>. The caller writes the header
// entries and the body content through xml(), then takes the bytes with finish().

#include "wire/SoapVersion.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QXmlStreamWriter>

namespace contactdesk::wire {

class SoapEnvelopeWriter {
public:
    // namespaces: (uri, prefix) pairs declared on <Envelope> besides the envelope's own.
    SoapEnvelopeWriter(SoapVersion version, const QString &envelopePrefix,
                       const QList<QPair<QString, QString>> &namespaces = {});
    Q_DISABLE_COPY_MOVE(SoapEnvelopeWriter)

    QXmlStreamWriter &xml() { return m_w; }
    SoapVersion version() const { return m_version; }
    QString envelopeNs() const { return envelopeNamespace(m_version); }

    void startHeader();  // opens <Header>
    void startBody();    // closes <Header> when open, opens <Body>
    QByteArray finish(); // closes everything; the writer is done afterwards

private:
    QByteArray m_out;
    QXmlStreamWriter m_w;
    SoapVersion m_version;
    bool m_inHeader = false;
};

} // namespace contactdesk::wire
