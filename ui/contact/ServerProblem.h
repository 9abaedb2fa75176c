#pragma once

// A server `invalid` answer names a field from the operation's parameter down
// ("individualContactData.individualContact.individualBirthDate: must not be in the future").
// fieldProblemOf() turns it into a problem about the editor's own path
// ("individualContact.individualBirthDate") with the message alone, ready for the field's label.

#include "api/ApiError.h"

#include <QStringView>

#include <optional>

namespace contactdesk::ui {

std::optional<ApiError> fieldProblemOf(const ApiError &error, QStringView parameter);

} // namespace contactdesk::ui
