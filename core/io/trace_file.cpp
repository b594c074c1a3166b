#include "core/io/trace_file.h"

#include <QJsonArray>
#include <cmath>

namespace rnnlab {

namespace {
QJsonArray rowsJson(const Matrix<double>& m) {
    QJsonArray rows;
    for (Index r = 0; r < m.rows(); ++r) {
        QJsonArray row;
        for (Index c = 0; c < m.cols(); ++c) row.append(m(r, c));
        rows.append(row);
    }
    return rows;
}
// Counts the non-finite entries of `m` (row by row, as rowsJson() writes them); the first of all
// is named `place`[row][column].
void countNonFinite(const Matrix<double>& m, const std::string& place, NonFiniteValues& found) {
    for (Index r = 0; r < m.rows(); ++r)
        for (Index c = 0; c < m.cols(); ++c) {
            if (std::isfinite(m(r, c))) continue;
            if (found.count++ == 0)
                found.first = place + "[" + std::to_string(r) + "][" + std::to_string(c) + "]";
        }
}

}  // namespace

NonFiniteValues nonFiniteValues(const SequenceTrace& trace, const Parameters<double>* grads) {
    NonFiniteValues found;
    if (trace.loss && !std::isfinite(*trace.loss)) {
        found.count = 1;
        found.first = "loss";
    }
    countNonFinite(trace.outputs, "outputs", found);
    for (std::size_t k = 0; k < trace.layers.size(); ++k) {
        const LayerTrace& l = trace.layers[k];
        const std::string layer = "layers[" + std::to_string(k) + "].";
        countNonFinite(l.h, layer + "h", found);
        countNonFinite(l.c, layer + "c", found);
        for (const GateTrace& g : l.gates) countNonFinite(g.value, layer + "gates." + g.name, found);
        countNonFinite(l.dh, layer + "dh", found);
        countNonFinite(l.dc, layer + "dc", found);
    }
    if (grads)
        for (const ParameterInfo& p : grads->layout().entries())
            for (Index i = 0; i < p.size(); ++i) {
                if (std::isfinite(grads->flat()[p.offset + i])) continue;
                if (found.count++ == 0)
                    found.first = "grads." + p.name + ".data[" + std::to_string(i) + "]";
            }
    return found;
}

QJsonObject traceJson(const SequenceTrace& trace, const Parameters<double>* grads) {
    QJsonObject root;
    if (trace.loss) root.insert("loss", *trace.loss);
    root.insert("outputs", rowsJson(trace.outputs));
    QJsonArray layers;
    for (const LayerTrace& l : trace.layers) {
        QJsonObject layer;
        layer.insert("h", rowsJson(l.h));
        if (l.c.size()) layer.insert("c", rowsJson(l.c));
        if (!l.gates.empty()) {
            QJsonObject gates;
            for (const GateTrace& g : l.gates) gates.insert(QString::fromStdString(g.name), rowsJson(g.value));
            layer.insert("gates", gates);
        }
        if (l.dh.size()) layer.insert("dh", rowsJson(l.dh));
        if (l.dc.size()) layer.insert("dc", rowsJson(l.dc));
        layers.append(layer);
    }
    root.insert("layers", layers);
    if (grads) {
        QJsonObject g;
        for (const ParameterInfo& p : grads->layout().entries()) {
            QJsonArray shape, data;
            for (Index d : p.shape()) shape.append(static_cast<qint64>(d));
            for (Index i = 0; i < p.size(); ++i) data.append(grads->flat()[p.offset + i]);
            g.insert(QString::fromStdString(p.name), QJsonObject{{"shape", shape}, {"data", data}});
        }
        root.insert("grads", g);
    }
    return root;
}

}  // namespace rnnlab
