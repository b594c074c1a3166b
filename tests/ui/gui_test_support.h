#pragma once
// What the GUI tests share: CSV files written on the fly, waiting for the experiment
// controller and the training worker, answering the next modal dialog, and checking and
// keeping screenshots.

#include <QApplication>
#include <QByteArray>
#include <QImage>
#include <QString>
#include <QTimer>
#include <QWidget>

namespace rnnlab::ui {
class ExperimentController;
}

namespace gui_test {

// How long a test waits for the training worker, a background job or a throttled update:
// generous, for the sanitizer builds on a busy 2-core machine. A passing test waits only as
// long as the condition takes.
constexpr int kWorkerTimeoutMs = 60000;

// rows lines of "date,level" with ISO dates from 2020-01-01 and a slow wave around 10.
QByteArray datedSeries(int rows);
// Writes bytes to path; false when it cannot.
bool writeFile(const QString& path, const QByteArray& bytes);

// Waits (with the event loop running) until no data or file is loading and every command
// sent to the training worker has been answered.
bool waitUntilIdle(rnnlab::ui::ExperimentController& controller, int timeoutMs = 60000);

// Sets up a run that diverges in its first steps: a plain ReLU RNN whose recurrent weights
// grow signals 1.5-fold per step (identity × 1.5), SGD at learning rate 10, no clipping.
void setUpDivergingRun(rnnlab::ui::ExperimentController& controller);

// Shows the window and waits until it is the active one (keyboard shortcuts reach it).
bool showAndActivate(QWidget& window);

// Where a test saves a screenshot for people to look at: the folder RNNLAB_TEST_SCREENSHOTS
// names (kept), else a temporary folder of this test process (removed when it ends), so two
// tests or two builds running at once never write the same file.
QString screenshotPath(const QString& fileName);

// The number of different colours in an image.
int colourCount(const QImage& image);

// Empty when `image` shows a rendered window in the current theme, else what is wrong: at
// least 32 colours (text, lines, heat maps), no colour covering more than 97 % of it, and the
// scheme's brightness (dark: mean luminance below 0.45, light: above 0.55).
QString screenshotProblem(const QImage& image);

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
