#pragma once

// Reads tests/data/auth/vectors.txt: "name=value" lines printed by make-vectors.sh, which
// computes them with the openssl CLI, outside the project.

#include <QFile>
#include <QMap>
#include <QString>

namespace contactdesk::test {

inline QMap<QString, QString> authVectors()
{
    QMap<QString, QString> vectors;
    QFile file(QStringLiteral(CONTACTDESK_TEST_DATA_DIR "/auth/vectors.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return vectors;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            vectors.insert(line.left(eq), line.mid(eq + 1));
    }
    return vectors;
}

} // namespace contactdesk::test
