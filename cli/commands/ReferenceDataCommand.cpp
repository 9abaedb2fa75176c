#include "commands/ReferenceDataCommand.h"

#include "Console.h"
#include "JsonText.h"
#include "cache/ReferenceDataCache.h"
#include "wire/FieldText.h"
#include "wire/JsonFields.h"

#include <QJsonArray>

namespace contactdesk::cli {

namespace {

template <class T> QJsonArray jsonList(const QList<T> &items)
{
    QJsonArray a;
    for (const T &item : items)
        a.append(wire::JsonFieldWriter::toObject(item));
    return a;
}

QString yesNo(const std::optional<bool> &value) { return value.value_or(false) ? QStringLiteral("yes") : QStringLiteral("no"); }

} // namespace

void ReferenceDataCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        QStringLiteral("Print the institution's static data (structure types, contact criteria, authorizations, "
                       "administrative numbers) and its age. It comes from the cache the app shares, kept two hours; "
                       "older or missing data is fetched again."));
    parser.addOption({QStringLiteral("refresh"), QStringLiteral("Fetch the data again, whatever its age.")});
}

std::optional<CliError> ReferenceDataCommand::configure(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return CliError::usage(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    m_refresh = parser.isSet(QStringLiteral("refresh"));
    return std::nullopt;
}

QString ReferenceDataCommand::ageText(qint64 seconds)
{
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 3600)
        return QStringLiteral("%1 min").arg(seconds / 60);
    return QStringLiteral("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString ReferenceDataCommand::text(const ReferenceDataSnapshot &d)
{
    QStringList lines;
    lines.append(QStringLiteral("Fetched: %1 (age %2)%3")
                     .arg(wire::dateTimeText(d.fetchedAt), ageText(d.ageSeconds),
                          d.stale ? QStringLiteral(", may be out of date") +
                                        (d.staleReason.isError() ? QStringLiteral(": ") + d.staleReason.toString()
                                                                 : QString())
                                  : QString()));
    lines.append(QStringLiteral("Structure types (%1):").arg(d.structureTypes.structureTypes.size()));
    for (const dto::CodeName &t : d.structureTypes.structureTypes)
        lines.append(QStringLiteral("  %1\t%2").arg(t.code, t.name));
    lines.append(QStringLiteral("Contact criteria (%1):").arg(d.contactCriteria.contactCriteria.size()));
    for (const dto::ContactCriterion &c : d.contactCriteria.contactCriteria) {
        QStringList elements;
        for (const dto::CodeName &e : c.elements)
            elements.append(e.code + u'=' + e.name);
        lines.append(QStringLiteral("  %1\t%2\t%3%4%5")
                         .arg(c.code, c.name, c.type,
                              c.multiple.value_or(false) ? QStringLiteral(", multiple") : QString(),
                              elements.isEmpty() ? QString() : QStringLiteral("\t") + elements.join(QStringLiteral(", "))));
    }
    lines.append(QStringLiteral("Authorizations (%1):").arg(d.authorizations.authorizations.size()));
    for (const dto::AvailableAuthorization &a : d.authorizations.authorizations)
        lines.append(QStringLiteral("  %1\t%2\tchannel %3\tthird party %4").arg(a.code, a.name, a.channel, yesNo(a.thirdParty)));
    lines.append(QStringLiteral("Administrative numbers (%1):").arg(d.administrativeNumbers.administrativeNumbers.size()));
    for (const dto::AvailableAdministrativeNumber &n : d.administrativeNumbers.administrativeNumbers)
        lines.append(QStringLiteral("  %1\t%2%3").arg(n.code, n.name,
                                                      n.pattern.isEmpty() ? QString() : QStringLiteral("\t") + n.pattern));
    return lines.join(u'\n') + u'\n';
}

QByteArray ReferenceDataCommand::jsonText(const ReferenceDataSnapshot &d)
{
    QJsonObject o{
        {QStringLiteral("fetchedAt"), wire::dateTimeText(d.fetchedAt)},
        {QStringLiteral("ageSeconds"), d.ageSeconds},
        {QStringLiteral("stale"), d.stale},
        {QStringLiteral("structureTypes"), jsonList(d.structureTypes.structureTypes)},
        {QStringLiteral("contactCriteria"), jsonList(d.contactCriteria.contactCriteria)},
        {QStringLiteral("authorizations"), jsonList(d.authorizations.authorizations)},
        {QStringLiteral("administrativeNumbers"), jsonList(d.administrativeNumbers.administrativeNumbers)},
    };
    if (d.staleReason.isError())
        o.insert(QStringLiteral("staleReason"), d.staleReason.toString());
    return jsonDocument(o);
}

void ReferenceDataCommand::start()
{
    context().openSession({}, [this](std::variant<ApiSession *, CliError> opened) {
        if (std::holds_alternative<CliError>(opened)) {
            fail(std::get<CliError>(opened));
            return;
        }
        ReferenceDataCache *cache = std::get<ApiSession *>(opened)->referenceData();
        (m_refresh ? cache->refresh() : cache->get()).then(this, [this](const Result<ReferenceDataSnapshot> &result) {
            if (!result.ok()) {
                fail(CliError::fromApi(result.error(), QStringLiteral("reference data")));
                return;
            }
            Console::out(json() ? jsonText(result.value()) : text(result.value()).toUtf8());
            succeed();
        });
    });
}

} // namespace contactdesk::cli
