#pragma once

// Reads a file under tests/data (CONTACTDESK_TEST_DATA_DIR, set by contactdesk_add_test).

#include <QByteArray>
#include <QFile>
#include <QString>

namespace contactdesk::test {

inline QString testDataPath(const QString &relative)
{
    return QStringLiteral(CONTACTDESK_TEST_DATA_DIR "/") + relative;
}

// The file's bytes; a null QByteArray when it cannot be read (check with isNull()).
inline QByteArray readTestData(const QString &relative)
{
    QFile f(testDataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = f.readAll();
    if (bytes.isNull())
        bytes = QByteArray("");
    return bytes;
}

} // namespace contactdesk::test
