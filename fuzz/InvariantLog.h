#pragma once

// What a fuzz input must never break, checked on the outcome of one reader call:
//   - a Result is either ok() or carries an error whose kind is not None, never both;
//   - an error has a kind the reader may give for that HTTP status, keeps that status,
//     and has a text to show (a clear error, never a blank one);
//   - what the sandbox writes from a value the client read, the client reads again,
//     and writing it once more gives the same bytes (checked by the entry points).
// Each broken rule is one line in the log; the libFuzzer targets abort on the first input
// that leaves a line, the regression test fails with the lines as its message.

#include "api/ApiError.h"
#include "api/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace contactdesk::fuzz {

// The error kinds a reader may end with, the HTTP status it must keep, and whether a value
// may come out at all (never from a failure status).
struct ErrorExpectation {
    int httpStatus = 0;
    QList<ApiError::Kind> kinds;
    bool valueAllowed = true;
};

class InvariantLog {
public:
    void violation(const QString &reader, const QString &what) { m_lines.append(reader + QStringLiteral(": ") + what); }
    // When `holds` is false, records `what`; returns `holds`.
    bool expect(bool holds, const QString &reader, const QString &what)
    {
        if (!holds)
            violation(reader, what);
        return holds;
    }
    bool clean() const { return m_lines.isEmpty(); }
    const QStringList &lines() const { return m_lines; }

    // The error of a failed read against the expectation.
    void checkError(const QString &reader, const ApiError &error, const ErrorExpectation &expected);

    // ok() xor an error; an error as checkError. Returns ok().
    template <class T> bool checkResult(const QString &reader, const Result<T> &result, const ErrorExpectation &expected)
    {
        const bool hasError = result.error().isError();
        if (result.ok()) {
            expect(!hasError, reader, QStringLiteral("ok() and an error at once: ") + result.error().toString());
            expect(expected.valueAllowed, reader, QStringLiteral("a value read from HTTP %1").arg(expected.httpStatus));
            return true;
        }
        if (!expect(hasError, reader, QStringLiteral("neither ok() nor an error (kind None)")))
            return false;
        checkError(reader, result.error(), expected);
        return false;
    }

private:
    QStringList m_lines;
};

} // namespace contactdesk::fuzz
