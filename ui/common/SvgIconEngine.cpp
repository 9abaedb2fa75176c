#include "common/SvgIconEngine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace contactdesk::ui {

SvgIconEngine::SvgIconEngine(QByteArray svg) : m_svg(std::move(svg)) {}

QByteArray SvgIconEngine::tinted(QIcon::Mode mode) const
{
    const QPalette palette = QGuiApplication::palette();
    QColor colour = palette.color(QPalette::Active, QPalette::WindowText);
    if (mode == QIcon::Disabled)
        colour = palette.color(QPalette::Disabled, QPalette::WindowText);
    else if (mode == QIcon::Selected)
        colour = palette.color(QPalette::Active, QPalette::HighlightedText);
    QByteArray svg = m_svg;
    svg.replace("currentColor", colour.name().toLatin1());
    return svg;
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    QSvgRenderer renderer(tinted(mode));
    renderer.render(painter, QRectF(rect));
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    QPixmap pixmap(size * scale);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size * scale), mode, state);
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_svg);
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("contactdesk-svg");
}

} // namespace contactdesk::ui
