#include "store/ContactSearch.h"

#include "store/Sql.h"
#include "store/TextFolding.h"

namespace contactdesk::sandbox::store {

namespace {

struct Where {
    QStringList clauses;
    QVariantList values;

    void add(const QString &clause, const QVariantList &clauseValues = {})
    {
        clauses << clause;
        values << clauseValues;
    }
    // `column >= prefix AND column < prefix + U+10FFFF`, on the folded key.
    void prefix(const QString &column, const QString &text)
    {
        const QString folded = foldForSearch(text);
        add(QStringLiteral("%1 >= ? AND %1 < ?").arg(column), {folded, prefixUpperBound(folded)});
    }
    QString sql() const { return clauses.join(QStringLiteral(" AND ")); }
    void bindTo(Sql &q) const
    {
        for (const QVariant &value : values)
            q.bind(value);
    }
};

bool given(const QString &value)
{
    return !value.trimmed().isEmpty();
}

} // namespace

ContactSearchPage searchContacts(const QSqlDatabase &db, qint64 institutionId, const dto::ContactSearchCriteria &c,
                                 int firstResult, int maxResults)
{
    Where where;
    where.add(QStringLiteral("c.institution_id = ?"), {institutionId});
    if (c.contactType == u"INDIVIDUAL" || c.contactType == u"STRUCTURE")
        where.add(QStringLiteral("c.contact_type = ?"), {c.contactType});
    if (given(c.contactNumber)) {
        const QString number = c.contactNumber.trimmed();
        where.add(QStringLiteral("c.contact_number >= ? AND c.contact_number < ?"), {number, prefixUpperBound(number)});
    }
    if (given(c.lastName)) {
        where.add(QStringLiteral("c.contact_type = 'INDIVIDUAL'"));
        where.prefix(QStringLiteral("c.name_folded"), c.lastName);
    }
    if (given(c.structureName)) {
        where.add(QStringLiteral("c.contact_type = 'STRUCTURE'"));
        where.prefix(QStringLiteral("c.name_folded"), c.structureName);
    }
    if (given(c.firstName))
        where.prefix(QStringLiteral("c.first_name_folded"), c.firstName);
    if (given(c.email))
        where.prefix(QStringLiteral("c.email_folded"), c.email);
    if (given(c.phoneNumber)) {
        const QString digits = phoneDigits(c.phoneNumber);
        const QString upper = prefixUpperBound(digits);
        where.add(QStringLiteral("c.contact_id IN (SELECT contact_id FROM communication_means WHERE institution_id = ? "
                                 "AND digits >= ? AND digits < ? UNION SELECT contact_id FROM communication_means "
                                 "WHERE institution_id = ? AND national_digits >= ? AND national_digits < ?)"),
                  {institutionId, digits, upper, institutionId, digits, upper});
    }
    if (given(c.zipCode)) {
        const QString folded = foldForSearch(c.zipCode);
        where.add(QStringLiteral("c.contact_id IN (SELECT contact_id FROM addresses WHERE institution_id = ? "
                                 "AND zip_folded >= ? AND zip_folded < ?)"),
                  {institutionId, folded, prefixUpperBound(folded)});
    }
    if (given(c.town)) {
        const QString folded = foldForSearch(c.town);
        where.add(QStringLiteral("c.contact_id IN (SELECT contact_id FROM addresses WHERE institution_id = ? "
                                 "AND town_folded >= ? AND town_folded < ?)"),
                  {institutionId, folded, prefixUpperBound(folded)});
    }
    if (given(c.criterionCode)) {
        if (given(c.criterionValue)) {
            where.add(QStringLiteral("c.contact_id IN (SELECT contact_id FROM criteria_values WHERE institution_id = ? "
                                     "AND criterion_code = ? AND value = ?)"),
                      {institutionId, c.criterionCode, c.criterionValue});
        } else {
            where.add(QStringLiteral("c.contact_id IN (SELECT contact_id FROM criteria_values WHERE institution_id = ? "
                                     "AND criterion_code = ?)"),
                      {institutionId, c.criterionCode});
        }
    }
    if (given(c.authorizationCode)) {
        where.add(QStringLiteral("c.contact_id IN (SELECT contact_id FROM authorizations WHERE institution_id = ? "
                                 "AND authorization_code = ? AND granted = 1)"),
                  {institutionId, c.authorizationCode});
    }

    ContactSearchPage page;
    Sql count(db, QStringLiteral("SELECT count(*) FROM contacts c WHERE %1").arg(where.sql()));
    where.bindTo(count);
    page.totalNumber = int(count.scalar());
    if (page.totalNumber <= firstResult)
        return page;

    Sql select(db, QStringLiteral("SELECT c.contact_id FROM contacts c WHERE %1 "
                                  "ORDER BY c.name_folded, c.first_name_folded, c.contact_number LIMIT ? OFFSET ?")
                       .arg(where.sql()));
    where.bindTo(select);
    select.bind(maxResults).bind(firstResult).exec();
    while (select.next())
        page.contactIds << select.integer(0);
    return page;
}

MemberSearchPage searchMembers(const QSqlDatabase &db, qint64 institutionId, std::optional<qint64> structureId,
                               const dto::StructureMemberSearchCriteria &c, int firstResult, int maxResults)
{
    Where where;
    where.add(QStringLiteral("m.institution_id = ?"), {institutionId});
    if (structureId)
        where.add(QStringLiteral("sm.structure_id = ?"), {*structureId});
    if (given(c.lastName))
        where.prefix(QStringLiteral("m.name_folded"), c.lastName);
    if (given(c.function))
        where.prefix(QStringLiteral("sm.function_folded"), c.function);
    if (given(c.memberRole))
        where.add(QStringLiteral("sm.role = ?"), {c.memberRole});
    const QString from = QStringLiteral("FROM structure_members sm JOIN contacts m ON m.contact_id = sm.member_id");

    MemberSearchPage page;
    Sql count(db, QStringLiteral("SELECT count(*) %1 WHERE %2").arg(from, where.sql()));
    where.bindTo(count);
    page.totalNumber = int(count.scalar());
    if (page.totalNumber <= firstResult)
        return page;

    Sql select(db, QStringLiteral("SELECT sm.structure_id, sm.member_id, sm.role, sm.function, sm.professional_email, "
                                  "sm.professional_phone, sm.start_date, sm.end_date %1 WHERE %2 ORDER BY "
                                  "m.name_folded, m.first_name_folded, m.contact_number, sm.structure_id "
                                  "LIMIT ? OFFSET ?")
                       .arg(from, where.sql()));
    where.bindTo(select);
    select.bind(maxResults).bind(firstResult).exec();
    while (select.next()) {
        MemberRecord m;
        m.structureId = select.integer(0);
        m.memberId = select.integer(1);
        m.role = select.text(2);
        m.function = select.text(3);
        m.professionalEmail = select.text(4);
        m.professionalPhone = select.text(5);
        m.startDate = select.dateTime(6);
        m.endDate = select.dateTime(7);
        page.members << m;
    }
    return page;
}

} // namespace contactdesk::sandbox::store
