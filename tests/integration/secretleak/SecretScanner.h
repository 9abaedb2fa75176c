#pragma once

// Searches bytes (files of a folder, captured output) for secrets in the forms they could leak
// in: as they are, percent-encoded (upper and lower case hex), XML-escaped, and inside base64
// or base64url text at any of the three byte alignments (a secret inside "user:password" is
// encoded differently from the secret alone, so the bytes that depend only on the secret are
// searched). Every hit is reported as "<label> (<form>) in <origin>".

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace contactdesk::leaktest {

class SecretScanner {
public:
    struct Needle {
        QString label;
        QString form;
        QByteArray bytes;
    };

    // A secret in all its forms. Secrets shorter than 8 bytes would match by chance: refused.
    void addSecret(const QString &label, const QByteArray &secret)
    {
        if (secret.size() < 8) {
            qFatal("secret %s is too short to search for", qPrintable(label));
            return;
        }
        add(label, QStringLiteral("plain"), secret);
        const QByteArray percent = QUrl::toPercentEncoding(QString::fromUtf8(secret));
        add(label, QStringLiteral("percent-encoded"), percent);
        add(label, QStringLiteral("percent-encoded"), lowerHex(percent));
        add(label, QStringLiteral("XML-escaped"), xmlEscaped(secret));
        for (int shift = 0; shift < 3; ++shift) {
            add(label, QStringLiteral("base64"), base64Core(secret, shift, QByteArray::Base64Encoding));
            add(label, QStringLiteral("base64url"), base64Core(secret, shift, QByteArray::Base64UrlEncoding));
        }
    }

    // A value that only leaks as it is (or percent-encoded): a token, a signature.
    void addToken(const QString &label, const QByteArray &token)
    {
        add(label, QStringLiteral("plain"), token);
        add(label, QStringLiteral("percent-encoded"), QUrl::toPercentEncoding(QString::fromUtf8(token)));
    }

    int needleCount() const { return int(m_needles.size()); }

    QStringList scan(const QString &origin, const QByteArray &haystack) const
    {
        QStringList hits;
        for (const Needle &n : m_needles) {
            if (haystack.contains(n.bytes))
                hits << QStringLiteral("%1 (%2) in %3").arg(n.label, n.form, origin);
        }
        return hits;
    }

    // Every regular file under root, hidden ones included; the paths read go to *files.
    QStringList scanTree(const QString &root, QStringList *files = nullptr) const
    {
        QStringList hits;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                hits << QStringLiteral("cannot read %1").arg(path);
                continue;
            }
            if (files)
                *files << path;
            hits += scan(path, file.readAll());
        }
        return hits;
    }

private:
    void add(const QString &label, const QString &form, const QByteArray &bytes)
    {
        if (bytes.size() < 8)
            return;
        for (const Needle &n : m_needles) {
            if (n.bytes == bytes)
                return;
        }
        m_needles.append({label, form, bytes});
    }

    static QByteArray lowerHex(QByteArray percent)
    {
        for (qsizetype i = 0; i + 2 < percent.size(); ++i) {
            if (percent[i] == '%') {
                percent[i + 1] = char(QChar::toLower(uchar(percent[i + 1])));
                percent[i + 2] = char(QChar::toLower(uchar(percent[i + 2])));
            }
        }
        return percent;
    }

    static QByteArray xmlEscaped(const QByteArray &raw)
    {
        QByteArray out;
        for (const char c : raw) {
            switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default: out += c;
            }
        }
        return out;
    }

    // The base64 characters that depend on the secret's bytes only, when the secret starts
    // `shift` bytes after a 3-byte boundary: the first group (mixed with what precedes) and the
    // last one (mixed with what follows, or padding) are left out.
    static QByteArray base64Core(const QByteArray &secret, int shift, QByteArray::Base64Options options)
    {
        const QByteArray encoded = (QByteArray(shift, '\0') + secret).toBase64(options | QByteArray::OmitTrailingEquals);
        const qsizetype head = shift ? 4 : 0;
        if (encoded.size() <= head + 4)
            return {};
        return encoded.mid(head, encoded.size() - head - 4);
    }

    QList<Needle> m_needles;
};

} // namespace contactdesk::leaktest
