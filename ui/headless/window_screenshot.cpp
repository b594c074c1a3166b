#include "ui/headless/window_screenshot.h"

#include <QCoreApplication>
#include <QCursor>
#include <QEventLoop>
#include <QGuiApplication>
#include <QPixmap>
#include <QSaveFile>
#include <QTimer>
#include <QWidget>

#include "core/base/errors.h"
#include "ui/plot/figure.h"
#include "ui/plot/figure_collection.h"

namespace rnnlab::ui {

namespace {
// Long enough for the window system to map the window and for posted layout requests and
// queued replots (rate-limited to 30 Hz) to run.
constexpr int kScreenshotSettleMs = 200;
}  // namespace

void settleWindow(QWidget& window) {
    if (QGuiApplication::platformName() == QLatin1String("offscreen")) {
        // The offscreen pointer rests at (0, 0), where the first toolbar button will be: move
        // it off the window so no hover highlight or status tip ends up in the picture.
        QCursor::setPos(QPoint(window.width(), window.height()) * 2);
    }
    window.show();
    QEventLoop loop;
    QTimer::singleShot(kScreenshotSettleMs, &loop, &QEventLoop::quit);
    loop.exec();
    // A replot tells a figure its minimum size (its tick labels), which may re-arrange the
    // layouts around it (a row turns into a column), which resizes figures again: a few rounds
    // until the layout holds.
    for (int round = 0; round < 4; ++round) {
        for (Figure* figure : figuresIn(window)) figure->replot(QCustomPlot::rpImmediateRefresh);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

QImage grabWindow(QWidget& window) {
    settleWindow(window);
    return window.grab().toImage();
}

void saveWindowScreenshot(QWidget& window, const QString& path) {
    const QImage image = grabWindow(window);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        throw FileError(QStringLiteral("%1: cannot write the screenshot: %2")
                            .arg(path, file.errorString())
                            .toStdString());
    }
}

}  // namespace rnnlab::ui
