#pragma once

// The words shown to the user for an ApiError: the server's statusDetail or fault text when
// there is one, and a plain explanation of the kind of failure otherwise. Never a secret (the
// ApiError holds none) and never a stack.

#include "api/ApiError.h"

#include <QString>

namespace contactdesk::ui {

QString errorText(const ApiError &error);
// A short title for the kind of error ("Refused by the server", "Connection failed"...).
QString errorTitle(const ApiError &error);

} // namespace contactdesk::ui
