#pragma once

// vCard 4.0 (RFC 6350) text, one card after the other: BEGIN:VCARD / VERSION:4.0 / properties /
// END:VCARD. Every line ends with CRLF and is folded so that no line is longer than 75 octets
// (a fold is CRLF plus one space, never inside a UTF-8 sequence). Text values are escaped:
// backslash, comma and semicolon get a backslash, a line break becomes \n.
//
//   VCardWriter w;
//   w.beginCard();
//   w.addText(u"FN"_s, u"Ada Lovelace"_s);
//   w.addStructured(u"N"_s, {u"Lovelace"_s, u"Ada"_s, {}, {}, {}});
//   w.endCard();
//   file.write(w.data());

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace contactdesk::exports {

class VCardWriter {
public:
    // A property parameter and its values: {"TYPE", {"cell", "work"}} is TYPE=cell,work.
    using Parameter = QPair<QString, QStringList>;
    using Parameters = QList<Parameter>;

    void beginCard();
    void endCard();

    // NAME;PARAMS:escaped value (nothing is written for an empty value).
    void addText(const QString &name, const QString &value, const Parameters &parameters = {});
    // NAME;PARAMS:c1;c2;... where each component is a list of values joined by commas,
    // each value escaped (nothing is written when every component is empty).
    void addStructured(const QString &name, const QList<QStringList> &components, const Parameters &parameters = {});
    // NAME;PARAMS:value written as it is (for values that are not text: dates, URIs, KIND).
    void addRaw(const QString &name, const QString &value, const Parameters &parameters = {});

    // Everything written so far, UTF-8.
    const QByteArray &data() const { return m_data; }
    // Hands the bytes out and starts empty (to stream card after card).
    QByteArray take();

    // RFC 6350 3.4 escaping of one text value.
    static QString escapeText(QStringView value);
    // A parameter value, in double quotes when it holds ':', ';' or ','; double quotes and
    // control characters are dropped (a parameter value cannot carry them).
    static QString parameterValue(QStringView value);
    // One logical line (without its CRLF) folded at 75 octets; the result ends with CRLF.
    static QByteArray foldLine(const QByteArray &utf8Line);

private:
    void writeLine(const QString &name, const Parameters &parameters, const QString &value);

    QByteArray m_data;
};

} // namespace contactdesk::exports
