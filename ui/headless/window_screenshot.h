#pragma once
// Grabbing a whole window to a PNG, headless (QT_QPA_PLATFORM=offscreen or Xvfb): the code
// behind `rnnlab --screenshot`, callable in-process by tests.

#include <QImage>
#include <QString>

class QWidget;

namespace rnnlab::ui {

// Shows the window and lets layouts, fonts and queued replots settle.
void settleWindow(QWidget& window);

// settleWindow and render it.
QImage grabWindow(QWidget& window);

// grabWindow and save as PNG (atomically). Throws rnnlab::FileError naming the path.
void saveWindowScreenshot(QWidget& window, const QString& path);

}  // namespace rnnlab::ui
