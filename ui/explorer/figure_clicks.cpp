#include "ui/explorer/figure_clicks.h"

#include <memory>

#include "ui/plot/figure.h"

namespace rnnlab::ui {

void onFigureClick(Figure* figure, std::function<void(double x, double y)> onClick) {
    auto pressed = std::make_shared<QPointF>(-1e9, -1e9);
    QObject::connect(figure, &QCustomPlot::mousePress, figure, [pressed](QMouseEvent* e) {
        if (e->button() == Qt::LeftButton) *pressed = e->position();
    });
    QObject::connect(figure, &QCustomPlot::mouseRelease, figure,
                     [figure, pressed, onClick](QMouseEvent* e) {
                         if (e->button() != Qt::LeftButton) return;
                         if ((e->position() - *pressed).manhattanLength() > kClickSlop) return;
                         if (!figure->axisRect()->rect().contains(e->position().toPoint())) return;
                         onClick(figure->xAxis->pixelToCoord(e->position().x()),
                                 figure->yAxis->pixelToCoord(e->position().y()));
                     });
}

}  // namespace rnnlab::ui
