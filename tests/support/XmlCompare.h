#pragma once

// Semantic XML comparison for tests.
//
// Both documents are parsed with QXmlStreamReader into a tree of elements, each with its
// namespace URI, local name, attributes keyed by (namespace URI, local name) without the
// xmlns declarations, its text (all text chunks joined, then trimmed) and its children.
// Prefixes, comments, processing instructions, the XML declaration and whitespace between
// elements do not count; namespaces, names, attribute values and texts do.
//
//   const QString diff = contactdesk::test::xmlDifference(expected, actual);
//   QVERIFY2(diff.isEmpty(), qPrintable(diff));
// or simply
//   CONTACTDESK_COMPARE_XML(actual, expected);
//
// The difference is the first one found, as "path: what (expected ... actual ...)", the
// path naming elements by local name, with a 1-based index where siblings share a name:
//   /Envelope/Body/getContactData/details[2]: text differs: expected "ADDRESSES", actual "GENERAL"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

namespace contactdesk::test {

// How the order of an element's children counts.
enum class SiblingOrder {
    Exact,        // children must come in the same order (the default)
    SameNameOnly, // elements of different names may interleave freely; siblings that share
                  // a name (a repeated list element) must keep their relative order
    Ignore,       // any order at all, repeated elements included (multiset comparison)
};

struct XmlCompareOptions {
    SiblingOrder order = SiblingOrder::Exact;
};

struct XmlNode {
    QString namespaceUri;
    QString name; // local name
    QMap<QPair<QString, QString>, QString> attributes; // (namespace URI, local name) -> value
    QString text;                                      // joined, trimmed
    QList<XmlNode> children;

    QString qualifiedName() const
    {
        return namespaceUri.isEmpty() ? name : QLatin1Char('{') + namespaceUri + QLatin1Char('}') + name;
    }
    bool sameName(const XmlNode &other) const
    {
        return name == other.name && namespaceUri == other.namespaceUri;
    }
};

namespace detail {

inline XmlNode readXmlElement(QXmlStreamReader &r)
{
    XmlNode node;
    node.namespaceUri = r.namespaceUri().toString();
    node.name = r.name().toString();
    const QXmlStreamAttributes attributes = r.attributes();
    for (const QXmlStreamAttribute &a : attributes) {
        // With namespace processing on, declarations are not attributes; guard anyway.
        if (a.prefix() == u"xmlns" || (a.prefix().isEmpty() && a.name() == u"xmlns"))
            continue;
        node.attributes.insert({a.namespaceUri().toString(), a.name().toString()}, a.value().toString());
    }
    QString text;
    while (!r.atEnd()) {
        const QXmlStreamReader::TokenType token = r.readNext();
        if (token == QXmlStreamReader::StartElement)
            node.children.append(readXmlElement(r));
        else if (token == QXmlStreamReader::Characters)
            text += r.text();
        else if (token == QXmlStreamReader::EndElement)
            break;
    }
    node.text = text.trimmed();
    return node;
}

inline QString quoted(const QString &s)
{
    QString shown = s;
    if (shown.size() > 200)
        shown = shown.left(200) + QStringLiteral("...");
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

// "name" or "name[i]" (1-based) when the parent has several children of that name.
inline QString stepName(const QList<XmlNode> &siblings, qsizetype index)
{
    const XmlNode &n = siblings[index];
    int count = 0;
    int position = 0;
    for (qsizetype i = 0; i < siblings.size(); ++i) {
        if (siblings[i].sameName(n)) {
            ++count;
            if (i <= index)
                position = count;
        }
    }
    return count > 1 ? QStringLiteral("%1[%2]").arg(n.name).arg(position) : n.name;
}

inline QString describeAttributes(const QMap<QPair<QString, QString>, QString> &attributes)
{
    QStringList parts;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        const QString name = it.key().first.isEmpty()
                                 ? it.key().second
                                 : QLatin1Char('{') + it.key().first + QLatin1Char('}') + it.key().second;
        parts.append(name + QLatin1Char('=') + quoted(it.value()));
    }
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

inline QString compareNodes(const XmlNode &e, const XmlNode &a, const QString &path, const XmlCompareOptions &o);

inline QString childListSummary(const QList<XmlNode> &children)
{
    QStringList names;
    for (const XmlNode &c : children)
        names.append(c.name);
    return QLatin1Char('(') + names.join(QStringLiteral(", ")) + QLatin1Char(')');
}

inline QString compareChildrenExact(const XmlNode &e, const XmlNode &a, const QString &path,
                                    const XmlCompareOptions &o)
{
    const qsizetype common = std::min(e.children.size(), a.children.size());
    for (qsizetype i = 0; i < common; ++i) {
        const XmlNode &ec = e.children[i];
        const XmlNode &ac = a.children[i];
        if (!ec.sameName(ac)) {
            return QStringLiteral("%1: child #%2 differs: expected <%3>, actual <%4>; expected children %5, actual %6")
                .arg(path)
                .arg(i + 1)
                .arg(ec.qualifiedName(), ac.qualifiedName(), childListSummary(e.children),
                     childListSummary(a.children));
        }
        const QString d = compareNodes(ec, ac, path + QLatin1Char('/') + stepName(e.children, i), o);
        if (!d.isEmpty())
            return d;
    }
    if (e.children.size() > common) {
        return QStringLiteral("%1: missing child <%2> (expected %3 children, actual %4)")
            .arg(path, e.children[common].qualifiedName())
            .arg(e.children.size())
            .arg(a.children.size());
    }
    if (a.children.size() > common) {
        return QStringLiteral("%1: unexpected child <%2> (expected %3 children, actual %4)")
            .arg(path, a.children[common].qualifiedName())
            .arg(e.children.size())
            .arg(a.children.size());
    }
    return {};
}

inline QString compareChildrenSameNameOnly(const XmlNode &e, const XmlNode &a, const QString &path,
                                           const XmlCompareOptions &o)
{
    // For each name, in the order it first appears in the expected children, compare the
    // expected and actual elements of that name pairwise, in order.
    QList<qsizetype> handled;
    for (qsizetype i = 0; i < e.children.size(); ++i) {
        const XmlNode &first = e.children[i];
        bool seen = false;
        for (qsizetype h : handled)
            seen = seen || e.children[h].sameName(first);
        if (seen)
            continue;
        handled.append(i);
        QList<qsizetype> ei, ai;
        for (qsizetype k = 0; k < e.children.size(); ++k)
            if (e.children[k].sameName(first))
                ei.append(k);
        for (qsizetype k = 0; k < a.children.size(); ++k)
            if (a.children[k].sameName(first))
                ai.append(k);
        for (qsizetype k = 0; k < std::min(ei.size(), ai.size()); ++k) {
            const QString d = compareNodes(e.children[ei[k]], a.children[ai[k]],
                                           path + QLatin1Char('/') + stepName(e.children, ei[k]), o);
            if (!d.isEmpty())
                return d;
        }
        if (ei.size() != ai.size()) {
            return QStringLiteral("%1: expected %2 <%3> children, actual %4")
                .arg(path)
                .arg(ei.size())
                .arg(first.qualifiedName())
                .arg(ai.size());
        }
    }
    for (const XmlNode &ac : a.children) {
        bool known = false;
        for (const XmlNode &ec : e.children)
            known = known || ec.sameName(ac);
        if (!known)
            return QStringLiteral("%1: unexpected child <%2>").arg(path, ac.qualifiedName());
    }
    return {};
}

inline QString compareChildrenIgnoringOrder(const XmlNode &e, const XmlNode &a, const QString &path,
                                            const XmlCompareOptions &o)
{
    QList<bool> used(a.children.size(), false);
    for (qsizetype i = 0; i < e.children.size(); ++i) {
        const XmlNode &ec = e.children[i];
        const QString childPath = path + QLatin1Char('/') + stepName(e.children, i);
        qsizetype match = -1;
        qsizetype firstSameName = -1;
        for (qsizetype k = 0; k < a.children.size() && match < 0; ++k) {
            if (used[k] || !a.children[k].sameName(ec))
                continue;
            if (firstSameName < 0)
                firstSameName = k;
            if (compareNodes(ec, a.children[k], childPath, o).isEmpty())
                match = k;
        }
        if (match >= 0) {
            used[match] = true;
            continue;
        }
        if (firstSameName >= 0)
            return compareNodes(ec, a.children[firstSameName], childPath, o)
                + QStringLiteral(" (no actual <%1> matches; shown against the first unmatched one)").arg(ec.name);
        return QStringLiteral("%1: missing child <%2>").arg(path, ec.qualifiedName());
    }
    for (qsizetype k = 0; k < a.children.size(); ++k) {
        if (!used[k])
            return QStringLiteral("%1: unexpected child <%2>").arg(path, a.children[k].qualifiedName());
    }
    return {};
}

inline QString compareNodes(const XmlNode &e, const XmlNode &a, const QString &path, const XmlCompareOptions &o)
{
    if (!e.sameName(a)) {
        return QStringLiteral("%1: element differs: expected <%2>, actual <%3>")
            .arg(path, e.qualifiedName(), a.qualifiedName());
    }
    if (e.attributes != a.attributes) {
        return QStringLiteral("%1: attributes differ: expected %2, actual %3")
            .arg(path, describeAttributes(e.attributes), describeAttributes(a.attributes));
    }
    if (e.text != a.text) {
        return QStringLiteral("%1: text differs: expected %2, actual %3")
            .arg(path, quoted(e.text), quoted(a.text));
    }
    switch (o.order) {
    case SiblingOrder::Exact: return compareChildrenExact(e, a, path, o);
    case SiblingOrder::SameNameOnly: return compareChildrenSameNameOnly(e, a, path, o);
    case SiblingOrder::Ignore: return compareChildrenIgnoringOrder(e, a, path, o);
    }
    return {};
}

} // namespace detail

// Parses a whole document into its root element; nullopt and an error text when the
// bytes are not well-formed XML.
inline std::optional<XmlNode> parseXmlTree(const QByteArray &bytes, QString *error = nullptr)
{
    QXmlStreamReader r(bytes);
    std::optional<XmlNode> root;
    while (!r.atEnd()) {
        if (r.readNext() == QXmlStreamReader::StartElement) {
            if (root) {
                r.raiseError(QStringLiteral("more than one root element"));
                break;
            }
            root = detail::readXmlElement(r);
        }
    }
    if (r.hasError() || !root) {
        if (error) {
            *error = r.hasError() ? QStringLiteral("line %1, column %2: %3")
                                        .arg(r.lineNumber())
                                        .arg(r.columnNumber())
                                        .arg(r.errorString())
                                  : QStringLiteral("no root element");
        }
        return std::nullopt;
    }
    return root;
}

// Empty when both trees are equal; otherwise the first difference, readable.
inline QString xmlDifference(const XmlNode &expected, const XmlNode &actual, const XmlCompareOptions &options = {})
{
    return detail::compareNodes(expected, actual, QLatin1Char('/') + expected.name, options);
}

// Empty when both documents are equal; otherwise the first difference (or why one of them
// does not parse).
inline QString xmlDifference(const QByteArray &expected, const QByteArray &actual,
                             const XmlCompareOptions &options = {})
{
    QString error;
    const std::optional<XmlNode> e = parseXmlTree(expected, &error);
    if (!e)
        return QStringLiteral("expected document is not well-formed XML: ") + error;
    const std::optional<XmlNode> a = parseXmlTree(actual, &error);
    if (!a)
        return QStringLiteral("actual document is not well-formed XML: ") + error;
    return xmlDifference(*e, *a, options);
}

} // namespace contactdesk::test

// QVERIFY2 with the first difference as message. Arguments: QByteArray documents.
#define CONTACTDESK_COMPARE_XML(actual, expected)                                              \
    do {                                                                                       \
        const QString xmlDiff_ = ::contactdesk::test::xmlDifference((expected), (actual));     \
        QVERIFY2(xmlDiff_.isEmpty(), qPrintable(xmlDiff_));                                    \
    } while (false)

#define CONTACTDESK_COMPARE_XML_OPTS(actual, expected, options)                                \
    do {                                                                                       \
        const QString xmlDiff_ = ::contactdesk::test::xmlDifference((expected), (actual), (options)); \
        QVERIFY2(xmlDiff_.isEmpty(), qPrintable(xmlDiff_));                                    \
    } while (false)
