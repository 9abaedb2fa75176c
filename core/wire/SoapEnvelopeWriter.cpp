#include "wire/SoapEnvelopeWriter.h"

namespace contactdesk::wire {

SoapEnvelopeWriter::SoapEnvelopeWriter(SoapVersion version, const QString &envelopePrefix,
                                       const QList<QPair<QString, QString>> &namespaces)
    : m_w(&m_out), m_version(version)
{
    m_w.writeStartDocument();
    m_w.writeNamespace(envelopeNs(), envelopePrefix);
    for (const auto &[uri, prefix] : namespaces)
        m_w.writeNamespace(uri, prefix);
    m_w.writeStartElement(envelopeNs(), QStringLiteral("Envelope"));
}

void SoapEnvelopeWriter::startHeader()
{
    m_w.writeStartElement(envelopeNs(), QStringLiteral("Header"));
    m_inHeader = true;
}

void SoapEnvelopeWriter::startBody()
{
    if (m_inHeader) {
        m_w.writeEndElement();
        m_inHeader = false;
    }
    m_w.writeStartElement(envelopeNs(), QStringLiteral("Body"));
}

QByteArray SoapEnvelopeWriter::finish()
{
    m_w.writeEndDocument(); // closes every open element
    return m_out;
}

} // namespace contactdesk::wire
