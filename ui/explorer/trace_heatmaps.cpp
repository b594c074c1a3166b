#include "ui/explorer/trace_heatmaps.h"

#include <QGridLayout>
#include <cmath>

#include "ui/explorer/figure_clicks.h"
#include "ui/explorer/step_equations.h"
#include "ui/help/whats_this.h"
#include "ui/notation.h"
#include "ui/plot/integer_ticks.h"
#include "ui/theme/theme.h"

namespace rnnlab::ui {

namespace {

using notation::kSubT;

}  // namespace

QString gateTitle(const std::string& gate) {
    const QString symbol = QString::fromStdString(gate) + kSubT;
    if (gate == "i") return QObject::tr("Input gate %1").arg(symbol);
    if (gate == "f") return QObject::tr("Forget gate %1").arg(symbol);
    if (gate == "o") return QObject::tr("Output gate %1").arg(symbol);
    if (gate == "r") return QObject::tr("Reset gate %1").arg(symbol);
    if (gate == "z") return QObject::tr("Update gate %1").arg(symbol);
    return QObject::tr("Candidate %1").arg(symbol);  // g (LSTM), n (GRU)
}

std::vector<HeatmapSpec> heatmapSpecs(const SequenceTrace& trace, int layer) {
    RNNLAB_ASSERT(layer >= 0 && layer < int(trace.layers.size()), "layer out of range");
    const LayerTrace& l = trace.layers[size_t(layer)];
    const QString suffix =
        trace.layers.size() > 1 ? QObject::tr(" (layer %1)").arg(layer + 1) : QString();
    std::vector<HeatmapSpec> specs;
    specs.push_back({QObject::tr("Hidden state h%1").arg(kSubT) + suffix,
                     QStringLiteral("h") + kSubT, ColorMapKind::Diverging, stateScale(trace, l.h),
                     &l.h});
    if (trace.config.cell == CellType::Lstm) {
        specs.push_back({QObject::tr("Cell state c%1").arg(kSubT) + suffix,
                         QStringLiteral("c") + kSubT, ColorMapKind::Diverging, symmetricScale(l.c),
                         &l.c});
    }
    for (const GateTrace& g : l.gates) {
        specs.push_back({gateTitle(g.name) + suffix, QString::fromStdString(g.name) + kSubT,
                         isSigmoidGate(g.name) ? ColorMapKind::Sequential : ColorMapKind::Diverging,
                         gateScale(g.name), &g.value});
    }
    if (hasGradients(trace)) {
        specs.push_back({QObject::tr("|dL/dh%1| (log scale)").arg(kSubT) + suffix,
                         QStringLiteral("|dL/dh%1|").arg(kSubT), ColorMapKind::Sequential,
                         gradientUnitScale(trace), &l.dh});
    }
    return specs;
}

TraceHeatmaps::TraceHeatmaps(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::TraceHeatmaps);
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(4);
    connect(&Theme::instance(), &Theme::changed, this, [this] {
        placeFigures();
        styleUnitLines();
    });
}

int TraceHeatmaps::columns() const {
    // One per row on the projector, where text is large; two side by side when both fit their
    // minimum width (figure.h) in the width the heat maps are shown in: the scroll area's
    // viewport, which never scrolls sideways.
    if (Theme::instance().presentation() || m_figures.isEmpty()) return 1;
    const int shownWidth = parentWidget() ? parentWidget()->width() : width();
    const int pair = 2 * m_figures.first()->minimumSizeHint().width() + m_grid->spacing();
    return shownWidth >= pair ? 2 : 1;
}

void TraceHeatmaps::placeFigures() {
    const int n = columns();
    if (n == m_placedColumns) return;
    m_placedColumns = n;
    for (Figure* f : m_figures) m_grid->removeWidget(f);
    for (int i = 0; i < m_figures.size(); ++i) m_grid->addWidget(m_figures[i], i / n, i % n);
}

void TraceHeatmaps::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    placeFigures();
}

void TraceHeatmaps::rebuild(const std::vector<HeatmapSpec>& specs) {
    for (Figure* f : m_figures) delete f;
    m_figures.clear();
    m_maps.clear();
    m_cursors.clear();
    m_unitLines.clear();
    m_titles.clear();
    m_steps = m_units = -1;
    m_placedColumns = 0;
    for (const HeatmapSpec& spec : specs) {
        auto* figure = new Figure(spec.title, tr("time step t"), tr("unit"), this);
        figure->legend->setVisible(false);  // the colour scale names the one map
        figure->xAxis->setTicker(integerTicker());
        figure->yAxis->setTicker(integerTicker());
        QCPColorMap* map = figure->addColorMap(spec.title, spec.zLabel, spec.kind);
        if (spec.scale.logarithmic) {
            map->colorScale()->setDataScaleType(QCPAxis::stLogarithmic);
            map->colorScale()->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
            map->colorScale()->axis()->setNumberFormat(QStringLiteral("eb"));
            map->colorScale()->axis()->setNumberPrecision(0);
        }
        m_cursors.append(figure->addMarker());
        m_unitLines.append(new QCPItemStraightLine(figure));
        onFigureClick(figure, [this](double x, double y) {
            if (m_steps <= 0 || m_units <= 0) return;
            const int step = std::clamp(int(std::lround(x)) - 1, 0, int(m_steps) - 1);
            const int unit = std::clamp(int(std::lround(y)) - 1, 0, int(m_units) - 1);
            emit cellClicked(step, unit);
        });
        m_figures.append(figure);
        m_maps.append(map);
        m_titles.append(spec.title);
    }
    placeFigures();
    styleUnitLines();
}

void TraceHeatmaps::setTrace(std::shared_ptr<const SequenceTrace> trace, int layer) {
    m_trace = std::move(trace);
    if (!m_trace || m_trace->steps == 0 || m_trace->layers.empty()) {
        rebuild({});
        return;
    }
    const std::vector<HeatmapSpec> specs = heatmapSpecs(*m_trace, layer);
    QStringList titles;
    for (const HeatmapSpec& s : specs) titles << s.title;
    if (titles != m_titles) rebuild(specs);
    const Index T = m_trace->steps, H = m_trace->config.hiddenSize;
    const bool reshaped = T != m_steps || H != m_units;
    m_steps = T;
    m_units = H;
    for (size_t i = 0; i < specs.size(); ++i) {
        const HeatmapSpec& spec = specs[i];
        QCPColorMap* map = m_maps[int(i)];
        QCPColorMapData* cells = map->data();
        if (reshaped) {
            cells->setSize(int(T), int(H));
            cells->setRange(QCPRange(1, double(T)), QCPRange(1, double(H)));
        }
        for (Index t = 0; t < T; ++t) {
            for (Index u = 0; u < H; ++u) {
                const double v = (*spec.values)(t, u);
                cells->setCell(int(t), int(u), spec.scale.logarithmic ? logCell(spec.scale, v) : v);
            }
        }
        map->setDataRange(spec.scale.range);
        Figure* figure = m_figures[int(i)];
        if (reshaped) {
            figure->xAxis->setRange(0.5, double(T) + 0.5);
            figure->yAxis->setRange(0.5, double(H) + 0.5);
        }
        figure->requestReplot();
    }
    setCurrentStep(std::min(m_step, int(T) - 1));
    setUnit(std::min(m_unit, int(H) - 1));
}

void TraceHeatmaps::setCurrentStep(int step) {
    m_step = step;
    for (int i = 0; i < m_figures.size(); ++i) {
        Figure::setMarkerX(m_cursors[i], step + 1);
        m_figures[i]->requestReplot();
    }
}

void TraceHeatmaps::setUnit(int unit) {
    m_unit = unit;
    for (int i = 0; i < m_figures.size(); ++i) {
        m_unitLines[i]->point1->setCoords(0, unit + 1);
        m_unitLines[i]->point2->setCoords(1, unit + 1);
        m_figures[i]->requestReplot();
    }
}

void TraceHeatmaps::styleUnitLines() {
    const ThemeStyle& style = Theme::instance().style();
    for (QCPItemStraightLine* line : m_unitLines)
        line->setPen(QPen(style.accent, style.axisWidth * 1.5, Qt::DotLine));
}

}  // namespace rnnlab::ui
