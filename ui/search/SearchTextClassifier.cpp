#include "search/SearchTextClassifier.h"

namespace contactdesk::ui {

namespace {

bool isPhoneCharacter(QChar c)
{
    return c.isDigit() || c == u' ' || c == u'.' || c == u'-' || c == u'/' || c == u'(' || c == u')';
}

} // namespace

SearchTextKind classifySearchText(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return SearchTextKind::Empty;
    if (text.contains(u'@'))
        return SearchTextKind::Email;
    bool allDigits = true;
    bool phoneShaped = true;
    for (const QChar c : text) {
        if (!(c >= u'0' && c <= u'9'))
            allDigits = false;
        if (!isPhoneCharacter(c))
            phoneShaped = false;
    }
    if (allDigits)
        return SearchTextKind::ContactNumber;
    if (text.startsWith(u'+'))
        return SearchTextKind::PhoneNumber;
    if (phoneShaped && text.front().isDigit())
        return SearchTextKind::PhoneNumber;
    return SearchTextKind::LastName;
}

void applySearchText(const QString &input, dto::ContactSearchCriteria &criteria)
{
    criteria.contactNumber.clear();
    criteria.email.clear();
    criteria.phoneNumber.clear();
    criteria.lastName.clear();
    const QString text = input.trimmed();
    switch (classifySearchText(text)) {
    case SearchTextKind::Empty: break;
    case SearchTextKind::ContactNumber: criteria.contactNumber = text; break;
    case SearchTextKind::Email: criteria.email = text; break;
    case SearchTextKind::PhoneNumber: criteria.phoneNumber = text; break;
    case SearchTextKind::LastName: criteria.lastName = text; break;
    }
}

} // namespace contactdesk::ui
