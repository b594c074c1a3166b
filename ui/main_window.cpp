#include "ui/main_window.h"

#include <QApplication>
#include <QMenuBar>
#include <cmath>
#include <qcustomplot.h>

namespace rnnlab::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("RNN Lab"));
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    m_seriesPlot = new QCustomPlot(this);
    QVector<double> x(400), y(400);
    for (int i = 0; i < x.size(); ++i) {
        x[i] = i * 0.05;
        y[i] = std::sin(x[i]);
    }
    m_seriesPlot->addGraph();
    m_seriesPlot->graph(0)->setData(x, y);
    m_seriesPlot->graph(0)->setName(tr("sine"));
    m_seriesPlot->xAxis->setLabel(tr("time step"));
    m_seriesPlot->yAxis->setLabel(tr("value"));
    m_seriesPlot->rescaleAxes();
    setCentralWidget(m_seriesPlot);
    resize(1200, 800);
}

}  // namespace rnnlab::ui
