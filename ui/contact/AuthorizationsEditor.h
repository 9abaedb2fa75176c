#pragma once

// The authorizations of an individual as a checklist of the institution's authorizations
// (getAvailableAutorizations): ticked = granted, with the channel and the date it was granted.
// Ticking grants it now; unticking withdraws it now. Authorizations the contact holds that the
// institution's list does not name are shown too.

#include "contact/ListAccess.h"
#include "dto/ContactInformationTypes.h"

#include <QWidget>

class QGridLayout;

namespace contactdesk::ui {

class FieldErrorRegistry;

class AuthorizationsEditor : public QWidget {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    AuthorizationsEditor(ListAccess<dto::AuthorizationData> access, QWidget *parent = nullptr);

    void setAvailable(const QList<dto::AvailableAuthorization> &available);
    void refresh();
    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    void rebuild();
    void setGranted(const QString &code, bool granted);

    ListAccess<dto::AuthorizationData> m_access;
    QList<dto::AvailableAuthorization> m_available;
    QStringList m_shownCodes;
    QGridLayout *m_grid = nullptr;
    QList<QWidget *> m_cells;
    Clock m_clock;
    bool m_refreshing = false;
};

} // namespace contactdesk::ui
