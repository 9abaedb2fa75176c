#pragma once

// Where a command's data goes: stdout (written as it comes), or a file given with --output /
// --report, written to a temporary file and put in place only when the command succeeds (a
// failed run leaves no half-written file behind).

#include <QByteArray>
#include <QString>

#include <memory>

class QSaveFile;

namespace contactdesk::cli {

class OutputFile {
public:
    OutputFile();
    ~OutputFile(); // a file that was not committed is discarded

    // An empty path or "-" means stdout. False with error() set when the file cannot be opened.
    bool open(const QString &path);
    bool write(const QByteArray &bytes);
    // Puts the file in place (nothing to do for stdout).
    bool commit();
    bool isStdout() const { return !m_file; }
    QString error() const { return m_error; }

private:
    std::unique_ptr<QSaveFile> m_file;
    QString m_path;
    QString m_error;
};

} // namespace contactdesk::cli
