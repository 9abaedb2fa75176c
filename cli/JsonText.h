#pragma once

// JSON for stdout: a compact line (JSON Lines for streamed lists), an indented document, and
// the "path: value" lines of the text output (addresses[0].town: Lyon).

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace contactdesk::cli {

QByteArray jsonLine(const QJsonObject &object);
QByteArray jsonDocument(const QJsonValue &value);
// One "path: value" line per leaf; binary fields (photo) are shown by their size only.
QStringList flattenJson(const QJsonObject &object);

} // namespace contactdesk::cli
