#pragma once
// Where everything of the unrolled diagram goes for one drawing size (UnrolledDiagram::geometry
// computes it; the painter and the mouse read it). Rows from the top: outputs, layer L ..
// layer 1, inputs, step numbers; columns from the left: one per shown step or gap, panned.

#include <QFont>
#include <QList>
#include <QRectF>
#include <QVector>
#include <algorithm>

#include "ui/explorer/unrolled_diagram.h"

namespace rnnlab::ui {

constexpr double kGapUnits = 2.4;     // a gap column is this many step columns wide
constexpr double kCellMargin = 0.2;   // of a step column, each side of a cell (arrow room)
constexpr double kIoRowUnits = 0.65;  // input and output rows, in layer rows

struct DiagramGeometry {
    QFont font, boldFont;
    double line = 0;
    double pad = 0;
    QRectF header;    // title and legend
    double left = 0;  // where the columns start (row labels to the left)
    double right = 0;
    double outputTop = 0, ioHeight = 0;
    double layersTop = 0, layerHeight = 0;
    double inputTop = 0, labelsTop = 0;
    double stepWidth = 0;
    double contentWidth = 0;  // all columns, unpanned
    QList<DiagramColumn> columns;
    QVector<double> x, w;  // each column's left edge (panned) and width
    int layers = 0;

    double layerTop(int layer) const { return layersTop + (layers - 1 - layer) * layerHeight; }
    int columnOf(int step) const {
        for (int c = 0; c < columns.size(); ++c) {
            if (step >= columns[c].first && step < columns[c].first + columns[c].count) return c;
        }
        return -1;
    }
    QRectF cell(int c, int layer) const {
        const double m = w[c] * kCellMargin;
        return QRectF(x[c] + m, layerTop(layer) + layerHeight * 0.18, w[c] - 2 * m,
                      layerHeight * 0.64);
    }
    QRectF io(int c, double top) const {
        const double side = std::min(ioHeight * 0.7, w[c] * (1 - 2 * kCellMargin));
        return QRectF(x[c] + (w[c] - side) / 2, top + (ioHeight - side) / 2, side, side);
    }
};

}  // namespace rnnlab::ui
