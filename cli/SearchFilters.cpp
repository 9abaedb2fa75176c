#include "SearchFilters.h"

#include "validation/FieldLimits.h"
#include "validation/TextRules.h"

namespace contactdesk::cli {

namespace {

struct TextFilter {
    const char *option;
    const char *description;
    QString dto::ContactSearchCriteria::*member;
};

const TextFilter textFilters[] = {
    {"last-name", "Last name starts with TEXT (case and accents ignored).", &dto::ContactSearchCriteria::lastName},
    {"first-name", "First name starts with TEXT.", &dto::ContactSearchCriteria::firstName},
    {"contact-number", "Contact number starts with DIGITS.", &dto::ContactSearchCriteria::contactNumber},
    {"email", "Email starts with TEXT.", &dto::ContactSearchCriteria::email},
    {"phone", "Phone number starts with TEXT.", &dto::ContactSearchCriteria::phoneNumber},
    {"zip", "Zip code starts with TEXT.", &dto::ContactSearchCriteria::zipCode},
    {"town", "Town starts with TEXT.", &dto::ContactSearchCriteria::town},
    {"structure", "Structure name starts with TEXT.", &dto::ContactSearchCriteria::structureName},
    {"criterion", "Contact criterion CODE (with --criterion-value).", &dto::ContactSearchCriteria::criterionCode},
    {"criterion-value", "Value (element code or free value) of --criterion.", &dto::ContactSearchCriteria::criterionValue},
    {"authorization", "Authorization CODE granted to the contact.", &dto::ContactSearchCriteria::authorizationCode},
};

} // namespace

void SearchFilters::declare(QCommandLineParser &parser)
{
    for (const TextFilter &f : textFilters) {
        const QString name = QLatin1StringView(f.option);
        const QString value = name == u"contact-number" ? QStringLiteral("DIGITS")
                              : (name == u"criterion" || name == u"authorization") ? QStringLiteral("CODE")
                              : name == u"criterion-value" ? QStringLiteral("VALUE")
                                                           : QStringLiteral("TEXT");
        parser.addOption({name, QLatin1StringView(f.description), value});
    }
    parser.addOption({QStringLiteral("type"), QStringLiteral("individual, structure or any (default any)."),
                      QStringLiteral("TYPE")});
}

std::variant<dto::ContactSearchCriteria, CliError> SearchFilters::read(const QCommandLineParser &parser)
{
    dto::ContactSearchCriteria c;
    for (const TextFilter &f : textFilters) {
        const QString name = QLatin1StringView(f.option);
        if (!parser.isSet(name))
            continue;
        const QString value = parser.value(name).trimmed();
        if (value.isEmpty())
            return CliError::usage(QStringLiteral("--%1: empty value").arg(name));
        c.*f.member = value;
    }
    if (!c.contactNumber.isEmpty() &&
        (!validation::isDigitsOnly(c.contactNumber) || c.contactNumber.size() > validation::maxContactNumberLength))
        return CliError::usage(QStringLiteral("--contact-number: expected at most %1 digits")
                                   .arg(validation::maxContactNumberLength));
    if (!c.criterionValue.isEmpty() && c.criterionCode.isEmpty())
        return CliError::usage(QStringLiteral("--criterion-value needs --criterion CODE"));
    if (parser.isSet(QStringLiteral("type"))) {
        const QString type = parser.value(QStringLiteral("type")).trimmed().toUpper();
        if (type != u"INDIVIDUAL" && type != u"STRUCTURE" && type != u"ANY")
            return CliError::usage(QStringLiteral("--type: expected individual, structure or any"));
        if (type != u"ANY")
            c.contactType = type;
    }
    return c;
}

bool SearchFilters::isEmpty(const dto::ContactSearchCriteria &c)
{
    bool empty = c.contactType.isEmpty();
    for (const TextFilter &f : textFilters)
        empty = empty && (c.*f.member).isEmpty();
    return empty;
}

} // namespace contactdesk::cli
