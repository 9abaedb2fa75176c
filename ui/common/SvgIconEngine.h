#pragma once

// A QIconEngine that renders one SVG at the size asked for, replacing "currentColor" with the
// application palette's colour for the icon mode (text, disabled text, highlighted text).

#include <QByteArray>
#include <QIconEngine>

namespace contactdesk::ui {

class SvgIconEngine : public QIconEngine {
public:
    explicit SvgIconEngine(QByteArray svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    QByteArray tinted(QIcon::Mode mode) const;

    QByteArray m_svg;
};

} // namespace contactdesk::ui
