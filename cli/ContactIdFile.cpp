#include "ContactIdFile.h"

#include <QFile>
#include <QHash>

namespace contactdesk::cli {

std::variant<QList<ContactIdEntry>, CliError> ContactIdFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CliError::failure(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return parse(file.readAll());
}

QList<ContactIdEntry> ContactIdFile::parse(const QByteArray &content)
{
    QList<ContactIdEntry> entries;
    QHash<int, int> firstLineOf;
    const QStringList lines = QString::fromUtf8(content).split(u'\n');
    bool first = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString text = lines.at(i).trimmed();
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1); // a byte order mark
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        text = text.section(u',', 0, 0).section(u';', 0, 0).section(u'\t', 0, 0).trimmed();
        if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
            text = text.mid(1, text.size() - 2).trimmed();
        const bool header = first && text.compare(QLatin1StringView("contactId"), Qt::CaseInsensitive) == 0;
        first = false;
        if (header)
            continue;
        ContactIdEntry entry;
        entry.line = int(i + 1);
        entry.text = text;
        bool ok = false;
        const int id = text.toInt(&ok);
        if (!ok || id <= 0) {
            entry.problem = QStringLiteral("not a contact id");
        } else if (const auto seen = firstLineOf.constFind(id); seen != firstLineOf.cend()) {
            entry.problem = QStringLiteral("duplicate of line %1 (not sent twice)").arg(*seen);
        } else {
            entry.contactId = id;
            firstLineOf.insert(id, entry.line);
        }
        entries.append(entry);
    }
    return entries;
}

} // namespace contactdesk::cli
