#include "validation/TextRules.h"

#include "validation/FieldLimits.h"

#include <QRegularExpression>
#include <QString>

namespace contactdesk::validation {

bool isDigitsOnly(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isValidEmail(QStringView text)
{
    // local@domain.tld: no spaces, one '@', a dot in the domain, no empty labels.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~\x{80}-\x{FFFF}-]+@[A-Za-z0-9\x{80}-\x{FFFF}](?:[A-Za-z0-9\x{80}-\x{FFFF}-]*[A-Za-z0-9\x{80}-\x{FFFF}])?(?:\.[A-Za-z0-9\x{80}-\x{FFFF}](?:[A-Za-z0-9\x{80}-\x{FFFF}-]*[A-Za-z0-9\x{80}-\x{FFFF}])?)+$)"));
    if (text.size() > maxEmailLength)
        return false;
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0)
        return false;
    const QStringView local = text.left(at);
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QStringView(u"..")))
        return false;
    return pattern.match(text).hasMatch();
}

bool isValidPhone(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\+?[0-9 ./()-]+$)"));
    if (!pattern.match(text).hasMatch())
        return false;
    qsizetype digits = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            ++digits;
    }
    return digits >= 6 && digits <= 20;
}

} // namespace contactdesk::validation
