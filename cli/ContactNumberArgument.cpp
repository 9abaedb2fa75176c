#include "ContactNumberArgument.h"

#include "validation/FieldLimits.h"
#include "validation/TextRules.h"

namespace contactdesk::cli {

std::optional<CliError> checkContactNumber(const QString &text)
{
    if (!validation::isDigitsOnly(text) || text.size() > validation::maxContactNumberLength)
        return CliError::usage(QStringLiteral("bad contact number \"%1\": expected 1 to %2 digits")
                                   .arg(text.left(40))
                                   .arg(validation::maxContactNumberLength));
    return std::nullopt;
}

} // namespace contactdesk::cli
