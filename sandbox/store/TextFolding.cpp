#include "store/TextFolding.h"

#include <QList>

namespace contactdesk::sandbox::store {

namespace {

// Letters that NFKD leaves whole but that readers treat as accented forms.
const char *manualFold(char32_t c)
{
    switch (c) {
    case U'ß': case U'ẞ': return "ss";
    case U'æ': case U'Æ': return "ae";
    case U'œ': case U'Œ': return "oe";
    case U'ø': case U'Ø': return "o";
    case U'đ': case U'Đ': case U'ð': case U'Ð': return "d";
    case U'ł': case U'Ł': return "l";
    case U'þ': case U'Þ': return "th";
    case U'ı': return "i";
    case U'ħ': case U'Ħ': return "h";
    case U'\u2019': case U'\u2018': case U'`': case U'\u00B4': return "'";
    case U'\u2010': case U'\u2011': case U'\u2012': case U'\u2013': case U'\u2014': return "-";
    default: return nullptr;
    }
}

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

} // namespace

QString foldForSearch(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    const QList<uint> codePoints = decomposed.toUcs4();
    for (const uint codePoint : codePoints) {
        const char32_t c = codePoint;
        if (isMark(c))
            continue;
        if (QChar::isSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        if (const char *replacement = manualFold(c)) {
            out += QLatin1StringView(replacement);
            continue;
        }
        const char32_t folded = QChar::toCaseFolded(c);
        if (QChar::requiresSurrogates(folded)) {
            out += QChar(QChar::highSurrogate(folded));
            out += QChar(QChar::lowSurrogate(folded));
        } else {
            out += QChar(char16_t(folded));
        }
    }
    return out;
}

QString prefixUpperBound(const QString &foldedPrefix)
{
    return foldedPrefix + QChar(QChar::highSurrogate(0x10FFFF)) + QChar(QChar::lowSurrogate(0x10FFFF));
}

QString phoneDigits(QStringView text)
{
    QString digits;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digits += c;
    }
    return digits;
}

QString nationalPhoneDigits(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    QString digits = phoneDigits(trimmed);
    if (trimmed.startsWith(u'+')) {
        // keep digits as they are
    } else if (digits.startsWith(QLatin1StringView("00"))) {
        digits.remove(0, 2);
    } else {
        return {};
    }
    static const char *const countryCodes[] = {"41", "33", "49", "44", "43", "39", "32", "31", "34", "352", "423"};
    for (const char *code : countryCodes) {
        const QLatin1StringView prefix(code);
        if (digits.startsWith(prefix) && digits.size() > prefix.size() + 4)
            return QLatin1Char('0') + digits.mid(prefix.size());
    }
    return {};
}

} // namespace contactdesk::sandbox::store
