#pragma once

// A connection profile as the CLI shows it (text columns, JSON), and the binding names the
// `profile add` options take.

#include "profiles/ConnectionProfile.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace contactdesk::cli {

QJsonObject profileJson(const ConnectionProfile &profile);

// soap | rest
QString s360BindingKey(S360Binding binding);
std::optional<S360Binding> s360BindingFromKey(const QString &key);
// soap11 | soap12 | get | post
QString symphonyBindingKey(SymphonyBinding binding);
std::optional<SymphonyBinding> symphonyBindingFromKey(const QString &key);

} // namespace contactdesk::cli
