#include "OutputFile.h"

#include "Console.h"

#include <QSaveFile>

namespace contactdesk::cli {

OutputFile::OutputFile() = default;

OutputFile::~OutputFile()
{
    if (m_file)
        m_file->cancelWriting();
}

bool OutputFile::open(const QString &path)
{
    if (path.isEmpty() || path == u"-")
        return true;
    m_path = path;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write %1: %2").arg(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    return true;
}

bool OutputFile::write(const QByteArray &bytes)
{
    if (!m_file) {
        Console::out(bytes);
        return true;
    }
    if (m_file->write(bytes) != bytes.size()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(m_path, m_file->errorString());
        return false;
    }
    return true;
}

bool OutputFile::commit()
{
    if (!m_file)
        return true;
    if (!m_file->commit()) {
        m_error = QStringLiteral("cannot write %1: %2").arg(m_path, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_file.reset();
    return true;
}

} // namespace contactdesk::cli
