#include "DetailLevels.h"

namespace contactdesk::cli {

QStringList DetailLevels::known()
{
    return {QStringLiteral("GENERAL"),    QStringLiteral("ADDRESSES"),  QStringLiteral("COM_MEANS"),
            QStringLiteral("AUTHORIZATIONS"), QStringLiteral("CRITERIA"), QStringLiteral("QUALITIES"),
            QStringLiteral("INVALIDATED_QUALITIES"), QStringLiteral("INDICATORS"), QStringLiteral("ADVANTAGES"),
            QStringLiteral("FINANCIAL"), QStringLiteral("CONNECTIONS"), QStringLiteral("INDIVIDUAL_PHOTO")};
}

std::variant<QStringList, CliError> DetailLevels::parse(const QString &text)
{
    QStringList levels{QStringLiteral("GENERAL")};
    const QStringList all = known();
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString level = part.trimmed().toUpper();
        if (level == u"ALL") {
            for (const QString &l : all) {
                if (!levels.contains(l))
                    levels.append(l);
            }
            continue;
        }
        if (!all.contains(level))
            return CliError::usage(QStringLiteral("--details: unknown level \"%1\" (known: %2, all)")
                                       .arg(part.trimmed(), all.join(u',')));
        if (!levels.contains(level))
            levels.append(level);
    }
    return levels;
}

} // namespace contactdesk::cli
