#include "common/BusyIndicator.h"

#include <QHBoxLayout>
#include <QProgressBar>

namespace contactdesk::ui {

BusyIndicator::BusyIndicator(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(80);
    m_bar->setMaximumHeight(fontMetrics().height());
    m_bar->setAccessibleName(tr("Working"));
    layout->addWidget(m_bar);
    setToolTip(tr("A request is running"));
    m_bar->setVisible(false);
}

std::shared_ptr<void> BusyIndicator::hold()
{
    begin();
    QPointer<BusyIndicator> self(this);
    return std::shared_ptr<void>(nullptr, [self](std::nullptr_t) {
        if (self)
            self->end();
    });
}

void BusyIndicator::begin()
{
    if (++m_count == 1) {
        m_bar->setVisible(true);
        Q_EMIT busyChanged(true);
    }
}

void BusyIndicator::end()
{
    if (m_count == 0)
        return;
    if (--m_count == 0) {
        m_bar->setVisible(false);
        Q_EMIT busyChanged(false);
    }
}

} // namespace contactdesk::ui
