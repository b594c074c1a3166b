#include "ui/text/connectivity_panel.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "ui/gradients/log_axis.h"
#include "ui/plot/figure.h"

namespace rnnlab::ui {

ConnectivityPanel::ConnectivityPanel(QWidget* parent) : QWidget(parent) {
    m_figure = new Figure(tr("Connectivity"), tr("steps back from the character, t\u0303 \u2212 t"),
                          tr("\u2016\u2202 log p(next) / \u2202x\u209c\u2016"), this);
    QCPGraph* graph = m_figure->addSeries(tr("g\u209c, gradient norm"));
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    setLogScale(m_figure->yAxis);
    m_figure->legend->setVisible(false);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_figure, 1);
    layout->addWidget(m_hint);
    clear(QString());
}

int ConnectivityPanel::pointCount() const {
    return m_figure->graph(0)->dataCount();
}

QString ConnectivityPanel::hint() const {
    return m_hint->text();
}

void ConnectivityPanel::setConnectivity(const QString& character, const std::vector<double>& g,
                                        long long step) {
    const int n = int(g.size());
    QVector<double> back(n), values(n);
    LogRange range;
    for (int t = 0; t < n; ++t) {
        back[t] = n - 1 - t;
        values[t] = logPlottable(g[std::size_t(t)]);
        range.add(values[t]);
    }
    m_figure->graph(0)->setData(back, values);
    m_figure->setVisible(true);
    m_figure->setTitle(tr("Connectivity to %1 \u00b7 weights of step %2")
                           .arg(character, QLocale().toString(step)));
    m_figure->xAxis->setRange(-0.5, std::max(1, n - 1) + 0.5);
    range.applyTo(m_figure->yAxis);
    m_hint->setText(
        tr("Each point: how much the character that many steps back moves log p of the true next "
           "character; a straight fall on this log axis is a vanishing gradient."));
    m_figure->requestReplot();
}

void ConnectivityPanel::clear(const QString& hint) {
    m_figure->graph(0)->data()->clear();
    // Hidden without a curve: the hint says what to do, and figure exports leave it out.
    m_figure->setVisible(false);
    m_figure->setTitle(tr("Connectivity"));
    m_hint->setText(hint.isEmpty() ? tr("Click a character to see how strongly each character "
                                        "before it moves the network's prediction there.")
                                   : hint);
    m_figure->requestReplot();
}

}  // namespace rnnlab::ui
