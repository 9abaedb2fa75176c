#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace contactdesk::cli {

namespace {

QString leafText(const QString &key, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        if (key == u"photo")
            return QStringLiteral("(%1 bytes)").arg(QByteArray::fromBase64(value.toString().toLatin1()).size());
        return value.toString();
    default: return {};
    }
}

void flatten(const QString &path, const QString &key, const QJsonValue &value, QStringList &lines)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(path.isEmpty() ? it.key() : path + u'.' + it.key(), it.key(), it.value(), lines);
        return;
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(QStringLiteral("%1[%2]").arg(path).arg(i), key, a.at(i), lines);
        return;
    }
    QString text = leafText(key, value);
    text.replace(u'\n', QLatin1StringView("\\n"));
    lines.append(path + QStringLiteral(": ") + text);
}

} // namespace

QByteArray jsonLine(const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n'; }

QByteArray jsonDocument(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

QStringList flattenJson(const QJsonObject &object)
{
    QStringList lines;
    flatten(QString(), QString(), object, lines);
    return lines;
}

} // namespace contactdesk::cli
