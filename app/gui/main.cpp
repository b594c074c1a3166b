// rnnlab: the GUI entry point.
#include <QApplication>

#include "ui/main_window.h"

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName("RNN Lab");
    QApplication::setOrganizationName("RNN Lab");
    rnnlab::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
