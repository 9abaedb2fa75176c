#include "profiles/ProfileStore.h"

#include "credentials/SecretKey.h"
#include "credentials/SecretStore.h"
#include "profiles/DemoProfile.h"
#include "profiles/ProfileValidation.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace contactdesk {

namespace {

const QString profilesGroup = QStringLiteral("profiles");
const QString currentKey = QStringLiteral("currentProfileId");

QString bindingKey(S360Binding binding)
{
    return binding == S360Binding::Rest ? QStringLiteral("rest") : QStringLiteral("soap");
}

S360Binding s360BindingFromKey(const QString &key)
{
    return key == QLatin1StringView("rest") ? S360Binding::Rest : S360Binding::Soap;
}

QString bindingKey(SymphonyBinding binding)
{
    switch (binding) {
    case SymphonyBinding::Soap11: return QStringLiteral("soap11");
    case SymphonyBinding::Soap12: return QStringLiteral("soap12");
    case SymphonyBinding::HttpGet: return QStringLiteral("get");
    case SymphonyBinding::HttpPost: return QStringLiteral("post");
    }
    return QStringLiteral("soap11");
}

SymphonyBinding symphonyBindingFromKey(const QString &key)
{
    for (SymphonyBinding b : {SymphonyBinding::Soap11, SymphonyBinding::Soap12, SymphonyBinding::HttpGet,
                              SymphonyBinding::HttpPost}) {
        if (bindingKey(b) == key)
            return b;
    }
    return SymphonyBinding::Soap11;
}

QString profileGroup(const QString &id) { return profilesGroup + QLatin1Char('/') + id; }

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent) : QObject(parent), m_settings(settings) {}

ProfileStore::ProfileStore(const QString &iniFilePath, QObject *parent)
    : QObject(parent), m_ownedSettings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat)),
      m_settings(m_ownedSettings.get())
{
}

ProfileStore::~ProfileStore() = default;

void ProfileStore::setSecretStore(SecretStore *secrets) { m_secrets = secrets; }

QString ProfileStore::fileName() const { return m_settings->fileName(); }

QStringList ProfileStore::ids() const
{
    m_settings->beginGroup(profilesGroup);
    QStringList result = m_settings->childGroups();
    m_settings->endGroup();
    return result;
}

ConnectionProfile ProfileStore::readProfile(const QString &id) const
{
    ConnectionProfile p;
    m_settings->beginGroup(profileGroup(id));
    p.id = id;
    p.name = m_settings->value(QStringLiteral("name")).toString();
    p.s360BaseUrl = QUrl(m_settings->value(QStringLiteral("s360BaseUrl")).toString());
    p.institutionCode = m_settings->value(QStringLiteral("institutionCode")).toString();
    p.operatorLogin = m_settings->value(QStringLiteral("operatorLogin")).toString();
    p.partnerName = m_settings->value(QStringLiteral("partnerName")).toString();
    p.binding = s360BindingFromKey(m_settings->value(QStringLiteral("binding")).toString());
    p.salesChannelCode = m_settings->value(QStringLiteral("salesChannelCode")).toString();
    if (m_settings->contains(QStringLiteral("pointOfSalesId"))) {
        bool ok = false;
        const qint64 pos = m_settings->value(QStringLiteral("pointOfSalesId")).toLongLong(&ok);
        if (ok)
            p.pointOfSalesId = pos;
    }
    p.symphonyBaseUrl = QUrl(m_settings->value(QStringLiteral("symphonyBaseUrl")).toString());
    p.symphonyApiKey = m_settings->value(QStringLiteral("symphonyApiKey")).toString();
    p.symphonyBinding = symphonyBindingFromKey(m_settings->value(QStringLiteral("symphonyBinding")).toString());
    p.extraCaFile = m_settings->value(QStringLiteral("extraCaFile")).toString();
    p.rateLimitPerMinute = m_settings->value(QStringLiteral("rateLimitPerMinute"), p.rateLimitPerMinute).toInt();
    p.isDemo = m_settings->value(QStringLiteral("isDemo"), false).toBool();
    m_settings->endGroup();
    return p;
}

void ProfileStore::writeProfile(const ConnectionProfile &p)
{
    m_settings->remove(profileGroup(p.id));
    m_settings->beginGroup(profileGroup(p.id));
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("s360BaseUrl"), p.s360BaseUrl.toString());
    m_settings->setValue(QStringLiteral("institutionCode"), p.institutionCode);
    m_settings->setValue(QStringLiteral("operatorLogin"), p.operatorLogin);
    m_settings->setValue(QStringLiteral("partnerName"), p.partnerName);
    m_settings->setValue(QStringLiteral("binding"), bindingKey(p.binding));
    m_settings->setValue(QStringLiteral("salesChannelCode"), p.salesChannelCode);
    if (p.pointOfSalesId)
        m_settings->setValue(QStringLiteral("pointOfSalesId"), *p.pointOfSalesId);
    m_settings->setValue(QStringLiteral("symphonyBaseUrl"), p.symphonyBaseUrl.toString());
    m_settings->setValue(QStringLiteral("symphonyApiKey"), p.symphonyApiKey);
    m_settings->setValue(QStringLiteral("symphonyBinding"), bindingKey(p.symphonyBinding));
    m_settings->setValue(QStringLiteral("extraCaFile"), p.extraCaFile);
    m_settings->setValue(QStringLiteral("rateLimitPerMinute"), p.rateLimitPerMinute);
    m_settings->setValue(QStringLiteral("isDemo"), p.isDemo);
    m_settings->endGroup();
}

ApiError ProfileStore::syncError() const
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return {};
    return ApiError::make(ApiError::Kind::Transport,
                          QStringLiteral("The profiles could not be written to \"%1\".").arg(m_settings->fileName()),
                          QStringLiteral("io"));
}

QList<ConnectionProfile> ProfileStore::list() const
{
    QList<ConnectionProfile> profiles;
    for (const QString &id : ids())
        profiles.append(readProfile(id));
    std::sort(profiles.begin(), profiles.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        if (const int folded = a.name.compare(b.name, Qt::CaseInsensitive); folded != 0)
            return folded < 0;
        if (const int byName = QString::localeAwareCompare(a.name, b.name); byName != 0)
            return byName < 0;
        return a.id < b.id;
    });
    return profiles;
}

QList<ConnectionProfile> ProfileStore::load()
{
    QList<ConnectionProfile> profiles = list();
    if (profiles.isEmpty()) {
        const Result<ConnectionProfile> demo = save(demoProfile());
        if (demo.ok()) {
            setCurrentProfileId(demo.value().id);
            profiles.append(demo.value());
        }
        return profiles;
    }
    if (!find(currentProfileId()))
        setCurrentProfileId(profiles.first().id);
    return profiles;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &id) const
{
    if (id.isEmpty() || !ids().contains(id))
        return std::nullopt;
    return readProfile(id);
}

Result<ConnectionProfile> ProfileStore::save(ConnectionProfile profile)
{
    profile.name = profile.name.trimmed();
    const QList<ApiError> errors = validateProfile(profile);
    if (!errors.isEmpty())
        return errors.first();
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    writeProfile(profile);
    if (ApiError error = syncError(); error.isError())
        return error;
    Q_EMIT profilesChanged();
    return profile;
}

bool ProfileStore::remove(const QString &id)
{
    if (!find(id))
        return false;
    m_settings->remove(profileGroup(id));
    const bool wasCurrent = currentProfileId() == id;
    if (wasCurrent)
        m_settings->remove(currentKey);
    m_settings->sync();
    if (m_secrets) {
        for (SecretKind kind : allSecretKinds())
            m_secrets->remove(secretKey(id, kind));
    }
    Q_EMIT profilesChanged();
    if (wasCurrent)
        Q_EMIT currentProfileChanged(QString());
    return true;
}

QString ProfileStore::uniqueCopyName(const QString &name) const
{
    QStringList names;
    for (const ConnectionProfile &p : list())
        names.append(p.name);
    QString candidate = QStringLiteral("%1 (copy)").arg(name);
    for (int n = 2; names.contains(candidate); ++n)
        candidate = QStringLiteral("%1 (copy %2)").arg(name).arg(n);
    return candidate;
}

Result<ConnectionProfile> ProfileStore::duplicate(const QString &id)
{
    std::optional<ConnectionProfile> original = find(id);
    if (!original) {
        ApiError error = ApiError::validation(QStringLiteral("id"), QStringLiteral("There is no profile with id \"%1\".").arg(id));
        error.code = QStringLiteral("notfound");
        return error;
    }
    ConnectionProfile copy = *original;
    copy.id.clear();
    copy.name = uniqueCopyName(original->name);
    return save(copy);
}

QString ProfileStore::currentProfileId() const { return m_settings->value(currentKey).toString(); }

bool ProfileStore::setCurrentProfileId(const QString &id)
{
    if (!find(id))
        return false;
    if (currentProfileId() == id)
        return true;
    m_settings->setValue(currentKey, id);
    m_settings->sync();
    Q_EMIT currentProfileChanged(id);
    return true;
}

std::optional<ConnectionProfile> ProfileStore::currentProfile() const { return find(currentProfileId()); }

} // namespace contactdesk
