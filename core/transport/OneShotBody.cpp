#include "transport/OneShotBody.h"

#include <algorithm>
#include <cstring>

namespace contactdesk::transport {

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent), m_data(std::move(data))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 OneShotBody::bytesAvailable() const
{
    return (m_data.size() - m_offset) + QIODevice::bytesAvailable();
}

bool OneShotBody::atEnd() const
{
    return m_offset >= m_data.size() && QIODevice::bytesAvailable() == 0;
}

bool OneShotBody::reset()
{
    return m_offset == 0 && !m_data.isEmpty();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_offset);
    if (count <= 0)
        return m_offset >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_offset, std::size_t(count));
    m_offset += count;
    return count;
}

} // namespace contactdesk::transport
