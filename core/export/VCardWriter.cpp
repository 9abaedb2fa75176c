#include "export/VCardWriter.h"

namespace contactdesk::exports {

namespace {

constexpr qsizetype maxLineOctets = 75;

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

} // namespace

void VCardWriter::beginCard()
{
    writeLine(QStringLiteral("BEGIN"), {}, QStringLiteral("VCARD"));
    writeLine(QStringLiteral("VERSION"), {}, QStringLiteral("4.0"));
}

void VCardWriter::endCard() { writeLine(QStringLiteral("END"), {}, QStringLiteral("VCARD")); }

void VCardWriter::addText(const QString &name, const QString &value, const Parameters &parameters)
{
    if (value.isEmpty())
        return;
    writeLine(name, parameters, escapeText(value));
}

void VCardWriter::addStructured(const QString &name, const QList<QStringList> &components, const Parameters &parameters)
{
    bool any = false;
    QStringList parts;
    for (const QStringList &component : components) {
        QStringList values;
        for (const QString &value : component) {
            if (value.isEmpty())
                continue;
            values.append(escapeText(value));
            any = true;
        }
        parts.append(values.join(u','));
    }
    if (any)
        writeLine(name, parameters, parts.join(u';'));
}

void VCardWriter::addRaw(const QString &name, const QString &value, const Parameters &parameters)
{
    if (value.isEmpty())
        return;
    writeLine(name, parameters, value);
}

QByteArray VCardWriter::take()
{
    QByteArray out;
    out.swap(m_data);
    return out;
}

QString VCardWriter::escapeText(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        switch (c.unicode()) {
        case u'\\': out += QLatin1StringView("\\\\"); break;
        case u',': out += QLatin1StringView("\\,"); break;
        case u';': out += QLatin1StringView("\\;"); break;
        case u'\r':
            if (i + 1 < value.size() && value.at(i + 1) == u'\n')
                ++i; // CRLF is one line break
            out += QLatin1StringView("\\n");
            break;
        case u'\n': out += QLatin1StringView("\\n"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                break; // other control characters cannot appear in a content line
            out += c;
        }
    }
    return out;
}

QString VCardWriter::parameterValue(QStringView value)
{
    QString clean;
    bool quote = false;
    for (const QChar c : value) {
        if (c == u'"' || c.unicode() < 0x20 || c.unicode() == 0x7f)
            continue;
        if (c == u':' || c == u';' || c == u',')
            quote = true;
        clean += c;
    }
    return quote ? u'"' + clean + u'"' : clean;
}

QByteArray VCardWriter::foldLine(const QByteArray &utf8Line)
{
    QByteArray out;
    out.reserve(utf8Line.size() + utf8Line.size() / maxLineOctets * 3 + 2);
    qsizetype start = 0;
    qsizetype limit = maxLineOctets; // the first line has 75 octets, the next ones 74 after the space
    while (utf8Line.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && isContinuationByte(utf8Line.at(end)))
            --end; // never split a UTF-8 sequence
        out += utf8Line.mid(start, end - start);
        out += "\r\n ";
        start = end;
        limit = maxLineOctets - 1;
    }
    out += utf8Line.mid(start);
    out += "\r\n";
    return out;
}

void VCardWriter::writeLine(const QString &name, const Parameters &parameters, const QString &value)
{
    QString line = name;
    for (const Parameter &p : parameters) {
        line += u';';
        line += p.first;
        line += u'=';
        QStringList values;
        for (const QString &v : p.second)
            values.append(parameterValue(v));
        line += values.join(u',');
    }
    line += u':';
    line += value;
    m_data += foldLine(line.toUtf8());
}

} // namespace contactdesk::exports
