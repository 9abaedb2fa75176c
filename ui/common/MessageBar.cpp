#include "common/MessageBar.h"

#include "common/ErrorText.h"
#include "common/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace contactdesk::ui {

MessageBar::MessageBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 3, 3);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::PlainText);
    m_close = new QToolButton(this);
    m_close->setIcon(icon(Icon::Close));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close the message"));
    m_close->setAccessibleName(tr("Close the message"));
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close);
    m_hideTimer = new QTimer(this);
    m_hideTimer->setSingleShot(true);
    m_hideTimer->setInterval(6000);
    connect(m_hideTimer, &QTimer::timeout, this, &MessageBar::clear);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    setAccessibleName(tr("Messages"));
    hide();
}

void MessageBar::showMessage(Level level, const QString &text)
{
    m_level = level;
    const Icon which = level == Level::Error ? Icon::Error : level == Level::Warning ? Icon::Warning : Icon::Info;
    const int side = fontMetrics().height();
    m_icon->setPixmap(icon(which).pixmap(QSize(side, side), devicePixelRatioF()));
    m_text->setText(text);
    setAccessibleDescription(text);
    if (level == Level::Information)
        m_hideTimer->start();
    else
        m_hideTimer->stop();
    show();
}

void MessageBar::showError(const ApiError &error)
{
    if (!error.isError())
        return;
    if (error.kind == ApiError::Kind::Cancelled)
        return; // the user or a newer request cancelled it: nothing to report
    showMessage(Level::Error, errorText(error));
}

void MessageBar::clear()
{
    m_hideTimer->stop();
    m_text->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace contactdesk::ui
