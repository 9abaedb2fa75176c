#pragma once

// Runs a domain call for an endpoint. A storage exception is logged under the endpoint's
// category (its text only: never a request body or a credential) and becomes nothing, so that
// the endpoint answers a server error in its own binding's shape.

#include <QLoggingCategory>

#include <exception>
#include <optional>

namespace contactdesk::sandbox::server {

using LoggingCategory = const QLoggingCategory &(*)();

template <class F> auto guardedCall(LoggingCategory category, F &&call) -> std::optional<decltype(call())>
{
    try {
        return call();
    } catch (const std::exception &e) {
        qCWarning(category, "domain call failed: %s", e.what());
    } catch (...) {
        qCWarning(category, "domain call failed");
    }
    return std::nullopt;
}

} // namespace contactdesk::sandbox::server
