#include "gui_test_support.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <cmath>

#include "ui/window/experiment_controller.h"
#include "ui/window/headless_run.h"

namespace gui_test {

QByteArray datedSeries(int rows) {
    QByteArray csv = "date,level\n";
    const QDate start(2020, 1, 1);
    for (int i = 0; i < rows; ++i) {
        csv += start.addDays(i).toString(Qt::ISODate).toUtf8() + ',' +
               QByteArray::number(10 + std::sin(i / 6.0), 'f', 4) + '\n';
    }
    return csv;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool waitUntilIdle(rnnlab::ui::ExperimentController& controller, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (controller.isLoading()) {
        if (clock.elapsed() > timeoutMs) return false;
        QTest::qWait(10);
    }
    rnnlab::ui::waitForWorker(controller);
    return true;
}

bool showAndActivate(QWidget& window) {
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

}  // namespace gui_test
