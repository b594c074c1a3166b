#include "ui/plot/figure_csv.h"

#include <QLocale>
#include <QStringList>
#include <cmath>

#include "ui/plot/figure.h"

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

// True when every plottable is a graph and all graphs have the same key sequence.
bool sharesKeys(QCustomPlot& plot) {
    if (plot.plottableCount() == 0) return false;
    QCPGraph* first = qobject_cast<QCPGraph*>(plot.plottable(0));
    if (!first) return false;
    for (int i = 1; i < plot.plottableCount(); ++i) {
        QCPGraph* g = qobject_cast<QCPGraph*>(plot.plottable(i));
        if (!g || g->dataCount() != first->dataCount()) return false;
        for (int k = 0; k < g->dataCount(); ++k) {
            if (g->dataMainKey(k) != first->dataMainKey(k)) return false;
        }
    }
    return true;
}

QString wideCsv(Figure& figure) {
    QStringList header{orDefault(figure.xLabel(), QStringLiteral("x"))};
    for (int i = 0; i < figure.plottableCount(); ++i) header << seriesName(figure.plottable(i), i);
    QString out = joinRow(header);
    QCPGraph* first = figure.graph(0);
    for (int k = 0; k < first->dataCount(); ++k) {
        QStringList row{csvNumber(first->dataMainKey(k))};
        for (int i = 0; i < figure.graphCount(); ++i)
            row << csvNumber(figure.graph(i)->dataMainValue(k));
        out += joinRow(row);
    }
    return out;
}

QString longCsv(Figure& figure) {
    QString zLabel;
    bool hasMap = false;
    for (int i = 0; i < figure.plottableCount() && !hasMap; ++i) {
        if (auto* map = qobject_cast<QCPColorMap*>(figure.plottable(i))) {
            hasMap = true;
            zLabel = map->colorScale() ? map->colorScale()->label() : QString();
        }
    }
    QStringList header{QStringLiteral("series"), orDefault(figure.xLabel(), QStringLiteral("x")),
                       orDefault(figure.yLabel(), QStringLiteral("y"))};
    if (hasMap) header << orDefault(zLabel, QStringLiteral("z"));
    QString out = joinRow(header);

    for (int i = 0; i < figure.plottableCount(); ++i) {
        QCPAbstractPlottable* p = figure.plottable(i);
        const QString name = seriesName(p, i);
        if (QCPPlottableInterface1D* data = p->interface1D()) {
            for (int k = 0; k < data->dataCount(); ++k) {
                QStringList row{name, csvNumber(data->dataMainKey(k)),
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
                    out +=
                        joinRow({name, csvNumber(x), csvNumber(y), csvNumber(cells->cell(xi, yi))});
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
    return sharesKeys(figure) ? wideCsv(figure) : longCsv(figure);
}

}  // namespace rnnlab::ui
