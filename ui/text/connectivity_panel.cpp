#include "ui/text/connectivity_panel.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "ui/gradients/log_axis.h"
#include "ui/help/whats_this.h"
#include "ui/plot/figure.h"

namespace rnnlab::ui {

ConnectivityPanel::ConnectivityPanel(QWidget* parent) : QWidget(parent) {
    setWhatsThisTopic(this, WhatsThisTopic::TextConnectivity);
    m_figure = new Figure(tr("Connectivity"), tr("steps back from the character, t\u0303 \u2212 t"),
                          tr("\u2016\u2202 log p(next) / \u2202x\u209c\u2016"), this);
    setLogScale(m_figure->yAxis);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_figure, 1);
    layout->addWidget(m_hint);
    clear(QString());
}

int ConnectivityPanel::pointCount() const {
    return m_figure->graphCount() > 0 ? m_figure->graph(0)->dataCount() : 0;
}

int ConnectivityPanel::curveCount() const {
    return m_figure->graphCount();
}

QString ConnectivityPanel::hint() const {
    return m_hint->text();
}

void ConnectivityPanel::setConnectivity(const QString& character, const std::vector<double>& g,
                                        long long step) {
    setCurves(tr("Connectivity to %1 \u00b7 weights of step %2")
                  .arg(character, QLocale().toString(step)),
              {ConnectivityCurve{tr("g\u209c, gradient norm"), g, 0}});
}

void ConnectivityPanel::setCurves(const QString& title,
                                  const std::vector<ConnectivityCurve>& curves) {
    if (curves.empty()) {
        clear(QString());
        return;
    }
    m_figure->clearGraphs();
    LogRange range;
    int longest = 1;
    for (const ConnectivityCurve& curve : curves) {
        const int n = int(curve.g.size());
        QVector<double> back(n), values(n);
        for (int t = 0; t < n; ++t) {
            back[t] = n - 1 - t;
            values[t] = logPlottable(curve.g[std::size_t(t)]);
            range.add(values[t]);
        }
        QCPGraph* graph = m_figure->addSeries(curve.label, curve.colour);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
        graph->setData(back, values);
        longest = std::max(longest, n - 1);
    }
    m_figure->legend->setVisible(curves.size() > 1);
    m_figure->setVisible(true);
    m_figure->setTitle(title);
    m_figure->xAxis->setRange(-0.5, longest + 0.5);
    range.applyTo(m_figure->yAxis);
    m_hint->setText(
        tr("Each point: how much the character that many steps back moves log p of the true next "
           "character; a straight fall on this log axis is a vanishing gradient."));
    m_figure->requestReplot();
}

void ConnectivityPanel::clear(const QString& hint) {
    m_figure->clearGraphs();
    // Hidden without a curve: the hint says what to do, and figure exports leave it out.
    m_figure->setVisible(false);
    m_figure->setTitle(tr("Connectivity"));
    m_hint->setText(hint.isEmpty() ? tr("Click a character to see how strongly each character "
                                        "before it moves the network's prediction there.")
                                   : hint);
    m_figure->requestReplot();
}

}  // namespace rnnlab::ui
