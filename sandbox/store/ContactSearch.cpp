#include "store/ContactSearch.h"

#include "store/Sql.h"
#include "store/TextFolding.h"

namespace contactdesk::sandbox::store {

namespace {

// The WHERE clause of a search. A filter on a child table (addresses, communication
// means, criteria, authorizations) is written two ways: as `contact_id IN (SELECT ...)`
// when the matches are few (the planner reads them from the child's index, then sorts),
// and as a correlated EXISTS when they are many and the contacts are read in name order
// from contacts_name, stopping after the page (see searchContacts).
struct Where {
    struct Child {
        QString table;
        QString condition; // on the child table's columns
        QVariantList values;
    };
    QStringList clauses;
    QVariantList values;
    QList<Child> children;

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
    void child(const QString &table, const QString &condition, const QVariantList &childValues)
    {
        children.append({table, condition, childValues});
    }
    enum class ChildForm { In, Exists };
    QString sql(ChildForm form) const
    {
        QStringList all = clauses;
        for (const Child &c : children) {
            all << (form == ChildForm::In
                        ? QStringLiteral("c.contact_id IN (SELECT x.contact_id FROM %1 x WHERE %2)").arg(c.table, c.condition)
                        // `+x.column` keeps the child's other indexes out: one probe of its
                        // contact_id index per contact read.
                        : QStringLiteral("EXISTS (SELECT 1 FROM %1 x WHERE x.contact_id = c.contact_id AND %2)")
                              .arg(c.table, QString(c.condition).replace(QStringLiteral("x."), QStringLiteral("+x."))));
        }
        return all.join(QStringLiteral(" AND "));
    }
    void bindTo(Sql &q) const
    {
        for (const QVariant &value : values)
            q.bind(value);
        for (const Child &c : children) {
            for (const QVariant &value : c.values)
                q.bind(value);
        }
    }
};

bool given(const QString &value)
{
    return !value.trimmed().isEmpty();
}

// When every filter is on a child table, the count comes from the children's covering
// indexes alone (INTERSECT of their contact ids), without reading a contact row.
int countMatches(const QSqlDatabase &db, const Where &where)
{
    if (where.clauses.size() == 1 && !where.children.isEmpty()) {
        QStringList selects;
        for (const Where::Child &c : where.children)
            selects << QStringLiteral("SELECT DISTINCT x.contact_id FROM %1 x WHERE %2").arg(c.table, c.condition);
        Sql count(db, QStringLiteral("SELECT count(*) FROM (%1)").arg(selects.join(QStringLiteral(" INTERSECT "))));
        for (const Where::Child &c : where.children) {
            for (const QVariant &value : c.values)
                count.bind(value);
        }
        return int(count.scalar());
    }
    Sql count(db, QStringLiteral("SELECT count(*) FROM contacts c WHERE %1").arg(where.sql(Where::ChildForm::In)));
    where.bindTo(count);
    return int(count.scalar());
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
        where.child(QStringLiteral("communication_means"),
                    QStringLiteral("x.institution_id = ? AND ((x.digits >= ? AND x.digits < ?) OR "
                                   "(x.national_digits >= ? AND x.national_digits < ?))"),
                    {institutionId, digits, upper, digits, upper});
    }
    if (given(c.zipCode)) {
        const QString folded = foldForSearch(c.zipCode);
        where.child(QStringLiteral("addresses"), QStringLiteral("x.institution_id = ? AND x.zip_folded >= ? AND x.zip_folded < ?"),
                    {institutionId, folded, prefixUpperBound(folded)});
    }
    if (given(c.town)) {
        const QString folded = foldForSearch(c.town);
        where.child(QStringLiteral("addresses"),
                    QStringLiteral("x.institution_id = ? AND x.town_folded >= ? AND x.town_folded < ?"),
                    {institutionId, folded, prefixUpperBound(folded)});
    }
    if (given(c.criterionCode)) {
        if (given(c.criterionValue)) {
            where.child(QStringLiteral("criteria_values"),
                        QStringLiteral("x.institution_id = ? AND x.criterion_code = ? AND x.value = ?"),
                        {institutionId, c.criterionCode, c.criterionValue});
        } else {
            where.child(QStringLiteral("criteria_values"), QStringLiteral("x.institution_id = ? AND x.criterion_code = ?"),
                        {institutionId, c.criterionCode});
        }
    }
    if (given(c.authorizationCode)) {
        where.child(QStringLiteral("authorizations"),
                    QStringLiteral("x.institution_id = ? AND x.authorization_code = ? AND x.granted = 1"),
                    {institutionId, c.authorizationCode});
    }

    ContactSearchPage page;
    page.totalNumber = countMatches(db, where);
    if (page.totalNumber <= firstResult)
        return page;

    // Many matches: read the contacts in name order from contacts_name and stop after the
    // page, about (first + max) * population / matches rows. Few matches: fetch them all
    // through the filters' own indexes and sort them. Pick whichever reads fewer rows.
    const qint64 population = Sql(db, QStringLiteral("SELECT coalesce(max(contact_id), 0) FROM contacts")).scalar();
    const qint64 pageEnd = qint64(firstResult) + maxResults;
    const bool inNameOrder = qint64(page.totalNumber) * page.totalNumber > pageEnd * population;
    Sql select(db, QStringLiteral("SELECT c.contact_id FROM contacts c %1 WHERE %2 "
                                  "ORDER BY c.name_folded, c.first_name_folded, c.contact_number LIMIT ? OFFSET ?")
                       .arg(inNameOrder ? QStringLiteral("INDEXED BY contacts_name") : QString(),
                            where.sql(inNameOrder ? Where::ChildForm::Exists : Where::ChildForm::In)));
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
    Sql count(db, QStringLiteral("SELECT count(*) %1 WHERE %2").arg(from, where.sql(Where::ChildForm::In)));
    where.bindTo(count);
    page.totalNumber = int(count.scalar());
    if (page.totalNumber <= firstResult)
        return page;

    Sql select(db, QStringLiteral("SELECT sm.structure_id, sm.member_id, sm.role, sm.function, sm.professional_email, "
                                  "sm.professional_phone, sm.start_date, sm.end_date %1 WHERE %2 ORDER BY "
                                  "m.name_folded, m.first_name_folded, m.contact_number, sm.structure_id "
                                  "LIMIT ? OFFSET ?")
                       .arg(from, where.sql(Where::ChildForm::In)));
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
