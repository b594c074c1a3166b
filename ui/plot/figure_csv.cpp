#include "ui/plot/figure_csv.h"

#include <QLocale>
#include <QStringList>
#include <cmath>

#include "ui/plot/figure.h"
#include "ui/plot/row_label_ticker.h"

namespace rnnlab::ui {

namespace {

QString orDefault(const QString& text, const QString& fallback) {
    return text.isEmpty() ? fallback : text;
}

QString seriesName(const QCPAbstractPlottable* p, int index) {
    return orDefault(p->name(), QStringLiteral("series %1").arg(index + 1));
}

QString joinRow(const QStringList& fields) {
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields) quoted << csvField(f);
    return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

// The plottables shown (a line hidden by a toggle is not exported).
QList<QCPAbstractPlottable*> shown(QCustomPlot& plot) {
    QList<QCPAbstractPlottable*> list;
    for (int i = 0; i < plot.plottableCount(); ++i)
        if (plot.plottable(i)->visible()) list << plot.plottable(i);
    return list;
}

// An x value as the axis shows it: a row's label (a date) when the axis has them.
QString keyText(Figure& figure, double key) {
    if (const auto* rows = dynamic_cast<const RowLabelTicker*>(figure.xAxis->ticker().data())) {
        const QString label = rows->labelOf(key);
        if (!label.isEmpty()) return label;
    }
    return csvNumber(key);
}

// A cell coordinate as its axis names it: a class's name on a confusion matrix's text ticks.
QString cellText(const QCPAxis* axis, double value) {
    if (auto* named = dynamic_cast<QCPAxisTickerText*>(axis->ticker().data())) {
        const QMap<double, QString>& ticks = named->ticks();  // QCustomPlot's getter is not const
        const auto label = ticks.constFind(value);
        if (label != ticks.constEnd()) return *label;
    }
    return csvNumber(value);
}

// True when every plottable is a graph and all graphs have the same key sequence.
bool sharesKeys(const QList<QCPAbstractPlottable*>& plottables) {
    if (plottables.isEmpty()) return false;
    QCPGraph* first = qobject_cast<QCPGraph*>(plottables.front());
    if (!first) return false;
    for (QCPAbstractPlottable* p : plottables) {
        QCPGraph* g = qobject_cast<QCPGraph*>(p);
        if (!g || g->dataCount() != first->dataCount()) return false;
        for (int k = 0; k < g->dataCount(); ++k) {
            if (g->dataMainKey(k) != first->dataMainKey(k)) return false;
        }
    }
    return true;
}

QString wideCsv(Figure& figure, const QList<QCPAbstractPlottable*>& graphs) {
    QStringList header{orDefault(figure.xLabel(), QStringLiteral("x"))};
    for (int i = 0; i < graphs.size(); ++i) header << seriesName(graphs[i], i);
    QString out = joinRow(header);
    const auto* first = qobject_cast<QCPGraph*>(graphs.front());
    for (int k = 0; k < first->dataCount(); ++k) {
        QStringList row{keyText(figure, first->dataMainKey(k))};
        for (QCPAbstractPlottable* g : graphs)
            row << csvNumber(qobject_cast<QCPGraph*>(g)->dataMainValue(k));
        out += joinRow(row);
    }
    return out;
}

QString longCsv(Figure& figure, const QList<QCPAbstractPlottable*>& plottables) {
    QString zLabel;
    bool hasMap = false;
    for (int i = 0; i < plottables.size() && !hasMap; ++i) {
        if (auto* map = qobject_cast<QCPColorMap*>(plottables[i])) {
            hasMap = true;
            zLabel = map->colorScale() ? map->colorScale()->label() : QString();
        }
    }
    QStringList header{QStringLiteral("series"), orDefault(figure.xLabel(), QStringLiteral("x")),
                       orDefault(figure.yLabel(), QStringLiteral("y"))};
    if (hasMap) header << orDefault(zLabel, QStringLiteral("z"));
    QString out = joinRow(header);

    for (int i = 0; i < plottables.size(); ++i) {
        QCPAbstractPlottable* p = plottables[i];
        const QString name = seriesName(p, i);
        if (QCPPlottableInterface1D* data = p->interface1D()) {
            for (int k = 0; k < data->dataCount(); ++k) {
                QStringList row{name, keyText(figure, data->dataMainKey(k)),
                                csvNumber(data->dataMainValue(k))};
                if (hasMap) row << QString();
                out += joinRow(row);
            }
        } else if (auto* map = qobject_cast<QCPColorMap*>(p)) {
            QCPColorMapData* cells = map->data();
            for (int yi = 0; yi < cells->valueSize(); ++yi) {
                for (int xi = 0; xi < cells->keySize(); ++xi) {
                    double x = 0, y = 0;
                    cells->cellToCoord(xi, yi, &x, &y);
                    out += joinRow({name, cellText(map->keyAxis(), x),
                                    cellText(map->valueAxis(), y), csvNumber(cells->cell(xi, yi))});
                }
            }
        }
    }
    return out;
}

}  // namespace

QString csvField(const QString& text) {
    static const QString special = QStringLiteral(",\"\n\r");
    bool needsQuotes = false;
    for (QChar c : text) needsQuotes = needsQuotes || special.contains(c);
    if (!needsQuotes) return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString csvNumber(double value) {
    // A plot draws neither NaN nor infinity: both are gaps, which every CSV reader (RNN Lab's
    // own included) reads as missing.
    if (!std::isfinite(value)) return QString();
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString figureCsv(Figure& figure) {
    const QList<QCPAbstractPlottable*> plottables = shown(figure);
    return sharesKeys(plottables) ? wideCsv(figure, plottables) : longCsv(figure, plottables);
}

}  // namespace rnnlab::ui
