#pragma once

#include <QMetaType>
#include <QString>

namespace contactdesk {

// One typed error for everything a call can end with, apart from success.
// Kinds stay apart so that the UI and the retry policy can tell them apart.
struct ApiError {
    enum class Kind {
        None,        // no error
        Transport,   // connection refused, reset, host not found, dropped connection
        Timeout,     // the transfer timeout or the overall deadline ran out
        Tls,         // certificate or handshake failure (never ignored)
        Http,        // an HTTP status outside 2xx without a SOAP fault (REST errors, 404, 509...)
        SoapFault,   // a SOAP 1.1 or 1.2 Fault, or an ASMX plain-text error
        Status,      // HTTP 200 with statusCode other than "success"
        Parse,       // malformed XML/JSON, DTD refused, value that does not parse
        Validation,  // refused before any call: the request itself is invalid
        TooLarge,    // response over the size cap
        RateLimited, // 509 / 429 after the retries allowed
        Cancelled,   // the caller abandoned the call
        Credentials, // keychain unavailable or secret missing
    };

    Kind kind = Kind::None;
    int httpStatus = 0;   // 0 when no HTTP response was received
    QString code;         // faultcode, statusCode, REST "error" code, or a Qt error name
    QString message;      // human text: faultstring, statusDetail, REST "message"
    QString field;        // the field named by a validation failure, when known

    bool isError() const { return kind != Kind::None; }
    static QString kindName(Kind kind);
    // A one-line text for a message bar or a log; never contains a secret.
    QString toString() const;

    static ApiError make(Kind kind, QString message, QString code = {}, int httpStatus = 0)
    {
        ApiError e;
        e.kind = kind;
        e.message = std::move(message);
        e.code = std::move(code);
        e.httpStatus = httpStatus;
        return e;
    }
    static ApiError validation(QString field, QString message)
    {
        ApiError e = make(Kind::Validation, std::move(message), QStringLiteral("invalid"));
        e.field = std::move(field);
        return e;
    }
};

} // namespace contactdesk

Q_DECLARE_METATYPE(contactdesk::ApiError)
