#pragma once

// Field types used by every DTO, and the describe() convention.
//
// Every DTO is a plain struct with a static member template
//     template <class S, class V> static void describe(S &self, V &&visit)
// that calls visit("wireName", self.member) once per field, in contract order.
// The generic codecs in core/wire (XML and JSON, both directions) walk that list,
// so a DTO is written once and serves the client and the sandbox alike.
//
// Absent values: a null QString, an invalid QDate/QDateTime, an empty std::optional.
// Enum values are kept as QString so that a value the vendor adds later survives a
// round trip (CONTRACT.md: "keeps unknown enum values as strings").

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <concepts>
#include <optional>

namespace contactdesk::dto {

struct NoFieldsVisitor {
    template <typename T> void operator()(const char *, T &) {}
};

template <typename T>
concept Described = requires(T &t, NoFieldsVisitor v) { T::describe(t, v); };

using StringMap = QMap<QString, QString>;

// Base fields of every result type (CONTRACT.md 1.4).
#define CONTACTDESK_RESULT_BASE_FIELDS(self, visit)                                          \
    visit("requestId", self.requestId);                                                       \
    visit("statusCode", self.statusCode);                                                     \
    visit("statusDetail", self.statusDetail)

struct ResultBase {
    std::optional<int> requestId;
    QString statusCode;
    QString statusDetail;
};

} // namespace contactdesk::dto
