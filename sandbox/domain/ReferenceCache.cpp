#include "domain/ReferenceCache.h"

#include "domain/CallFailure.h"
#include "store/Database.h"

namespace contactdesk::sandbox::domain {

const dto::ContactCriterion *InstitutionContext::criterion(const QString &code) const
{
    for (const dto::ContactCriterion &c : data.criteria) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

const dto::AvailableAuthorization *InstitutionContext::authorization(const QString &code) const
{
    for (const dto::AvailableAuthorization &a : data.authorizations) {
        if (a.code == code)
            return &a;
    }
    return nullptr;
}

const dto::AvailableAdministrativeNumber *InstitutionContext::administrativeNumber(const QString &code) const
{
    for (const dto::AvailableAdministrativeNumber &n : data.administrativeNumbers) {
        if (n.code == code)
            return &n;
    }
    return nullptr;
}

bool InstitutionContext::hasStructureType(const QString &code) const
{
    for (const dto::CodeName &t : data.structureTypes) {
        if (t.code == code)
            return true;
    }
    return false;
}

const store::PointOfSalesRow *InstitutionContext::pointOfSales(qint64 id) const
{
    for (const store::PointOfSalesRow &p : data.pointsOfSales) {
        if (p.pointOfSales.pointOfSalesId == id)
            return &p;
    }
    return nullptr;
}

std::shared_ptr<const InstitutionContext> ReferenceCache::institution(store::Database &database, const QString &code)
{
    const QString key = code.trimmed().toUpper();
    {
        QMutexLocker locker(&m_mutex);
        if (auto it = m_byCode.constFind(key); it != m_byCode.cend())
            return *it;
    }
    auto context = std::make_shared<InstitutionContext>();
    {
        store::Transaction transaction(database, store::Transaction::Kind::Read);
        const auto row = store::findInstitution(transaction.db(), key);
        if (!row)
            fail(contract::statusDenied, QStringLiteral("unknown institution"));
        context->institution = *row;
        context->data = store::loadReferenceData(transaction.db(), row->institutionId);
    }
    for (const dto::AvailableAdministrativeNumber &n : context->data.administrativeNumbers) {
        if (!n.pattern.isEmpty()) {
            context->administrativeNumberPatterns.insert(
                n.code, QRegularExpression(QRegularExpression::anchoredPattern(n.pattern)));
        }
    }
    QMutexLocker locker(&m_mutex);
    m_byCode.insert(key, context);
    return context;
}

} // namespace contactdesk::sandbox::domain
