#include "ProcessMemory.h"

#include <QFile>
#include <QList>

namespace contactdesk::bench {

namespace {
qint64 kibOf(const QByteArray &line)
{
    // "VmRSS:	  123456 kB"
    const QList<QByteArray> parts = line.simplified().split(' ');
    return parts.size() >= 2 ? parts.at(1).toLongLong() : -1;
}
} // namespace

ProcessMemory ProcessMemory::of(qint64 pid)
{
    ProcessMemory m;
    QFile status(pid == 0 ? QStringLiteral("/proc/self/status") : QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return m;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            m.rssKiB = kibOf(line);
        else if (line.startsWith("VmHWM:"))
            m.hwmKiB = kibOf(line);
    }
    return m;
}

} // namespace contactdesk::bench
