#include "contact/ServerProblem.h"

#include "contract/Services.h"
#include "validation/FieldPath.h"

namespace contactdesk::ui {

std::optional<ApiError> fieldProblemOf(const ApiError &error, QStringView parameter)
{
    if (error.kind != ApiError::Kind::Status || error.code != QLatin1StringView(contract::statusInvalid))
        return std::nullopt;
    QString field = error.field;
    QString message = error.message;
    const QString separator = QLatin1StringView(contract::statusDetailFieldSeparator);
    if (field.isEmpty()) {
        // A reader that did not split the detail: do it here.
        const qsizetype at = message.indexOf(separator);
        if (at <= 0 || message.left(at).contains(u' '))
            return std::nullopt;
        field = message.left(at);
    }
    if (message.startsWith(field + separator))
        message = message.mid(field.size() + separator.size());
    return ApiError::validation(validation::relativeFieldPath(field, parameter), message);
}

} // namespace contactdesk::ui
