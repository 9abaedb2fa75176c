#include "validation/FieldPath.h"

namespace contactdesk::validation {

QString itemPath(const char *list, qsizetype index, const char *field)
{
    QString path = QLatin1StringView(list) + u'[' + QString::number(index) + u']';
    if (field)
        path += u'.' + QLatin1StringView(field);
    return path;
}

QString memberPath(const char *object, const char *field)
{
    return QLatin1StringView(object) + u'.' + QLatin1StringView(field);
}

QString relativeFieldPath(const QString &path, QStringView parameter)
{
    if (path.size() > parameter.size() && QStringView(path).startsWith(parameter) && path.at(parameter.size()) == u'.')
        return path.mid(parameter.size() + 1);
    return path;
}

} // namespace contactdesk::validation
