#include "wire/FormFields.h"

#include <QUrl>

namespace contactdesk::wire {

void addFormPair(QUrlQuery &pairs, const QString &key, const QString &value)
{
    pairs.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                       QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

std::optional<QString> formPairValue(const QUrlQuery &pairs, const QString &key)
{
    if (!pairs.hasQueryItem(key))
        return std::nullopt;
    // Encoded form, then '+' as space (form encoding), then percent-decoding.
    QString encoded = pairs.queryItemValue(key, QUrl::FullyEncoded);
    encoded.replace(QLatin1Char('+'), QLatin1Char(' '));
    return QUrl::fromPercentEncoding(encoded.toLatin1());
}

void FormFieldReader::missing(const char *field)
{
    m_errorField = QString::fromLatin1(field);
    m_errorText = QStringLiteral("Missing parameter: %1.").arg(m_errorField);
}

void FormFieldReader::fail(const char *field, const QString &text, const char *expected)
{
    m_errorField = QString::fromLatin1(field);
    m_errorText = QStringLiteral("field '%1': '%2' is not %3").arg(m_errorField, text.left(64), QLatin1StringView(expected));
}

} // namespace contactdesk::wire
