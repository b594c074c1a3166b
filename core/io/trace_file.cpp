#include "core/io/trace_file.h"

#include <QJsonArray>

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
}  // namespace

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
