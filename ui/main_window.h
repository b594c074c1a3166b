#pragma once
#include <QMainWindow>

class QCustomPlot;

namespace rnnlab::ui {

// The application window: menus, and the plot area the views will fill.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

private:
    QCustomPlot* m_seriesPlot = nullptr;
};

}  // namespace rnnlab::ui
