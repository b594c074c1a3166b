#include "ui/views/row_axis.h"

#include <cmath>

#include "ui/plot/figure.h"

namespace rnnlab::ui {

void setRowAxis(Figure& figure, const Series& series) {
    if (series.labelName.empty() || series.labels.empty()) {
        figure.xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        figure.xAxis->setLabel(QObject::tr("row"));
        return;
    }
    QVector<QString> labels;
    labels.reserve(int(series.labels.size()));
    for (const std::string& l : series.labels) labels << QString::fromStdString(l);
    figure.xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new RowLabelTicker(labels)));
    figure.xAxis->setLabel(QString::fromStdString(series.labelName));
}

QVector<double> rowKeys(Index rows) {
    QVector<double> keys(static_cast<int>(rows));
    for (int i = 0; i < keys.size(); ++i) keys[i] = i;
    return keys;
}

}  // namespace rnnlab::ui
