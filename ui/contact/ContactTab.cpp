#include "contact/ContactTab.h"

#include "common/BusyIndicator.h"

namespace contactdesk::ui {

std::shared_ptr<void> ContactTab::holdBusy()
{
    if (++m_busyCount == 1)
        Q_EMIT busyChanged(true);
    std::shared_ptr<void> indicator = m_busyIndicator ? m_busyIndicator->hold() : nullptr;
    QPointer<ContactTab> self(this);
    return std::shared_ptr<void>(nullptr, [self, indicator](std::nullptr_t) {
        if (self && --self->m_busyCount == 0)
            Q_EMIT self->busyChanged(false);
    });
}

} // namespace contactdesk::ui
