#pragma once

// Resident memory of a process from /proc/<pid>/status (Linux): VmRSS (now) and VmHWM (peak).

#include <QtGlobal>

namespace contactdesk::bench {

struct ProcessMemory {
    qint64 rssKiB = -1; // VmRSS; -1 when unknown
    qint64 hwmKiB = -1; // VmHWM

    // pid 0: this process.
    static ProcessMemory of(qint64 pid = 0);
    static double mib(qint64 kib) { return double(kib) / 1024.0; }
};

} // namespace contactdesk::bench
