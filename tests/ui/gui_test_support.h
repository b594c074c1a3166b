#pragma once
// What the GUI tests share: CSV files written on the fly, waiting for the experiment
// controller, and answering the next modal dialog.

#include <QApplication>
#include <QByteArray>
#include <QString>
#include <QTimer>
#include <QWidget>

namespace rnnlab::ui {
class ExperimentController;
}

namespace gui_test {

// rows lines of "date,level" with ISO dates from 2020-01-01 and a slow wave around 10.
QByteArray datedSeries(int rows);
// Writes bytes to path; false when it cannot.
bool writeFile(const QString& path, const QByteArray& bytes);

// Waits (with the event loop running) until no data or file is loading and every command
// sent to the training worker has been answered.
bool waitUntilIdle(rnnlab::ui::ExperimentController& controller, int timeoutMs = 60000);

// Shows the window and waits until it is the active one (keyboard shortcuts reach it).
bool showAndActivate(QWidget& window);

// Runs `handle` on the next modal dialog of type D as soon as it is shown.
template <class D, class F>
void whenDialogOpens(F handle) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        }
    });
    timer->start();
}

}  // namespace gui_test
