#include "contact/AuthorizationsEditor.h"

#include "common/CodeChoosers.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace contactdesk::ui {

AuthorizationsEditor::AuthorizationsEditor(ListAccess<dto::AuthorizationData> access, QWidget *parent)
    : QWidget(parent), m_access(std::move(access)), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("authorizationsEditor"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(0, 1);
    refresh();
}

void AuthorizationsEditor::setAvailable(const QList<dto::AvailableAuthorization> &available)
{
    m_available = available;
    rebuild();
}

void AuthorizationsEditor::rebuild()
{
    for (QWidget *cell : std::as_const(m_cells)) {
        cell->hide();
        cell->deleteLater();
    }
    m_cells.clear();
    m_shownCodes.clear();

    QList<dto::AvailableAuthorization> rows = m_available;
    for (const dto::AuthorizationData &held : m_access.get()) {
        const bool known = std::any_of(rows.cbegin(), rows.cend(),
                                       [&](const dto::AvailableAuthorization &a) { return a.code == held.authorizationCode; });
        if (!known)
            rows.append({held.authorizationCode, held.authorizationCode, QString(), std::nullopt});
    }
    if (rows.isEmpty()) {
        auto *none = new QLabel(tr("No authorization is defined for this institution."), this);
        m_grid->addWidget(none, 0, 0);
        m_cells << none;
    }
    int line = 0;
    for (const dto::AvailableAuthorization &a : std::as_const(rows)) {
        QString text = a.name.isEmpty() ? a.code : a.name;
        if (!a.channel.isEmpty())
            text += QStringLiteral(" (") + channelName(a.channel) + u')';
        if (a.thirdParty.value_or(false))
            text += u' ' + tr("[third party]");
        auto *check = new QCheckBox(text, this);
        check->setObjectName(QStringLiteral("authorization_") + a.code);
        check->setAccessibleName(tr("Authorization %1").arg(a.name.isEmpty() ? a.code : a.name));
        auto *date = new QLabel(this);
        date->setObjectName(QStringLiteral("grantDate_") + a.code);
        m_grid->addWidget(check, line, 0);
        m_grid->addWidget(date, line, 1);
        m_cells << check << date;
        m_shownCodes << a.code;
        const QString code = a.code;
        connect(check, &QCheckBox::toggled, this, [this, code](bool on) {
            if (!m_refreshing)
                setGranted(code, on);
        });
        ++line;
    }
    refresh();
}

void AuthorizationsEditor::refresh()
{
    const QList<dto::AuthorizationData> held = m_access.get();
    for (const dto::AuthorizationData &h : held) {
        if (!m_shownCodes.contains(h.authorizationCode)) {
            rebuild(); // a code the list does not show yet (an undo, a load)
            return;
        }
    }
    m_refreshing = true;
    for (const QString &code : std::as_const(m_shownCodes)) {
        auto *check = findChild<QCheckBox *>(QStringLiteral("authorization_") + code);
        auto *date = findChild<QLabel *>(QStringLiteral("grantDate_") + code);
        const auto it = std::find_if(held.cbegin(), held.cend(),
                                     [&](const dto::AuthorizationData &h) { return h.authorizationCode == code; });
        const bool granted = it != held.cend() && it->granted.value_or(false);
        if (check && check->isChecked() != granted)
            check->setChecked(granted);
        if (date) {
            QString text;
            if (it != held.cend() && it->grantDate.isValid()) {
                const QString when = QLocale().toString(it->grantDate.toLocalTime().date(), QLocale::ShortFormat);
                text = granted ? tr("granted %1").arg(when) : tr("withdrawn %1").arg(when);
            }
            date->setText(text);
        }
    }
    m_refreshing = false;
}

void AuthorizationsEditor::setGranted(const QString &code, bool granted)
{
    const QDateTime now = m_clock();
    m_access.edit(QStringLiteral("authorizations/") + code, granted ? tr("Grant an authorization") : tr("Withdraw an authorization"),
                  [code, granted, now](QList<dto::AuthorizationData> &list) {
                      for (dto::AuthorizationData &a : list) {
                          if (a.authorizationCode == code) {
                              a.granted = granted;
                              a.grantDate = now;
                              return;
                          }
                      }
                      dto::AuthorizationData a;
                      a.authorizationCode = code;
                      a.granted = granted;
                      a.grantDate = now;
                      list.append(a);
                  });
}

} // namespace contactdesk::ui
